using SchemeLang.Tests.Support;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Checks;

/// <summary>Checker behaviour beyond the one-example-per-code pages, including regressions found while writing them.</summary>
public class CheckerTests
{
    [Fact]
    public void Weights_are_checked_at_every_level_with_the_numbers_in_the_message()
    {
        var compilation = Compile("""
            方案 权重
            总分 100
            等级 合格 ≥ 0
            A 决策 10分
              A1 立项 4.5分
                是否 依据充分
              A2 目标 5分
                是否 目标明确
            B 过程 89分
              是否 合规
            """);
        Assert.Equal(["SL3001@4", "SL3002@4"], CodesWithLines(compilation));
        Assert.Contains("子指标分值合计 9.5分，与上级指标 10分不符，差 0.5分", compilation.Diagnostics[0].Message);
        Assert.Contains("一级指标分值合计 99分，与总分 100分不符，差 1分", compilation.Diagnostics[1].Message);
    }

    [Fact]
    public void Relative_weights_must_add_up_to_100_percent_inside_each_parent()
    {
        var compilation = Compile("""
            方案 相对
            总分 100
            权重 相对
            等级 合格 ≥ 0
            A 业务 70%
              A1 目标 40%
                是否 明确
              A2 完成 55%
                是否 完成
            B 财务 30%
              是否 合规
            """);
        Assert.Equal(["SL3003@5"], CodesWithLines(compilation));
        Assert.Contains("95%", compilation.Diagnostics[0].Message);
    }

    [Fact]
    public void Bands_are_checked_against_the_declared_domain()
    {
        // Without 范围 a percentage may exceed 100%, so "90%以上" is needed to cover it; with [0%, 100%] a band above is unreachable.
        var compilation = Compile(OneLeaf(5, "满意度：百分比 范围 [0%, 100%]", """
            区间 满意度
              [90%, 100%] 得5分
              [0%, 90%) 得3分
              > 100% 得5分
            """));
        Assert.Equal(["SL3103@10"], CodesWithLines(compilation));
    }

    [Fact]
    public void A_level_rule_without_levels_is_an_error_not_a_crash()
    {
        // Found by the fuzzer: `check` passed it and building the plan threw on the empty level list.
        var compilation = Compile("""
            方案 生
            总分 100
            等级 优 ≥ 95；差 < 95
            A 指标 100分
              等次
            """);
        Assert.Equal(["SL3202@5"], CodesWithLines(compilation));
        Assert.Contains("没有列出任何等次，100分无从给出", compilation.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_money_amount_too_large_to_represent_is_a_diagnostic_not_a_crash()
    {
        var compilation = Compile("""
            方案 溢出
            总分 5
            等级 合格 ≥ 0
            目标值 2023
              收入目标 = 1000000000000000000000亿元
            A 指标 5分
              是否 达标
            """);
        Assert.Equal(["SL1007@5"], CodesWithLines(compilation));
    }

    [Fact]
    public void Range_inference_survives_overflowing_bounds()
    {
        var compilation = Compile(OneLeaf(5, """
            预算收入：金额（元） 范围 [0.0001元, 100万元]
            决算收入：金额（元） 范围 [0元, 10000000000000000000000万元]
            收入预算完成率：百分比 = 决算收入 ÷ 预算收入
            """, """
            区间 收入预算完成率
              100%以上 得满分
              不满100% 不得分
            """));
        Assert.Empty(compilation.Diagnostics);
    }

    [Fact]
    public void Pass_fail_cannot_hide_other_points_in_its_condition()
    {
        var compilation = Compile(OneLeaf(10, "", "是否 按时完成上缴 得8分，部分完成得4分"));
        Assert.Equal(["SL1009@7"], CodesWithLines(compilation));
    }

    [Fact]
    public void A_formula_cycle_is_reported_once()
    {
        var compilation = Compile(OneLeaf(5, """
            预算收入：金额（元） = 预算收入 + 决算收入
            决算收入：金额（元）
            """, "按比例 预算收入，封顶 100%"));
        Assert.Equal(["SL2011"], compilation.Diagnostics.Select(d => d.Code).Distinct());
    }

    [Fact]
    public void An_amount_per_person_times_persons_is_an_amount()
    {
        var compilation = Compile(OneLeaf(5, """
            人均缴费：金额（元）
            参保人数：整数（人）
            预算收入：金额（元） 范围 (0元, +∞)
            应征缴收入：金额（元） = 人均缴费 × 参保人数
            征缴率：百分比 = 应征缴收入 ÷ 预算收入
            """, """
            区间 征缴率
              95%以上 得满分
              不满95% 不得分
            """));
        Assert.Empty(compilation.Diagnostics);
    }

    [Fact]
    public void Adding_an_amount_to_a_percentage_is_a_unit_error()
    {
        var compilation = Compile(OneLeaf(5, """
            预算收入：金额（元）
            满意度：百分比
            混合：百分比 = 预算收入 + 满意度
            """, "按比例 混合，封顶 100%"));
        Assert.Contains(compilation.Diagnostics, d => d.Code == "SL2009" && d.Message.Contains("金额", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("① a 得1分\n② b 得1分\n④ c 得1分")]
    [InlineData("① a 得1分\n① b 得1分\n② c 得1分")]
    public void Checklist_marks_must_count_up(string items)
    {
        var compilation = Compile(OneLeaf(3, "", "分项\n" + items));
        Assert.Equal(["SL3207"], compilation.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_gap_of_one_point_is_shown_in_interval_notation()
    {
        // 004 D31: 「②80% < 满意程度 <90%，得3分；③70% < 满意程度 <80%，得2分」 leaves exactly 80% and 70% uncovered.
        var compilation = Compile(OneLeaf(5, "满意度：百分比 范围 [0%, 100%]", """
            区间 满意度
              ≥ 90% 得5分
              80% < 满意度 < 90% 得3分
              70% < 满意度 < 80% 得2分
              < 70% 不得分
            """));
        Assert.Equal(["SL3101@10", "SL3101@11"], CodesWithLines(compilation));
        Assert.Contains("[80%, 80%]", compilation.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("[70%, 70%]", compilation.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A 甲 4分\n  是否 达到\nB 乙 79228162514264337593543950335分\n  是否 达到\n", "test.scheme:6:5 SL1007 数值「79228162514264337593543950335分」超过上限 1000000000分")]
    [InlineData("A 甲 1000000001分\n  是否 达到\n", "test.scheme:4:5 SL1007 数值「1000000001分」超过上限 1000000000分")]
    [InlineData("A 甲 4分\n  分项\n    ① 甲 得2分\n    ② 乙 得79228162514264337593543950335分\n", "test.scheme:7:10 SL1007 数值「79228162514264337593543950335分」超过上限 1000000000分")]
    [InlineData("权重 相对\nA 甲 1%\n  A1 乙 79228162514264337593543950335%\n    是否 达到\n", "test.scheme:6:8 SL1007 数值「79228162514264337593543950335%」超过上限 1000000%")]
    public void Points_and_percentages_beyond_any_scheme_are_one_diagnostic_not_an_overflow(string tree, string expected) =>
        Assert.Equal([expected], Compile($"方案 上限\n总分 4\n等级 合格 ≥ 0\n{tree}").Diagnostics.Select(Describe));

    [Fact]
    public void A_total_beyond_any_scheme_is_one_diagnostic_not_an_overflow_when_weights_are_apportioned() =>
        Assert.Equal(
            ["test.scheme:2:4 SL1007 数值「737593543950335」超过上限 1000000000分"],
            Compile("方案 上限\n总分 737593543950335\n权重 相对\n等级 合格 ≥ 0\nA 甲 31%\n  是否 达到\nB 乙 69%\n  是否 达到\n").Diagnostics.Select(Describe));

    [Fact]
    public void A_number_with_more_digits_than_decimal_keeps_is_not_rounded_away_silently() =>
        Assert.Equal(
            ["test.scheme:3:5 SL1007 数值「0.00000000000000000000000000001」太大，超出可表示的范围"],
            Compile("方案 精度\n总分 10\n小数位 0.00000000000000000000000000001\n等级 合格 ≥ 0\nA 甲 10分\n  是否 达到\n").Diagnostics.Select(Describe));

    [Fact]
    public void A_total_with_more_places_than_the_scores_is_an_error() =>
        Assert.Equal(
            [
                "test.scheme:2:4 SL3005 总分 12.5分有 1 位小数，而得分只保留 0 位小数，满分记录的总分无法等于总分",
                "test.scheme:6:1 SL3006 指标「甲」的分值取 12分（12.5分 × 100% = 12.5分，按最大余额法取到得分的小数位，使同级分值合计仍为 12.5分）",
            ],
            Compile("方案 精度\n总分 12.5\n小数位 0\n权重 相对\n等级 合格 ≥ 0\nA 甲 100%\n  是否 达到\n").Diagnostics.Select(Describe));
}
