using System.Text;
using System.Text.Json;

namespace SchemeLang.Tests.Cli;

/// <summary>The schemelang command as a user meets it: exit codes, rendering, and bad input of every kind.</summary>
public sealed class CliTests : CliHarness
{
    [Fact]
    public void Check_of_a_clean_scheme_exits_0()
    {
        var (exit, output, _) = Run("check", WriteFile("ok.scheme", ValidScheme));
        Assert.Equal(0, exit);
        Assert.Contains("检查通过", output);
    }

    [Fact]
    public void Check_renders_the_source_line_and_a_caret_under_the_span()
    {
        var path = WriteFile("gap.scheme", ValidScheme.Replace("[80%, 90%) 得3分", "[80%, 89%] 得3分", StringComparison.Ordinal));
        var (exit, output, _) = Run("check", path);
        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        var header = Array.FindIndex(lines, line => line.Contains("SL3101", StringComparison.Ordinal));
        Assert.StartsWith($"{path}:11:5: 错误 SL3101: 「满意度」在 (89%, 90%) 内没有对应的档次", lines[header], StringComparison.Ordinal);
        Assert.Equal(" 11 |     [80%, 89%] 得3分", lines[header + 1]);
        Assert.Equal("    |     ^^^^^^^^^^^^^^^^", lines[header + 2]);
    }

    [Fact]
    public void Check_json_lists_code_position_and_message()
    {
        var path = WriteFile("gap.scheme", ValidScheme.Replace("[80%, 90%) 得3分", "[80%, 89%] 得3分", StringComparison.Ordinal));
        var (exit, output, _) = Run("check", path, "--format", "json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("SL3101", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(11, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(5, diagnostic.GetProperty("column").GetInt32());
        Assert.Contains("(89%, 90%)", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        var path = WriteFile("warn.scheme", ValidScheme.Replace("  满意度：百分比 范围 [0%, 100%]", "  满意度：百分比 范围 [0%, 100%]\n  未用：百分比", StringComparison.Ordinal));
        var (exit, output, _) = Run("check", path);
        Assert.Equal(0, exit);
        Assert.Contains("警告 SL2007", output, StringComparison.Ordinal);
    }

    // The bytes stay out of the theory data: xunit serializes every argument at discovery, and a 10 MB array
    // there cost minutes before a single test ran.
    private static readonly Dictionary<string, Func<byte[]>> BadFileContents = new(StringComparer.Ordinal)
    {
        ["empty"] = () => [],
        ["whitespace"] = () => Encoding.UTF8.GetBytes("  \n\n  "),
        ["binary"] = () => [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00],
        ["gbk"] = () => Encoding.Latin1.GetBytes("\u00B7\u00BD\u00B0\u00B8"),
        ["huge"] = () => Encoding.UTF8.GetBytes(new string('#', 10 * 1024 * 1024)),
        ["nested"] = () => Encoding.UTF8.GetBytes("方案 x\n总分 1\n数据\n  a = " + new string('(', 100) + "1" + new string(')', 100) + "\n"),
        ["long-line"] = () => Encoding.UTF8.GetBytes("方案 " + new string('长', 3000) + "\n"),
    };

    [Theory]
    [InlineData("empty", "SL0001")]
    [InlineData("whitespace", "SL0001")]
    [InlineData("binary", "SL0004")]
    [InlineData("gbk", "SL0002")]
    [InlineData("huge", "SL0003")]
    [InlineData("nested", "SL0005")]
    [InlineData("long-line", "SL0006")]
    public void Bad_files_get_one_diagnostic_and_exit_1(string name, string code)
    {
        var (exit, output, error) = Run("check", WriteFile(name + ".scheme", BadFileContents[name]()), "--format", "json");
        Assert.Equal(1, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var codes = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray();
        Assert.Equal([code], codes);
    }

    [Fact]
    public void A_truncated_scheme_gets_syntax_diagnostics_not_a_crash()
    {
        var truncated = ValidScheme[..ValidScheme.IndexOf("[80%, 90%)", StringComparison.Ordinal)] + "[80%, 9";
        var (exit, output, _) = Run("check", WriteFile("cut.scheme", truncated));
        Assert.Equal(1, exit);
        Assert.Contains("SL1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic()
    {
        var (exit, output, _) = Run("check", Path.Combine(Directory, "nope.scheme"));
        Assert.Equal(1, exit);
        Assert.Contains("SL0007", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("check", "x.scheme", "--format", "xml")]
    [InlineData("score", "x.scheme")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).Exit);

    [Fact]
    public void Score_reports_bad_records_and_scores_the_rest()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var data = WriteFile("d.json", """
            [
              {"id": "good", "A": "是", "满意度": "84.67%"},
              {"id": "bad", "A": "是", "满意度": "120%", "备注": "x"},
              {"A": "否", "满意度": 0.95}
            ]
            """);
        var (exit, output, error) = Run("score", scheme, "--data", data);
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var records = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(8m, records[0].GetProperty("total").GetDecimal());
        Assert.Equal("良", records[0].GetProperty("grade").GetString());
        var b = records[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "B");
        Assert.Equal("满意度 84.67%，位于80%（含）至90%（不含）一档，得 3分", b.GetProperty("explanation").GetString());
        Assert.Equal(["SL5004"], records[1].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!));
        Assert.Equal("SL5007", records[2].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("记录「bad」字段「满意度」", error, StringComparison.Ordinal);
        Assert.Contains("提示：数据中的列 「备注」 不是方案读取的字段，已忽略", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_reads_csv_and_writes_csv()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var data = WriteFile("d.csv", "id,A,满意度\n2023,是,95%\n2024,否,80%\n");
        var (exit, output, _) = Run("score", scheme, "--data", data, "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Equal(
            ["id,总分,等级,A 决策,B 满意度,否决,错误", "2023,10,优,5,5,,", "2024,3,差,0,3,,"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Test_runs_the_schemes_own_tests()
    {
        var passing = WriteFile("t.scheme", ValidScheme + "\n测试 满意度84.67%\n  输入 A = 是，满意度 = 84.67%\n  期望 B = 3分，总分 = 8分，等级 = 良\n");
        var (exit, output, _) = Run("test", passing);
        Assert.Equal(0, exit);
        Assert.Contains("通过  满意度84.67%", output, StringComparison.Ordinal);

        var failing = WriteFile("f.scheme", ValidScheme + "\n测试 报告值\n  输入 A = 是，满意度 = 84.67%\n  期望 总分 = 10分\n");
        (exit, output, _) = Run("test", failing);
        Assert.Equal(1, exit);
        Assert.Contains("总分：期望 10分，实际 8分", output, StringComparison.Ordinal);
    }
}
