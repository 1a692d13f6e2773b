using SchemeLang.Tests.Support;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Evaluation;

/// <summary>Every rule kind, every band edge, every rounding tie, through the interpreter.</summary>
public class RuleEvaluationTests
{
    [Theory]
    [InlineData("是", 5)]
    [InlineData("否", 0)]
    public void Pass_fail_gives_the_weight_or_nothing(string met, decimal expected)
    {
        var scheme = Clean(OneLeaf(5, "", "是否 与上位政策一致 得5分，否则不得分"));
        Assert.Equal(expected, Score(scheme, ("A1", met)).Indicator("A1").Score);
    }

    [Theory]
    [InlineData("是", "是", "是", 5)]
    [InlineData("是", "否", "是", 3)]
    [InlineData("否", "否", "是", 1)]
    [InlineData("否", "否", "否", 0)]
    public void Checklist_adds_the_points_of_the_items_met(string first, string second, string third, decimal expected)
    {
        var scheme = Clean(OneLeaf(5, "", """
            分项
              ① 按规定履行决策程序 得2分
              ② 按规定履行报批程序 得2分
              ③ 按要求公开 得1分
            """));
        Assert.Equal(expected, Score(scheme, ("A1.1", first), ("A1.2", second), ("A1.3", third)).Indicator("A1").Score);
    }

    // 004 D31 as corrected: ≥90% 5分, [80%, 90%) 3分, [70%, 80%) 2分, <70% 0分. Every edge from both sides.
    [Theory]
    [InlineData("100%", 5)]
    [InlineData("90%", 5)]
    [InlineData("89.99%", 3)]
    [InlineData("84.67%", 3)]
    [InlineData("80%", 3)]
    [InlineData("79.99%", 2)]
    [InlineData("70%", 2)]
    [InlineData("69.99%", 0)]
    [InlineData("0%", 0)]
    public void Bands_include_closed_ends_and_exclude_open_ones(string satisfaction, decimal expected)
    {
        var scheme = Clean(OneLeaf(5, "满意度：百分比 范围 [0%, 100%]", """
            区间 满意度
              90%以上 得5分
              [80%, 90%) 得3分
              [70%, 80%) 得2分
              不满70% 不得分
            """));
        Assert.Equal(expected, Score(scheme, ("满意度", satisfaction)).Indicator("A1").Score);
    }

    // 004 C11: ≥95% 得5分，每低1个百分点扣1分，不满1个百分点按1个百分点算，扣完为止.
    [Theory]
    [InlineData("100.34%", 5)]
    [InlineData("95%", 5)]
    [InlineData("94.99%", 4)]
    [InlineData("94%", 4)]
    [InlineData("93.99%", 3)]
    [InlineData("90.5%", 0)]
    [InlineData("90%", 0)]
    [InlineData("12%", 0)]
    public void Threshold_steps_count_a_started_step_as_whole_and_stop_at_zero(string rate, decimal expected)
    {
        var scheme = Clean(OneLeaf(5, "综合参保率：百分比", "综合参保率 ≥ 95% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止"));
        Assert.Equal(expected, Score(scheme, ("综合参保率", rate)).Indicator("A1").Score);
    }

    // 000 工作经费: 95%以上满分，每少5%扣1分 — read with only whole steps counting. That reading contradicts the threshold
    // (90.01% scores full marks), which the checker says (SL3112); written so, it is still scored as written.
    [Theory]
    [InlineData("95%", 10)]
    [InlineData("90.01%", 10)]
    [InlineData("90%", 9)]
    [InlineData("89%", 9)]
    [InlineData("85%", 8)]
    [InlineData("84.99%", 8)]
    public void Threshold_steps_can_count_only_whole_steps(string satisfaction, decimal expected)
    {
        var scheme = Compile(OneLeaf(10, "满意度：百分比 范围 [0%, 100%]", "满意度 ≥ 95% 得满分，每少5%扣1分，不足一档不扣，扣完为止"));
        Assert.Equal(["SL3112"], scheme.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.Equal(expected, Score(scheme, ("满意度", satisfaction)).Indicator("A1").Score);
    }

    [Theory]
    [InlineData("94.5%", 4.5)]
    [InlineData("94.985%", 4.99)]
    [InlineData("94.125%", 4.13)]
    public void Threshold_steps_can_be_fractional_and_the_leaf_rounds_half_away_from_zero(string rate, decimal expected)
    {
        var scheme = Clean(OneLeaf(5, "综合参保率：百分比", "综合参保率 ≥ 95% 得满分，每低1个百分点扣1分，按实际计算"));
        Assert.Equal(expected, Score(scheme, ("综合参保率", rate)).Indicator("A1").Score);
    }

    // 004 C32 as corrected: [95%,100%] 4分, (100%,105%] 3.6分, >105% 自3.6分起每超1个百分点扣0.6分, <95% 自4分起每低1个百分点扣0.4分.
    [Theory]
    [InlineData("89.73%", 1.6)]
    [InlineData("94.99%", 3.6)]
    [InlineData("95%", 4)]
    [InlineData("100%", 4)]
    [InlineData("100.01%", 3.6)]
    [InlineData("105%", 3.6)]
    [InlineData("105.01%", 3)]
    [InlineData("111%", 0)]
    [InlineData("80%", 0)]
    public void Two_sided_target_band_deducts_from_each_edge(string rate, decimal expected)
    {
        var scheme = Clean(OneLeaf(4, "支出预算完成率：百分比", """
            区间 支出预算完成率
              [95%, 100%] 得4分
              (100%, 105%] 得3.6分
              > 105% 自3.6分起，每超1个百分点扣0.6分，不满1个百分点按1个百分点计
              < 95% 自4分起，每低1个百分点扣0.4分，不满1个百分点按1个百分点计
            """));
        Assert.Equal(expected, Score(scheme, ("支出预算完成率", rate)).Indicator("A1").Score);
    }

    [Theory]
    [InlineData("0", "0", 4)]
    [InlineData("1", "0", 3)]
    [InlineData("2", "1", 1.5)]
    [InlineData("3", "3", 0)]
    [InlineData("100", "0", 0)]
    public void Per_occurrence_deductions_stop_at_zero(string unresolved, string found, decimal expected)
    {
        var scheme = Clean(OneLeaf(4, "", """
            扣分
              ① 已发现问题未整改或屡查屡犯 每例扣1分
              ② 排查新发现问题 每例扣0.5分
            """));
        Assert.Equal(expected, Score(scheme, ("A1.1", unresolved), ("A1.2", found)).Indicator("A1").Score);
    }

    [Theory]
    [InlineData("84.70%", 8.47)]
    [InlineData("11.25%", 1.13)]
    [InlineData("12.345%", 1.23)]
    [InlineData("100%", 10)]
    [InlineData("0%", 0)]
    public void Proportional_is_weight_times_rate_rounded_half_away_from_zero(string rate, decimal expected)
    {
        var scheme = Clean(OneLeaf(10, "有帮助比例：百分比 范围 [0%, 100%]", "按比例 有帮助比例"));
        Assert.Equal(expected, Score(scheme, ("有帮助比例", rate)).Indicator("A1").Score);
    }

    [Theory]
    [InlineData("76.21%", 7.62)]
    [InlineData("120%", 10)]
    public void Proportional_caps_the_rate(string rate, decimal expected)
    {
        var scheme = Clean(OneLeaf(10, "执行率：百分比", "按比例 执行率，封顶 100%"));
        Assert.Equal(expected, Score(scheme, ("执行率", rate)).Indicator("A1").Score);
    }

    [Theory]
    [InlineData("有效改善", 5)]
    [InlineData("较为改善", 3)]
    [InlineData("未改善", 0)]
    public void Levels_give_their_points(string level, decimal expected)
    {
        var scheme = Clean(OneLeaf(5, "", "等次 有效改善 得5分；较为改善 得3分；未改善 不得分"));
        Assert.Equal(expected, Score(scheme, ("A1", level)).Indicator("A1").Score);
    }

    [Fact]
    public void Discretionary_score_needs_a_reason_and_stays_within_the_weight()
    {
        var scheme = Clean(OneLeaf(5, "", "酌情 医保经办服务运行平稳，未出现异常情况。根据工作情况酌情扣分"));
        var scored = Score(scheme, ("A1", "4"), ("A1.理由", "个别业务办理不畅"));
        Assert.Equal(4m, scored.Indicator("A1").Score);
        Assert.Contains("个别业务办理不畅", scored.Indicator("A1").Explanation);

        Assert.Equal(["SL5006"], Score(scheme, ("A1", "4")).Errors.Select(e => e.Code));
        Assert.Equal(["SL5014"], Score(scheme, ("A1", "6"), ("A1.理由", "x")).Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_band_can_leave_the_score_to_the_evaluator()
    {
        var scheme = Clean(OneLeaf(5, "资金使用率：百分比", """
            区间 资金使用率
              90%以上 得满分
              不满90% 酌情
            """));
        Assert.Equal(5m, Score(scheme, ("资金使用率", "95%")).Indicator("A1").Score);
        Assert.Equal(2m, Score(scheme, ("资金使用率", "26.6%"), ("A1", "2"), ("A1.理由", "使用率偏低")).Indicator("A1").Score);
    }

    [Fact]
    public void Formula_division_by_zero_takes_the_declared_fallback()
    {
        // 003: 政府采购执行率 = 实际政府采购金额 ÷ 政府采购预算数, 0 ÷ 0 taken as 100%.
        var scheme = Clean(OneLeaf(6, """
            实际政府采购金额：金额（万元）
            政府采购预算数：金额（万元）
            政府采购执行率：百分比 = 实际政府采购金额 ÷ 政府采购预算数，除数为零时 100%
            """, """
            区间 政府采购执行率
              100%以上 得满分
              不满100% 不得分
            """));
        Assert.Equal(6m, Score(scheme, ("实际政府采购金额", "0"), ("政府采购预算数", "0")).Indicator("A1").Score);
        Assert.Equal(0m, Score(scheme, ("实际政府采购金额", "1万元"), ("政府采购预算数", "2万元")).Indicator("A1").Score);
    }

    [Fact]
    public void Weighted_composite_is_exact()
    {
        // 003: 综合满意度 = 服务对象 × 50% + 社会公众 × 40% + 内部员工 × 10% = 94.725%.
        var scheme = Clean(OneLeaf(6, """
            服务对象满意度：百分比 范围 [0%, 100%]
            社会公众满意度：百分比 范围 [0%, 100%]
            内部员工满意度：百分比 范围 [0%, 100%]
            综合满意度：百分比 = 服务对象满意度 × 50% + 社会公众满意度 × 40% + 内部员工满意度 × 10%
            """, """
            区间 综合满意度
              [94.725%, 100%] 得满分
              不满94.725% 不得分
            """));
        Assert.Equal(6m, Score(scheme, ("服务对象满意度", "94.93%"), ("社会公众满意度", "94.60%"), ("内部员工满意度", "94.20%")).Indicator("A1").Score);
        Assert.Equal(0m, Score(scheme, ("服务对象满意度", "94.93%"), ("社会公众满意度", "94.60%"), ("内部员工满意度", "94.19%")).Indicator("A1").Score);
    }
}
