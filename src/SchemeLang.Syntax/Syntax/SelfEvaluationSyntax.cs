using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>
/// 评分办法 自评表（定性 80/60）: the national 项目支出绩效自评表's 填表说明 is the standard of every leaf that gives its
/// 年度指标值. <see cref="Upper"/> and <see cref="Lower"/> are the 定性 tiers' lower edges in per cent of the points, as
/// written (null: 80/50).
/// </summary>
public sealed record SelfEvaluationHeaderSyntax(QuantitySyntax? Upper, QuantitySyntax? Lower, SourceSpan Span) : HeaderSyntax(Span);

/// <summary>「年度指标值 ≥ 40个」: a quantitative 年度指标值, scored against the leaf's own 实际完成值.</summary>
public sealed record TargetValueRuleSyntax(ComparisonOperator Operator, BoundSyntax Target, string Text, SourceSpan Span) : RuleSyntax(Span);

/// <summary>「年度指标值 达成预期指标」: a qualitative 年度指标值, scored by the tier and score the record gives.</summary>
public sealed record QualitativeTargetRuleSyntax(string Target, SourceSpan Span) : RuleSyntax(Span);

/// <summary>预算执行（其中 当年财政拨款、上年结转资金、其他资金）: 分值 × 执行率, the total row checked against its 其中 rows.</summary>
public sealed record BudgetExecutionRuleSyntax(EquatableArray<NameSyntax> Rows, SourceSpan Span) : RuleSyntax(Span);
