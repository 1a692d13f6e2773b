using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Checks;

/// <summary>
/// 「≥ 95% 得满分，每少5%扣1分，不足一档不扣」 gives a value short of the threshold full marks: a warning that shows what
/// each reading gives half a step short (SL3112); the readings that agree with the threshold are not warned about.
/// </summary>
public class ThresholdRoundingTests
{
    private static string[] Diagnostics(string rule) =>
        [.. Schemes.Compile($"""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            数据
              满意度：百分比 范围 [0%, 100%]
            A 满意度 10分
              {rule}
            """).Diagnostics.Select(diagnostic => $"{diagnostic.Code} {diagnostic.Message} | {diagnostic.Hint}")];

    [Fact]
    public void Whole_steps_below_a_threshold_met_from_below_are_warned_with_both_readings() =>
        Assert.Equal(
            ["SL3112 「满意度 ≥ 95% 得满分」，但按「不足一档不扣」，92.5% 未达标却不满一档，仍得满分 10分：两种读法得分不同 | 读法一：未达标即扣，写「不满5%按5%计」（92.5% 得 9分）；读法二：确实不足一档不扣，则满分实际从低一档起，请把达标线改写成那个值"],
            Diagnostics("满意度 ≥ 95% 得满分，每少5%扣1分，不足一档不扣，扣完为止"));

    [Fact]
    public void Whole_steps_above_a_threshold_met_from_above_are_warned_too() =>
        Assert.Equal(
            ["SL3112 「满意度 ≤ 10% 得满分」，但按「不足一档不扣」，11% 未达标却不满一档，仍得满分 10分：两种读法得分不同 | 读法一：未达标即扣，写「不满2%按2%计」（11% 得 8分）；读法二：确实不足一档不扣，则满分实际从低一档起，请把达标线改写成那个值"],
            Diagnostics("满意度 ≤ 10% 得满分，每超2%扣2分，不满2%不扣，扣完为止"));

    [Theory]
    [InlineData("满意度 ≥ 95% 得满分，每少5%扣1分，不满5%按5%计，扣完为止")]
    [InlineData("满意度 ≥ 95% 得满分，每少5%扣1分，按实际计算，扣完为止")]
    public void Readings_that_agree_with_the_threshold_are_not_warned(string rule) =>
        Assert.Empty(Diagnostics(rule));
}
