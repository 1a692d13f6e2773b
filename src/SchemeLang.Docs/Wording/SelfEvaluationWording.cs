using SchemeLang.Binding;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Wording;

/// <summary>
/// The 填表说明 a scheme scored by the 自评表 applies, printed once on its page: how each kind of 年度指标值 is scored, the
/// 定性 tiers it declared, 预算执行, and the rounding the compiler applies that the table does not write.
/// </summary>
public static class SelfEvaluationWording
{
    /// <summary>The sentences, in the order the 自评表 gives them; none for a scheme that uses neither 评分办法 自评表 nor 预算执行.</summary>
    public static IReadOnlyList<string> Instructions(BoundScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var budget = scheme.Leaves.Any(leaf => leaf.Rule is BudgetExecutionRule);
        var lines = new List<string>();
        if (scheme.SelfEvaluation is { } tiers)
        {
            lines.Add("正向指标（年度指标值写「≥」）：实际完成值达到指标值的得满分；未达到的，得分 = 分值 × 实际完成值 ÷ 指标值。");
            lines.Add("反向指标（年度指标值写「≤」）：实际完成值不超过指标值的得满分（实际完成值为 0 也得满分）；超过的，得分 = 分值 × 指标值 ÷ 实际完成值。");
            lines.Add("年度指标值写「=」的：实际完成值等于指标值的得满分，否则不得分。");
            lines.Add($"定性指标（年度指标值为文字，如「达成预期指标」）：评价人选定档次并在档次内打分——达成得分值的 {Share(tiers.Upper, 1m, lowerOpen: true)}，部分达成得 {Share(tiers.Lower, tiers.Upper, lowerOpen: true)}，未达成得 {Share(0m, tiers.Lower, lowerOpen: false)}；得分不在所选档次之内的记录报错（SL5031），得分低于分值的须写明偏差原因。");
        }

        if (budget)
        {
            lines.Add("预算执行率：得分 = 分值 × 执行率，执行率 = 全年执行数 ÷ 全年预算数（不先取舍），超过 100% 的按 100% 计；年度资金总额的年初预算数、全年预算数、全年执行数应分别等于其中各行之和，不等的记录报错（SL5030）。");
        }

        if (lines.Count > 0)
        {
            lines.Add($"各项得分不超过其分值，按四舍五入保留 {scheme.Decimals} 位小数（方案的「小数位」{(scheme.Decimals == Binder.DefaultDecimals ? "未写，取默认值" : "所写")}）。");
        }

        return lines;
    }

    private static string Share(decimal lower, decimal upper, bool lowerOpen) =>
        $"{(lowerOpen ? "(" : "[")}{NumberText.Percent(lower)}, {NumberText.Percent(upper)}]";
}
