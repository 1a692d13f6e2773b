using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>
/// 评分办法 自评表: the national 项目支出绩效自评表's 填表说明 as the standard of each leaf that gives its 年度指标值 —
/// ≥ by 实际完成值 ÷ 指标值, ≤ by 指标值 ÷ 实际完成值, = met or not, a qualitative value by the tier the record gives —
/// and 预算执行, 分值 × 执行率 with the total row checked against its 其中 rows.
/// </summary>
public sealed partial class Binder
{
    /// <summary>The 定性 tiers' lower edges unless the header writes them: 达成 above 80% of the points, 部分达成 above 50%.</summary>
    public const decimal DefaultUpperTier = 0.8m;

    public const decimal DefaultLowerTier = 0.5m;

    /// <summary>The budget columns of the 自评表's 项目资金 rows, each a record field of the leaf and of each 其中 row.</summary>
    public static readonly IReadOnlyList<string> BudgetColumns = BudgetExecutionPlan.Columns;

    private SelfEvaluationTiers? _selfEvaluation;

    /// <summary>The header's tiers, reported when they cannot be tiers (0 &lt; 部分达成 &lt; 达成 &lt; 100).</summary>
    private SelfEvaluationTiers? SelfEvaluation(SelfEvaluationHeaderSyntax? header)
    {
        if (header is null)
        {
            return null;
        }

        if (header is { Upper: { } upper, Lower: { } lower })
        {
            if (lower.Value > 0m && lower.Value < upper.Value && upper.Value < 100m)
            {
                return new SelfEvaluationTiers(upper.Value / 100m, lower.Value / 100m);
            }

            _diagnostics.Add(DiagnosticCatalog.SelfEvaluationTiersInvalid(At(upper.Span.Cover(lower.Span)), upper.Text, lower.Text));
        }

        return new SelfEvaluationTiers(DefaultUpperTier, DefaultLowerTier);
    }

    /// <summary>
    /// 「年度指标值 ≥ 40个」: ≥ and ≤ score by the ratio, up to the points; = is met or not, the threshold 「= 100% 得满分，否则不得分」
    /// it is bound as (and the page writes).
    /// </summary>
    private BoundRule? BindTargetValue(TargetValueRuleSyntax rule, decimal weight, string? owner)
    {
        if (_selfEvaluation is null)
        {
            _diagnostics.Add(DiagnosticCatalog.SelfEvaluationWithoutHeader(At(rule.Span), $"年度指标值 {rule.Text}"));
            return null;
        }

        if (rule.Operator == ComparisonOperator.Equal)
        {
            return BindThresholdRule(new ThresholdRuleSyntax(null, rule.Operator, rule.Target, null, rule.Text, rule.Span), weight, owner);
        }

        var subject = OwnValue(owner, rule.Target, "年度指标值");
        if (subject is null || BindValue(rule.Target, subject.Type == DataTypeKind.Percent) is not { } target)
        {
            return null;
        }

        CheckUnits(subject, rule.Target);
        return new TargetRatioRule(new DataReference(subject.Name, rule.Span), rule.Operator, target, rule.Text, rule.Span);
    }

    private QualitativeRule? BindQualitative(QualitativeTargetRuleSyntax rule)
    {
        if (_selfEvaluation is not { } tiers)
        {
            _diagnostics.Add(DiagnosticCatalog.SelfEvaluationWithoutHeader(At(rule.Span), $"年度指标值 {rule.Target}"));
            return null;
        }

        return new QualitativeRule(rule.Target, tiers.Upper, tiers.Lower, rule.Span);
    }

    /// <summary>预算执行: each budget column of the total row and of each 其中 row, a money field (万元, as the 自评表 writes them) keyed by the leaf.</summary>
    private BudgetExecutionRule BindBudgetExecution(BudgetExecutionRuleSyntax rule, string? owner)
    {
        if (owner is null)
        {
            throw new System.Diagnostics.UnreachableException("a rule is bound for a leaf or a part, whose key keys its budget fields");
        }

        var rows = rule.Rows.Select(row => row.Text).ToEquatableArray();
        foreach (var field in BudgetExecutionPlan.FieldNames(owner, rows))
        {
            if (!_dataItems.ContainsKey(field))
            {
                var item = new DataItem(field, DataTypeKind.Money, "万元", MoneyScale("万元"), Interval.AtLeast(0m), false, null, null, rule.Span, WrittenInRule: true);
                _dataItems[field] = item;
                _ownValues.Add(item);
            }
        }

        return new BudgetExecutionRule(owner, rows, rule.Span);
    }
}

/// <summary>The 定性 tiers' lower edges as shares of the points: 达成 above <see cref="Upper"/>, 部分达成 above <see cref="Lower"/>.</summary>
public readonly record struct SelfEvaluationTiers(decimal Upper, decimal Lower);
