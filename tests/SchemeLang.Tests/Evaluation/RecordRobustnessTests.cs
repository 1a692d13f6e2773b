using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Evaluation;

/// <summary>What a record's result must say in full, and what one bad record must never cost the others.</summary>
public class RecordRobustnessTests
{
    private const string WithVetoes = """
        方案 否决
        总分 10
        等级 优 ≥ 9；差 < 9
        A 甲 5分
          是否 达到
        B 乙 5分
          是否 达到
        否决
          ① 检查出重大违纪行为 扣3分
          ② 造成恶劣影响 总分为零
        """;

    [Fact]
    public void Applied_vetoes_are_part_of_the_result_with_what_they_took_off()
    {
        var result = Score(Clean(WithVetoes), ("A", "是"), ("B", "否"), ("否决.1", "是"));
        Assert.Equal(2m, result.Total);
        Assert.Equal(5m, result.Indicators.Sum(indicator => indicator.Score));
        Assert.Equal([("否决.1", "检查出重大违纪行为", (decimal?)3m, 3m)], result.Vetoes.Select(Tuple));

        var both = Score(Clean(WithVetoes), ("A", "是"), ("B", "否"), ("否决.1", "是"), ("否决.2", "是"));
        Assert.Equal(0m, both.Total);
        Assert.Equal([("否决.1", "检查出重大违纪行为", 3m, 3m), ("否决.2", "造成恶劣影响", null, 2m)], both.Vetoes.Select(Tuple));
    }

    private static (string, string, decimal?, decimal) Tuple(AppliedVeto veto) => (veto.Key, veto.Text, veto.Written, veto.Deducted);

    [Fact]
    public void Every_leaf_that_lacks_a_missing_item_says_so()
    {
        var scheme = Clean("""
            方案 缺失
            总分 10
            缺失数据 不得分
            等级 合格 ≥ 0
            数据
              满意度：百分比 范围 [0%, 100%]
            A 甲 5分
              按比例 满意度
            B 乙 5分
              区间 满意度
                90%以上 得满分
                不满90% 不得分
            """);
        var result = Score(scheme);
        Assert.Equal(0m, result.Total);
        Assert.Equal(["缺少「满意度」，按规定不得分", "缺少「满意度」，按规定不得分"], result.Indicators.Select(indicator => indicator.Explanation));
    }

    [Fact]
    public void The_evaluator_refuses_a_scheme_that_failed_its_checks()
    {
        var compilation = Compile("方案 错\n总分 10\n等级 合格 ≥ 0\nA 甲 5分\n  是否 达到\n");
        var refused = Assert.Throws<SchemeHasErrorsException>(() => new Evaluator(compilation));
        Assert.Equal(["SL3002"], refused.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.Equal("方案有 1 个错误，不能用于评分", refused.Message);
    }

    [Fact]
    public void A_discretionary_score_near_decimals_limit_with_a_redistributed_sibling_costs_only_its_record()
    {
        var scheme = Clean("""
            方案 溢出
            总分 10
            等级 合格 ≥ 0
            A 合计 10分
              A1 甲 5分
                酌情 根据情况
                不适用 重新分配
              A2 乙 5分
                酌情 根据情况
                不适用 重新分配
            """);
        var evaluator = new Evaluator(scheme);
        var huge = evaluator.Evaluate(new DataRecord("huge", new Dictionary<string, string> { ["A1.不适用"] = "是", ["A2"] = "79228162514264337593543950335", ["A2.理由"] = "x" }));
        Assert.Equal(["SL5014"], huge.Errors.Select(error => error.Code));
        var fine = evaluator.Evaluate(new DataRecord("fine", new Dictionary<string, string> { ["A1.不适用"] = "是", ["A2"] = "4", ["A2.理由"] = "x" }));
        Assert.Equal(8m, fine.Total);
    }

    [Fact]
    public void An_overflow_while_adding_up_is_a_record_error_not_an_exception()
    {
        var scheme = Clean(OneLeaf(5, """
            甲：金额（元）
            乙：金额（元）
            比：百分比 = (甲 + 乙) ÷ 乙，除数为零时 0%
            """, """
            区间 比
              100%以上 得满分
              不满100% 不得分
            """));
        var result = Score(scheme, ("甲", "79228162514264337593543950335元"), ("乙", "10元"));
        Assert.Equal(["SL5013"], result.Errors.Select(error => error.Code));
    }

    /// <summary>
    /// A ratio above decimal.MaxValue / 100 is a valid percentage (here a bare number under 百分比数据 小数; a formula
    /// such as 1×10²⁰万元 ÷ 0.0001元 gets there too) and scores, but showing it as "…%" multiplied by 100 and threw
    /// OverflowException while the explanation was rendered — in both engines, after scoring, so
    /// `schemelang score` stopped with an internal error (exit 3). Found by EngineAgreementProperties on
    /// 003-baojing-department.
    /// </summary>
    [Fact]
    public void A_percentage_too_large_to_multiply_by_100_is_explained_exactly()
    {
        var scheme = Compile(RatioScheme("完成率 ≥ 95% 得满分，每低5%扣1分，不足一档不扣，扣完为止"));
        Assert.Equal(["SL3112"], scheme.Diagnostics.Select(diagnostic => diagnostic.Code));
        var result = Score(scheme, ("完成率", "79228162514264337593543950335"));
        Assert.Equal("完成率 7922816251426433759354395033500%，达到 ≥ 95%，得 10分", result.Indicator("A1").Explanation);
    }

    /// <summary>The same overflow in a step's distance: 每超 counts percentage points, the distance × 100 overflowed.</summary>
    [Fact]
    public void A_step_distance_too_large_to_multiply_by_100_is_explained_exactly()
    {
        var scheme = Compile(RatioScheme("完成率 ≤ 5% 得满分，每超5%扣1分，不足一档不扣，扣完为止"));
        Assert.Equal(["SL3112"], scheme.Diagnostics.Select(diagnostic => diagnostic.Code));
        var result = Score(scheme, ("完成率", "1000000000000000000000000000"));
        Assert.Equal(0m, result.Indicator("A1").Score);
        // 10²⁷ − 0.05 rounds to 10²⁷ in decimal's 28–29 digits, hence a whole 10²⁹ points.
        Assert.Equal(
            "完成率 100000000000000000000000000000%，未达到 ≤ 5%，超过 5% 共 100000000000000000000000000000 个百分点，每 5% 扣 1分，不足一档不扣，计 20000000000000000000000000000 档，扣 10分，得 0分",
            result.Indicator("A1").Explanation);
    }

    /// <summary>One 10-point leaf over a percentage whose bare numbers read as ratios.</summary>
    private static string RatioScheme(string rule) =>
        OneLeaf(10m, "完成率：百分比", rule).Replace("总分 10\n", "总分 10\n百分比数据 小数\n", StringComparison.Ordinal);
}
