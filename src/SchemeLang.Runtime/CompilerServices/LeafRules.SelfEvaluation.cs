using SchemeLang.Diagnostics;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>The 自评表's 填表说明: a 年度指标值 scored by ratio or by tier, and 预算执行.</summary>
public static partial class LeafRules
{
    /// <summary>Met, the weight; otherwise the weight × 实际 ÷ 指标值 (正向) or × 指标值 ÷ 实际 (反向); the tree keeps it within [0, weight].</summary>
    public static LeafTrace TargetRatio(IndicatorPlan leaf, TargetRatioPlan rule, decimal? value, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        if (value is not { } actual)
        {
            scope.LacksItem(leaf.Leaf!.Subject);
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        if (Comparison.Holds(rule.Operator, actual, rule.Target))
        {
            return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, rule.Weight, actual, Met: true));
        }

        // Not met, the divisor is above 0 for every value a 实际完成值 may take (≥ 0); a negative 数值 scores nothing.
        var (dividend, divisor) = rule.IsPositive ? (actual, rule.Target) : (rule.Target, actual);
        try
        {
            var score = Scoring.TargetRatio(rule.Weight, dividend, divisor);
            return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, score, actual));
        }
        catch (OverflowException)
        {
            return scope.Overflowed(leaf);
        }
    }

    /// <summary><see cref="Qualitative(IndicatorPlan, QualitativePlan, int?, decimal?, string?, RecordScope)"/> for a generated scorer's enum of the tiers.</summary>
    public static LeafTrace Qualitative<TLevel>(IndicatorPlan leaf, QualitativePlan rule, TLevel? tier, decimal? score, string? reason, RecordScope scope)
        where TLevel : struct, Enum =>
        Qualitative(leaf, rule, Position(tier), score, reason, scope);

    /// <param name="tier">The record's tier, as its position in <see cref="QualitativePlan.Tiers"/> (<see cref="RowReader.Level"/>).</param>
    /// <param name="score">The score within the tier.</param>
    /// <param name="reason">The 偏差原因: required when the score is below the weight.</param>
    public static LeafTrace Qualitative(IndicatorPlan leaf, QualitativePlan rule, int? tier, decimal? score, string? reason, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        var plan = leaf.Leaf!;
        if (tier is not { } index)
        {
            scope.Lacks(plan.Inputs[0]);
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        if (!IsLevel(index, QualitativePlan.Tiers.Length, leaf, scope))
        {
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        if (score is not { } points)
        {
            scope.Lacks(plan.Inputs[1]);
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        var range = rule.Range(index);
        if (!range.Contains(points))
        {
            scope.Report(RecordDiagnostics.TierScoreOutsideTier(scope.Id, scope.Plan.Slots[plan.Inputs[1]].Key, QualitativePlan.Tiers[index], points, range.ToDisplayString(ValueFormat.Points)));
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        if (points < rule.Weight && string.IsNullOrWhiteSpace(reason))
        {
            scope.Report(RecordDiagnostics.ReasonMissing(scope.Id, scope.Plan.Slots[plan.Reason].Key));
        }

        return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, points, Index: index) { Reason = reason });
    }

    /// <param name="values">The values of <see cref="BudgetExecutionPlan.Items"/>, in their order.</param>
    public static LeafTrace BudgetExecution(IndicatorPlan leaf, BudgetExecutionPlan rule, ReadOnlySpan<decimal?> values, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        if (values[BudgetExecutionPlan.Budget] is not { } budget || values[BudgetExecutionPlan.Spent] is not { } spent)
        {
            for (var column = BudgetExecutionPlan.Budget; column <= BudgetExecutionPlan.Spent; column++)
            {
                if (values[column] is null)
                {
                    scope.LacksItem(rule.Items[column]);
                }
            }

            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        try
        {
            var agrees = true;
            for (var column = 0; column < BudgetExecutionPlan.Columns.Length; column++)
            {
                agrees &= RowsAddUp(rule, values, column, scope);
            }

            if (!agrees)
            {
                return scope.EndLeaf(mark, LeafTrace.Unscored);
            }

            if (budget == 0m)
            {
                scope.Report(RecordDiagnostics.BudgetZero(scope.Id, scope.Plan.DataItems[rule.Items[BudgetExecutionPlan.Budget]].Name));
                return scope.EndLeaf(mark, LeafTrace.Unscored);
            }

            var rate = Scoring.ExecutionRate(spent, budget);
            return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, Scoring.BudgetExecution(rule.Weight, rate), rate) { Counts = [budget, spent] });
        }
        catch (OverflowException)
        {
            return scope.Overflowed(leaf);
        }
    }

    /// <summary>A column of the total row against the sum of the 其中 rows that give it (<see cref="Scoring.RowsAddUp"/>), reported when they disagree.</summary>
    private static bool RowsAddUp(BudgetExecutionPlan rule, ReadOnlySpan<decimal?> values, int column, RecordScope scope)
    {
        var columns = BudgetExecutionPlan.Columns.Length;
        Span<decimal?> rows = stackalloc decimal?[rule.Rows.Length];
        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = values[columns * (row + 1) + column];
        }

        if (Scoring.RowsAddUp(values[column], rows) || values[column] is not { } total)
        {
            return true;
        }

        var sum = 0m;
        var given = new List<string>();
        for (var row = 0; row < rows.Length; row++)
        {
            if (rows[row] is { } value)
            {
                sum += value;
                given.Add($"{rule.Rows[row]} {Explanations.TenThousandYuan(value)}");
            }
        }

        scope.Report(RecordDiagnostics.BudgetRowsDisagree(
            scope.Id, scope.Plan.DataItems[rule.Items[column]].Name, Explanations.TenThousandYuan(total), given, Explanations.TenThousandYuan(sum)));
        return false;
    }
}
