using SchemeLang.Docs.Wording;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// 评分办法 自评表 (issue 21 item 3): a leaf's 年度指标值 scored by the national 自评表's 填表说明 — ≥ by 实际 ÷ 指标值, ≤ by
/// 指标值 ÷ 实际 (0 actual: full points), = met or not, 定性 by tier and a score within it — and 预算执行 (分值 × 执行率, the
/// total row checked against its 其中 rows). Every score on both engines.
/// </summary>
public class SelfEvaluationTests
{
    private const string Scheme = """
        方案 测试
        总分 40
        评分办法 自评表
        等级 合格 ≥ 24；不合格 < 24
        A 预算执行率 10分
          预算执行，其中：当年财政拨款、其他资金
        B1 数量 10分
          年度指标值 ≥ 40个
        B2 成本 10分
          年度指标值 ≤ 120万元
        B3 质量 10分
          年度指标值 达成预期指标
        """;

    private static readonly (string, string)[] Full =
    [
        ("A.全年预算数", "20"), ("A.全年执行数", "20"), ("B1", "40个"), ("B2", "120万元"), ("B3", "达成"), ("B3.得分", "10分"),
    ];

    private static (string, string)[] With(params (string, string)[] changes) =>
        [.. Full.Where(field => changes.All(change => change.Item1 != field.Item1)), .. changes];

    [Theory]
    [InlineData("40个", 10)]
    [InlineData("50个", 10)]
    [InlineData("30个", 7.5)]
    [InlineData("1个", 0.25)]
    [InlineData("0个", 0)]
    public void A_positive_target_scores_by_actual_over_target_capped_at_the_points(string actual, decimal score) =>
        Assert.Equal(score, Schemes.Score(Schemes.Clean(Scheme), With(("B1", actual))).Indicator("B1").Score);

    [Theory]
    [InlineData("120万元", 10)]
    [InlineData("0万元", 10)]
    [InlineData("150万元", 8)]
    [InlineData("360万元", 3.33)]
    public void A_negative_target_scores_by_target_over_actual_and_zero_gets_full_points(string actual, decimal score) =>
        Assert.Equal(score, Schemes.Score(Schemes.Clean(Scheme), With(("B2", actual))).Indicator("B2").Score);

    [Theory]
    [InlineData("达成", "10分", 10)]
    [InlineData("达成", "8.01分", 8.01)]
    [InlineData("部分达成", "8分", 8)]
    [InlineData("部分达成", "5.5分", 5.5)]
    [InlineData("未达成", "5分", 5)]
    [InlineData("未达成", "0分", 0)]
    public void A_qualitative_target_takes_the_records_score_within_its_tier(string tier, string given, decimal score) =>
        Assert.Equal(score, Schemes.Score(Schemes.Clean(Scheme), With(("B3", tier), ("B3.得分", given), ("B3.理由", "宣传不足"))).Indicator("B3").Score);

    [Theory]
    [InlineData("达成", "8分")]
    [InlineData("部分达成", "8.5分")]
    [InlineData("部分达成", "5分")]
    [InlineData("未达成", "5.01分")]
    public void A_score_outside_its_tier_is_the_records_error(string tier, string given)
    {
        var error = Assert.Single(Schemes.Score(Schemes.Clean(Scheme), With(("B3", tier), ("B3.得分", given), ("B3.理由", "宣传不足"))).Errors);
        Assert.Equal(("SL5031", "B3.得分"), (error.Code, error.Field));
    }

    [Fact]
    public void The_60_variant_moves_the_lower_edge()
    {
        var compilation = Schemes.Clean(Scheme.Replace("评分办法 自评表", "评分办法 自评表（定性 80/60）", StringComparison.Ordinal));
        Assert.Equal("SL5031", Assert.Single(Schemes.Score(compilation, With(("B3", "部分达成"), ("B3.得分", "5.5分"), ("B3.理由", "宣传不足"))).Errors).Code);
        Assert.Equal(6m, Schemes.Score(compilation, With(("B3", "未达成"), ("B3.得分", "6分"), ("B3.理由", "宣传不足"))).Indicator("B3").Score);
    }

    [Fact]
    public void An_unknown_tier_is_reported_with_the_three_tiers() =>
        Assert.Contains("达成、部分达成、未达成", Assert.Single(Schemes.Score(Schemes.Clean(Scheme), With(("B3", "基本达成"))).Errors).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("=")]
    [InlineData("＝")]
    public void An_equal_target_is_met_or_not(string equals)
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 10
            评分办法 自评表
            等级 合格 ≥ 6；不合格 < 6
            A 完成率 10分
              年度指标值 EQ 100%
            """.Replace("EQ", equals, StringComparison.Ordinal));
        Assert.Equal(10m, Schemes.Score(compilation, ("A", "100%")).Total);
        Assert.Equal(0m, Schemes.Score(compilation, ("A", "99.9%")).Total);
    }

    [Theory]
    [InlineData("46.87", 7.62)]
    [InlineData("20", 3.25)]
    [InlineData("70", 10)]
    public void Budget_execution_scores_points_times_the_execution_rate(string spent, decimal score) =>
        Assert.Equal(score, Schemes.Score(Schemes.Clean(Scheme), With(("A.全年预算数", "61.5"), ("A.全年执行数", spent))).Indicator("A").Score);

    [Fact]
    public void A_total_row_that_is_not_the_sum_of_its_rows_is_the_records_error_naming_the_numbers()
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), With(("A.当年财政拨款.全年执行数", "15"), ("A.其他资金.全年执行数", "4")));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5030", "A.全年执行数"), (error.Code, error.Field));
        Assert.Contains("20万元", error.Message, StringComparison.Ordinal);
        Assert.Contains("当年财政拨款 15万元、其他资金 4万元", error.Message, StringComparison.Ordinal);
        Assert.Contains("合计 19万元", error.Message, StringComparison.Ordinal);
        Assert.Empty(Schemes.Score(Schemes.Clean(Scheme), With(("A.当年财政拨款.全年执行数", "16"), ("A.其他资金.全年执行数", "4"))).Errors);
    }

    [Fact]
    public void A_zero_budget_is_the_records_error() =>
        Assert.Equal("SL5032", Assert.Single(Schemes.Score(Schemes.Clean(Scheme), With(("A.全年预算数", "0"), ("A.全年执行数", "0"))).Errors).Code);

    [Fact]
    public void A_target_value_without_the_header_is_SL2050() =>
        Assert.Contains("SL2050", Schemes.Compile(Scheme.Replace("评分办法 自评表\n", string.Empty, StringComparison.Ordinal)).Diagnostics.Select(d => d.Code));

    [Theory]
    [InlineData("50/80")]
    [InlineData("80/0")]
    [InlineData("100/50")]
    public void Tiers_that_are_not_three_tiers_are_SL2051(string tiers) =>
        Assert.Contains("SL2051", Schemes.Compile(Scheme.Replace("评分办法 自评表", $"评分办法 自评表（定性 {tiers}）", StringComparison.Ordinal)).Diagnostics.Select(d => d.Code));

    [Fact]
    public void The_page_prints_the_instructions_with_the_declared_tiers_and_rounding()
    {
        var instructions = SelfEvaluationWording.Instructions(Schemes.Clean(Scheme.Replace("评分办法 自评表", "评分办法 自评表（定性 80/60）", StringComparison.Ordinal)).Scheme!);
        Assert.Contains(instructions, line => line.Contains("分值 × 实际完成值 ÷ 指标值", StringComparison.Ordinal));
        Assert.Contains(instructions, line => line.Contains("分值 × 指标值 ÷ 实际完成值", StringComparison.Ordinal) && line.Contains("为 0 也得满分", StringComparison.Ordinal));
        Assert.Contains(instructions, line => line.Contains("部分达成得 (60%, 80%]", StringComparison.Ordinal) && line.Contains("未达成得 [0%, 60%]", StringComparison.Ordinal));
        Assert.Contains(instructions, line => line.Contains("分值 × 执行率", StringComparison.Ordinal));
        Assert.Contains(instructions, line => line.Contains("保留 2 位小数", StringComparison.Ordinal));
    }
}
