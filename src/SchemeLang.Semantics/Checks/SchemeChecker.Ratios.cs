using SchemeLang.Binding;
using SchemeLang.Diagnostics;

namespace SchemeLang.Checks;

/// <summary>
/// The completion formulas of 按比例 (实际 ÷ 目标 × 分值): ratios that read well but measure nothing — two grades
/// divided — or that reward the wrong way for an indicator where lower is better (成本, 时长).
/// </summary>
public sealed partial class SchemeChecker
{
    // Words read from names, as the author wrote them: they decide only warnings, never a score.
    private static readonly string[] OrdinalWords = ["等级", "等别", "级别", "档次", "星级"];
    private static readonly string[] LowerIsBetterWords = ["成本", "耗时", "用时", "时长", "天数", "周期", "单价"];
    private static readonly string[] TargetWords = ["目标", "计划", "预期", "指标值", "标准"];

    private void CheckRatio(Indicator leaf, ProportionalRule proportional, BinaryExpression ratio)
    {
        var (actual, target) = (OperandName(ratio.Left), OperandName(ratio.Right));
        if (new[] { actual, target }.FirstOrDefault(name => ContainsAny(name, OrdinalWords)) is { } ordinal)
        {
            _diagnostics.Add(DiagnosticCatalog.OrdinalRatio(At(proportional.Subject.Span), proportional.Subject.Name, ordinal));
        }

        var lowerIsBetter = ContainsAny(leaf.Name, LowerIsBetterWords) || ContainsAny(actual, LowerIsBetterWords) || ContainsAny(target, LowerIsBetterWords);
        if (lowerIsBetter && IsTarget(ratio.Right) && !IsTarget(ratio.Left))
        {
            _diagnostics.Add(DiagnosticCatalog.RatioDirection(At(proportional.Subject.Span), leaf.Name, actual, target));
        }
    }

    /// <summary>A data item or a 目标值 by its name; a number by its text.</summary>
    private string OperandName(BoundExpression operand) => operand switch
    {
        DataReferenceExpression reference => reference.Name,
        LiteralExpression { Target: { } target } => target,
        _ => _scheme.Source.Slice(operand.Span).Trim(),
    };

    /// <summary>A 目标值, or a data item whose name says it is a target or plan.</summary>
    private bool IsTarget(BoundExpression operand) => operand switch
    {
        LiteralExpression literal => literal.Target is not null,
        DataReferenceExpression reference => ContainsAny(reference.Name, TargetWords),
        _ => false,
    };

    private static bool ContainsAny(string name, string[] words) => words.Any(word => name.Contains(word, StringComparison.Ordinal));
}
