using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Testing;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// One reading of a number for a percentage in scheme text, 测试 blocks and data: with its %, or as the scheme (or
/// the command line) declares. Before, a bound 90 meant 90% while a data value 90 meant 9000% and scored full marks.
/// </summary>
public class PercentReadingTests
{
    private static string Scheme(string header = "") => OneLeaf(5, "综合参保率：百分比", """
        区间 综合参保率
          95%以上 得满分
          不满95% 不得分
        """).Replace("总分 5\n", $"总分 5\n{header}", StringComparison.Ordinal);

    [Fact]
    public void A_bare_number_for_a_percentage_is_a_record_error_that_shows_both_readings()
    {
        var result = Score(Clean(Scheme()), ("综合参保率", "90"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5012", "综合参保率"), (error.Code, error.Field));
        Assert.Contains("读作比率是 9000%，读作百分数是 90%", error.Message, StringComparison.Ordinal);
        Assert.Contains("百分比数据 小数", error.Message, StringComparison.Ordinal);
        Assert.Contains("--percent ratio", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Too large to read as a ratio ×100 in a decimal: the message still shows both readings, exactly (NumberText.Percent).</summary>
    [Fact]
    public void A_huge_bare_number_for_a_percentage_still_shows_both_readings()
    {
        var result = Score(Clean(Scheme()), ("综合参保率", "79228162514264337593543950335"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5012", "综合参保率"), (error.Code, error.Field));
        Assert.Contains("读作比率是 7922816251426433759354395033500%，读作百分数是 79228162514264337593543950335%", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("百分比数据 小数\n", "0.96", 5)]
    [InlineData("百分比数据 小数\n", "0.9", 0)]
    [InlineData("百分比数据 百分数\n", "96", 5)]
    [InlineData("百分比数据 百分数\n", "90", 0)]
    [InlineData("百分比数据 百分数\n", "0.96", 0)]
    [InlineData("", "96%", 5)]
    [InlineData("百分比数据 小数\n", "94.5%", 0)]
    public void A_declared_reading_applies_to_bare_numbers_and_a_percent_sign_always_wins(string header, string value, decimal expected) =>
        Assert.Equal(expected, Score(Clean(Scheme(header)), ("综合参保率", value)).Indicator("A1").Score);

    [Fact]
    public void The_command_line_reading_overrides_the_schemes()
    {
        var compilation = Clean(Scheme("百分比数据 百分数\n"));
        var record = new DataRecord("r1", new Dictionary<string, string> { ["综合参保率"] = "0.96" });
        Assert.Equal(0m, new Evaluator(compilation).Evaluate(record).Indicator("A1").Score);
        Assert.Equal(5m, new Evaluator(compilation, PercentReading.Ratio).Evaluate(record).Indicator("A1").Score);
    }

    [Fact]
    public void Test_inputs_read_percentages_the_same_way_as_data()
    {
        var bare = Compile(Scheme() + "\n测试 九十\n  输入 综合参保率 = 90\n  期望 A1 = 0分\n");
        var failure = Assert.Single(Assert.Single(SchemeTestRunner.Run(bare)).Failures);
        Assert.Contains("SL5012", failure, StringComparison.Ordinal);

        var declared = Compile(Scheme("百分比数据 百分数\n") + "\n测试 九十六\n  输入 综合参保率 = 96\n  期望 A1 = 5分\n");
        Assert.True(Assert.Single(SchemeTestRunner.Run(declared)).Passed);
    }

    [Fact]
    public void A_bare_bound_on_a_percentage_is_an_error_in_scheme_text()
    {
        var compilation = Compile(Scheme().Replace("95%以上", "95以上", StringComparison.Ordinal));
        Assert.Equal(["SL2026@8"], CodesWithLines(compilation));
        Assert.Equal("「95」是百分比的界限，却没有写 %：可能指 95%，也可能指比率 95（即 9500%）", compilation.Diagnostics[0].Message);
    }

    [Fact]
    public void One_percent_sign_in_a_dash_range_covers_both_ends()
    {
        var compilation = Compile(OneLeaf(4, "完成率：百分比 范围 [0%, 100%]", """
            区间 完成率
              [95, 100%] 得4分
              [0%, 95%) 不得分
            """));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(0.95m, ((Binding.BandRule)compilation.Scheme!.Leaves.Single().Rule!).Bands[0].Range.Lower);
    }
}
