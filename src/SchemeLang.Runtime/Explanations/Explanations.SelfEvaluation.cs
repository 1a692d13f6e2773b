namespace SchemeLang.Runtime;

/// <summary>The sentences of the 自评表's 填表说明: a 年度指标值 by ratio or tier, and 预算执行.</summary>
public static partial class Explanations
{
    /// <summary>An amount in yuan as the 自评表 writes it, in 万元: 468700 → 46.87万元.</summary>
    public static string TenThousandYuan(decimal yuan) => $"{NumberText.Plain(yuan / 10_000m)}万元";

    /// <summary>「实际完成值 30个，未达到 ≥ 40个：15分 × 30 ÷ 40 = 11.25分」.</summary>
    private static string TargetRatio(TargetRatioPlan rule, in LeafTrace trace, int decimals)
    {
        var shown = Value(rule.Subject, trace.Value, rule.Format, rule.Target);
        var target = NumberText.Format(rule.Target, rule.Format);
        if (trace.Met)
        {
            return ThresholdMet(shown, rule.Operator, target, rule.Weight);
        }

        var actual = NumberText.Format(trace.Value, rule.Format);
        var (dividend, divisor) = rule.IsPositive ? (actual, target) : (target, actual);
        var score = NumberText.Points(Round(trace.Score, decimals));
        return trace.Score <= 0m
            ? $"{shown}，未达到 {Comparison.Symbol(rule.Operator)} {target}，不得分"
            : $"{shown}，未达到 {Comparison.Symbol(rule.Operator)} {target}：{NumberText.Points(rule.Weight)} × {dividend} ÷ {divisor} = {score}";
    }

    /// <summary>「评为「部分达成」（(5分, 8分]），得 7分：理由」.</summary>
    private static string Qualitative(QualitativePlan rule, in LeafTrace trace)
    {
        var tier = $"评为「{QualitativePlan.Tiers[trace.Index]}」（{rule.Range(trace.Index).ToDisplayString(ValueFormat.Points)}）";
        return trace.Score == rule.Weight || string.IsNullOrWhiteSpace(trace.Reason)
            ? $"{tier}，得 {NumberText.Points(trace.Score)}"
            : $"{tier}，得 {NumberText.Points(trace.Score)}：{trace.Reason}";
    }

    /// <summary>「执行率 = 全年执行数 46.87万元 ÷ 全年预算数 61.5万元 = 76.21%：10分 × 76.21% = 7.62分」.</summary>
    private static string BudgetExecution(BudgetExecutionPlan rule, in LeafTrace trace, int decimals)
    {
        var amounts = trace.Counts ?? [0m, 0m];
        var rate = $"执行率 = 全年执行数 {TenThousandYuan(amounts[1])} ÷ 全年预算数 {TenThousandYuan(amounts[0])} = {NumberText.Approximate(trace.Value, ValueFormat.Percent, 1m)}";
        return trace.Value >= 1m
            ? $"{rate}，按 100% 计，得 {NumberText.Points(rule.Weight)}"
            : $"{rate}：{NumberText.Points(rule.Weight)} × 执行率 = {NumberText.Points(Round(trace.Score, decimals))}";
    }
}
