using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// The national 自评表's completion formula written in the rule: 「按比例 实际完成户数 ÷ 目标户数」 is 实际 ÷ 目标 × 分值,
/// capped at full marks; 「按比例 目标成本 ÷ 实际成本」 the same for an indicator where lower is better. A ratio of two
/// grades, or 实际 ÷ 目标 for a cost, is warned about.
/// </summary>
public class CompletionRatioTests
{
    private const string Scheme = """
        方案 测试
        总分 20
        等级 合格 ≥ 12；不合格 < 12
        目标值
          目标户数 = 30户
          目标成本 = 100万元
        数据
          实际完成户数：整数（户）
          实际成本：金额（万元） 范围 (0万元, +∞)
        A 完成户数 10分
          按比例 实际完成户数 ÷ 目标户数
        B 项目成本 10分
          按比例 目标成本 ÷ 实际成本
        """;

    [Theory]
    [InlineData("30", 10)]
    [InlineData("27", 9)]
    [InlineData("45", 10)]
    [InlineData("0", 0)]
    [InlineData("1", 0.33)]
    public void Actual_over_target_times_the_weight_is_capped_at_full_marks(string households, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("实际完成户数", households), ("实际成本", "100万元"));

        Assert.Equal(expected, result.Indicator("A").Score);
    }

    [Theory]
    [InlineData("100万元", 10)]
    [InlineData("80万元", 10)]
    [InlineData("125万元", 8)]
    [InlineData("300万元", 3.33)]
    public void Target_over_actual_scores_a_cost_lower_is_better(string cost, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("实际完成户数", "30"), ("实际成本", cost));

        Assert.Equal(expected, result.Indicator("B").Score);
    }

    [Fact]
    public void The_explanation_names_the_ratio_and_its_value()
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("实际完成户数", "27"), ("实际成本", "100万元"));

        Assert.Contains("实际完成户数 ÷ 目标户数", result.Indicator("A").Explanation, StringComparison.Ordinal);
        Assert.Contains("90%", result.Indicator("A").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_divisor_that_may_be_zero_asks_for_the_ratio_declared_with_its_fallback()
    {
        var compilation = Schemes.Compile(Scheme.Replace("按比例 目标成本 ÷ 实际成本", "按比例 实际完成户数 ÷ 计划户数", StringComparison.Ordinal)
            .Replace("  实际完成户数：整数（户）", "  实际完成户数：整数（户）\n  计划户数：整数（户）", StringComparison.Ordinal));

        var error = Assert.Single(compilation.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Equal("SL2010", error.Code);
        Assert.Contains("完成率：百分比 = 实际完成户数 ÷ 计划户数，除数为零时 100%", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_in_different_units_make_no_ratio()
    {
        var compilation = Schemes.Compile(Scheme.Replace("目标户数 = 30户", "目标户数 = 30人次", StringComparison.Ordinal));

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL2009");
    }

    [Fact]
    public void Actual_over_target_for_a_cost_is_warned_about()
    {
        var compilation = Schemes.Compile(Scheme.Replace("按比例 目标成本 ÷ 实际成本", "按比例 实际成本 ÷ 目标成本", StringComparison.Ordinal));

        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("SL3209", 13), (warning.Code, warning.Location.Start.Line + 1));
        Assert.Contains("按比例 目标成本 ÷ 实际成本", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_of_two_grades_is_warned_about()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            目标值
              目标等别 = 5
            数据
              耕地质量等别：数值 范围 [1, 15]
            A 耕地质量 10分
              按比例 耕地质量等别 ÷ 目标等别
            """);

        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("SL3208", 9), (warning.Code, warning.Location.Start.Line + 1));
        Assert.Contains("「耕地质量等别」是等级", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_divisor_ranging_down_to_an_open_zero_gives_an_unbounded_ratio_not_a_crash()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            数据
              成本：金额（元） 范围 (0元, 500元]
              收入：金额（元） 范围 [100元, 200元]
              比率：百分比 = 收入 ÷ 成本
            A 收益 10分
              按比例 比率
            """);

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("SL3206", error.Code);
        Assert.Contains("[0%, +∞)", error.Message, StringComparison.Ordinal);
    }
}
