using System.Text.Json;

namespace SchemeLang.Tests.Cli;

/// <summary>What the result files carry beyond the indicators, and how score reads a bare percentage.</summary>
public sealed class ScoreOutputTests : CliHarness
{
    private const string WithVeto = ValidScheme + "\n否决\n  ① 检查出重大违纪行为 扣3分\n";

    [Fact]
    public void Applied_vetoes_are_in_the_json_result_so_the_total_adds_up()
    {
        var (exit, output, _) = Run("score", WriteFile("v.scheme", WithVeto), "--data", WriteFile("d.json", """[{"id": "a", "A": "是", "满意度": "84.67%", "否决.1": "是"}]"""));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var record = json.RootElement[0];
        Assert.Equal(5m, record.GetProperty("total").GetDecimal());
        Assert.Equal(8m, record.GetProperty("indicators").EnumerateArray().Sum(indicator => indicator.GetProperty("score").GetDecimal()));
        var veto = Assert.Single(record.GetProperty("vetoes").EnumerateArray());
        Assert.Equal(
            ("否决.1", "检查出重大违纪行为", "扣 3分，实扣 3分", 3m),
            (veto.GetProperty("key").GetString(), veto.GetProperty("text").GetString(), veto.GetProperty("effect").GetString(), veto.GetProperty("deducted").GetDecimal()));
    }

    [Fact]
    public void Applied_vetoes_have_their_own_csv_column()
    {
        var (exit, output, _) = Run("score", WriteFile("v.scheme", WithVeto), "--data", WriteFile("d.csv", "id,A,满意度,否决.1\na,是,84.67%,是\nb,是,84.67%,否\n"), "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Equal(
            ["id,总分,等级,A 决策,B 满意度,否决,错误", "a,5,差,5,3,检查出重大违纪行为：扣 3分，实扣 3分,", "b,8,良,5,3,,"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData(new string[0], "a: SL5012")]
    [InlineData(new[] { "--percent", "ratio" }, "a: 3 差")]
    [InlineData(new[] { "--percent", "percent" }, "a: 0 差")]
    public void A_bare_percentage_needs_a_declared_reading(string[] option, string expected)
    {
        var (_, output, _) = Run(["score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.json", """[{"id": "a", "A": "否", "满意度": 0.85}]"""), .. option]);
        Assert.Equal([expected], Summaries(output));
    }

    [Fact]
    public void Check_lists_the_derived_weights_of_a_relative_scheme()
    {
        var scheme = WriteFile("r.scheme", "方案 相对\n总分 10\n权重 相对\n等级 合格 ≥ 0\nA 甲 55%\n  是否 达到\nB 乙 45%\n  是否 达到\n");
        var (exit, output, _) = Run("check", scheme);
        Assert.Equal(0, exit);
        Assert.Equal(
            ["检查通过：没有发现问题。", "折算分值（总分 10分，按相对权重逐级折算，取 2 位小数，同级合计等于上级）：", "A 甲 55% → 5.5分", "B 乙 45% → 4.5分"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd()).Where(line => line.Length > 0).Select(line => line.Trim()));
    }
}
