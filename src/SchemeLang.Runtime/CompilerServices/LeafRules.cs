using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using SchemeLang.Diagnostics;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// Each rule kind scoring one leaf from its values: the raw score (the tree clamps and rounds it within the leaf's
/// weight) and the trace its sentence is rendered from. The interpreter and every generated scorer call exactly
/// these; a value that is null was not in the record, and the rule reports it as missing through the scope.
/// </summary>
/// <remarks>Machinery: called by generated scorers and the interpreter, not by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class LeafRules
{
    /// <summary>The record marks the leaf 不适用: full marks, or no score and its weight to its siblings.</summary>
    public static LeafTrace NotApplicable(IndicatorPlan leaf) => leaf.Leaf!.NotApplicable switch
    {
        NotApplicablePolicy.FullMarks => new LeafTrace(LeafOutcome.NotApplicableFullMarks, leaf.Weight),
        NotApplicablePolicy.Redistribute => new LeafTrace(LeafOutcome.Redistributed, 0m),
        null => throw new UnreachableException($"leaf {leaf.Key} has no 不适用 field to mark"),
        _ => throw new UnreachableException($"not-applicable policy {leaf.Leaf.NotApplicable}"),
    };

    /// <param name="score">The evaluator's score when the standard is not met and the rest is 酌情 (「否则酌情扣分」).</param>
    /// <param name="reason">The reason for that score.</param>
    public static LeafTrace PassFail(IndicatorPlan leaf, PassFailPlan rule, bool? met, decimal? score, string? reason, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        if (met is null)
        {
            scope.Lacks(leaf.Leaf!.Inputs[0]);
        }

        if (rule.OtherwiseJudged)
        {
            if (met == false)
            {
                return scope.EndLeaf(mark, Judged(leaf, score, reason, scope, max: rule.Points, scoreSlot: leaf.Leaf!.Inputs[1]));
            }

            if (met == true && score is { } unasked)
            {
                scope.Report(RecordDiagnostics.JudgedScoreNotAsked(scope.Id, scope.Plan.Slots[leaf.Leaf!.Inputs[1]].Key, unasked, Explanations.PassFail(rule.Condition, met: true, rule.Points, rule.Otherwise)));
            }
        }

        var points = met switch
        {
            true => rule.Points,
            false => rule.Otherwise,
            null => 0m,
        };
        return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, points, Met: met == true));
    }

    /// <param name="met">Each item's field, in the rule's order.</param>
    /// <param name="deduction">What the evaluator takes off for other problems (其他问题酌情扣分); null when nothing.</param>
    /// <param name="reason">The reason for that deduction.</param>
    public static LeafTrace Checklist(IndicatorPlan leaf, ChecklistPlan rule, ReadOnlySpan<bool?> met, decimal? deduction, string? reason, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        var sum = 0m;
        var items = 0UL;
        for (var i = 0; i < rule.Items.Length; i++)
        {
            if (met[i] is null)
            {
                scope.Lacks(leaf.Leaf!.Inputs[i]);
            }
            else if (met[i] == true)
            {
                sum += rule.Items[i].Points;
                items |= 1UL << i;
            }
        }

        return scope.EndLeaf(mark, LessOtherProblems(leaf, new LeafTrace(LeafOutcome.Scored, sum, Items: items), deduction, reason, scope));
    }

    /// <param name="counts">Each item's count, in the rule's order.</param>
    public static LeafTrace Deduction(IndicatorPlan leaf, DeductionPlan rule, ReadOnlySpan<decimal?> counts, RecordScope scope)
    {
        var mark = scope.BeginLeaf();

        // The counts are kept for the sentence only when something was deducted: a clean record allocates nothing.
        decimal[]? taken = null;
        var deducted = 0m;
        try
        {
            for (var i = 0; i < rule.Items.Length; i++)
            {
                if (counts[i] is not { } count)
                {
                    scope.Lacks(leaf.Leaf!.Inputs[i]);
                    continue;
                }

                if (count != 0m)
                {
                    (taken ??= new decimal[rule.Items.Length])[i] = count;
                    deducted += Scoring.Deducted(count, rule.Items[i].Points);
                }
            }
        }
        catch (OverflowException)
        {
            return scope.Overflowed(leaf);
        }

        var score = Scoring.Deduction(rule.Weight, deducted, rule.MaxDeduction);
        return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, score) { Counts = taken });
    }

    /// <param name="score">The 酌情 score, used when the value falls in a 酌情 band.</param>
    /// <param name="reason">The 酌情 reason, likewise.</param>
    public static LeafTrace Band(IndicatorPlan leaf, BandTablePlan rule, decimal? value, decimal? score, string? reason, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        if (value is not { } number)
        {
            scope.LacksItem(leaf.Leaf!.Subject);
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        var index = Bands.IndexOf(rule.Bands, number);
        if (index < 0)
        {
            throw new UnreachableException($"{rule.Subject} = {number} is in no band; the checker proves the bands cover its domain");
        }

        var band = rule.Bands[index];
        if (score is { } unasked && band.Outcome is not DiscretionaryBandPlan)
        {
            // The table has a 酌情 band, but this value fell in a band whose points are fixed: the score is not the evaluator's to give.
            var outcome = Explanations.InBand(Explanations.Value(rule.Subject, number, rule.Format), band.Range, rule.Format);
            scope.Report(RecordDiagnostics.JudgedScoreNotAsked(scope.Id, leaf.Key, unasked, outcome));
        }

        switch (band.Outcome)
        {
            case FixedPointsPlan fixedPoints:
                return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, fixedPoints.Points, number, index));
            case SteppedPlan stepped:
                try
                {
                    var trace = Deduct(stepped.Start, Explanations.StepEdge(band.Range, stepped.Step), number, stepped.Step) with { Index = index };
                    return scope.EndLeaf(mark, trace);
                }
                catch (OverflowException)
                {
                    return scope.Overflowed(leaf);
                }

            case DiscretionaryBandPlan judged:
                var discretionary = Judged(leaf, score, reason, scope, judged.Min, judged.Max);
                return scope.EndLeaf(mark, discretionary with { Value = number, Index = index });
            default:
                throw new UnreachableException($"band outcome {band.Outcome.GetType().Name} has no evaluation");
        }
    }

    public static LeafTrace Threshold(IndicatorPlan leaf, ThresholdPlan rule, decimal? value, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        if (value is not { } number)
        {
            scope.LacksItem(leaf.Leaf!.Subject);
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        if (Comparison.Holds(rule.Operator, number, rule.Threshold))
        {
            return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, rule.FullMarks, number, Met: true));
        }

        try
        {
            return scope.EndLeaf(mark, Deduct(rule.FullMarks, rule.Threshold, number, rule.Step));
        }
        catch (OverflowException)
        {
            return scope.Overflowed(leaf);
        }
    }

    public static LeafTrace Proportional(IndicatorPlan leaf, ProportionalPlan rule, decimal? value, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        if (value is not { } number)
        {
            scope.LacksItem(leaf.Leaf!.Subject);
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        var score = Scoring.Proportional(rule.Weight, number, rule.Cap);
        return scope.EndLeaf(mark, new LeafTrace(LeafOutcome.Scored, score, number));
    }

    /// <param name="chosen">The chosen level's position among the levels written (<see cref="RowReader.Level"/>).</param>
    /// <param name="score">The evaluator's score when the chosen level is 酌情 (其他：酌情扣分).</param>
    /// <param name="deduction">What the evaluator takes off for other problems (存在其他问题的酌情扣分); null when nothing.</param>
    /// <param name="reason">The reason for that score or deduction.</param>
    /// <param name="counts">Each deduction after the levels: how often it applies (<see cref="Once"/> of a 是/否 field), absent as none.</param>
    public static LeafTrace Level(IndicatorPlan leaf, LevelPlan rule, int? chosen, decimal? score, decimal? deduction, string? reason, ReadOnlySpan<decimal?> counts, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        if (chosen is not { } i)
        {
            scope.Lacks(leaf.Leaf!.Inputs[0]);
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        if (!IsLevel(i, rule.Levels.Length, leaf, scope))
        {
            return scope.EndLeaf(mark, LeafTrace.Unscored);
        }

        var level = rule.Levels[i];
        if (level.Judged)
        {
            var judged = Judged(leaf, score, reason, scope, max: level.Points, scoreSlot: leaf.Leaf!.Inputs[1]) with { Index = i };
            return scope.EndLeaf(mark, LessLevelDeductions(rule, LessOtherProblems(leaf, judged, deduction, reason, scope), counts, scope, leaf));
        }

        if (score is { } unasked)
        {
            scope.Report(RecordDiagnostics.JudgedScoreNotAsked(scope.Id, scope.Plan.Slots[leaf.Leaf!.Inputs[1]].Key, unasked, Explanations.Level(level.Name, level.Points)));
        }

        return scope.EndLeaf(mark, LessLevelDeductions(rule, LessOtherProblems(leaf, new LeafTrace(LeafOutcome.Scored, level.Points, Index: i), deduction, reason, scope), counts, scope, leaf));
    }

    /// <summary><see cref="Level(IndicatorPlan, LevelPlan, int?, decimal?, decimal?, string?, ReadOnlySpan{decimal?}, RecordScope)"/> for a generated scorer's enum of the leaf's levels.</summary>
    public static LeafTrace Level<TLevel>(IndicatorPlan leaf, LevelPlan rule, TLevel? chosen, decimal? score, decimal? deduction, string? reason, ReadOnlySpan<decimal?> counts, RecordScope scope)
        where TLevel : struct, Enum =>
        Level(leaf, rule, Position(chosen), score, deduction, reason, counts, scope);

    /// <summary>A generated enum's level as its position among the levels: any value, defined or not (<see cref="IsLevel"/> checks it).</summary>
    internal static int? Position<TLevel>(TLevel? level)
        where TLevel : struct, Enum =>
        level is { } chosen ? Unsafe.BitCast<TLevel, int>(chosen) : null;

    /// <summary>
    /// Whether <paramref name="index"/> is one of the leaf's <paramref name="count"/> levels. A record read from text
    /// always names one (<see cref="RowReader.Level"/> reports any other name); a generated input built in C# may hold an
    /// undefined enum value, <c>(等次)99</c>, reported as the level 「99」 that the indicator does not have.
    /// </summary>
    internal static bool IsLevel(int index, int count, IndicatorPlan leaf, RecordScope scope)
    {
        if ((uint)index < (uint)count)
        {
            return true;
        }

        scope.Report(RecordDiagnostics.UnknownLevel(scope.Id, leaf.Key, index.ToString(CultureInfo.InvariantCulture), scope.Plan.LevelNames[leaf.Leaf!.Inputs[0]]));
        return false;
    }

    /// <summary>酌情 within its written range (「酌情 2–4分」), or 待定: the evaluator's score with a reason.</summary>
    public static LeafTrace Discretionary(IndicatorPlan leaf, decimal? score, string? reason, RecordScope scope)
    {
        var mark = scope.BeginLeaf();
        var trace = leaf.Leaf!.Rule is DiscretionaryPlan range
            ? Judged(leaf, score, reason, scope, range.Min, range.Max)
            : Judged(leaf, score, reason, scope);
        return scope.EndLeaf(mark, trace);
    }

    /// <summary>
    /// A 酌情 score: within [<paramref name="min"/>, <paramref name="max"/>] (the weight unless its band or rule says), with
    /// a reason, read from <paramref name="scoreSlot"/> (the leaf's first input unless said).
    /// </summary>
    private static LeafTrace Judged(IndicatorPlan leaf, decimal? score, string? reason, RecordScope scope, decimal min = 0m, decimal? max = null, int? scoreSlot = null)
    {
        var plan = leaf.Leaf!;
        var slot = scoreSlot ?? plan.Inputs[0];
        if (score is not { } points)
        {
            scope.Lacks(slot);
            return LeafTrace.Unscored;
        }

        if (points < min || points > (max ?? leaf.Weight))
        {
            scope.Report(RecordDiagnostics.DiscretionaryOutOfRange(scope.Id, scope.Plan.Slots[slot].Key, points, min, max ?? leaf.Weight));
            return LeafTrace.Unscored;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            scope.Report(RecordDiagnostics.ReasonMissing(scope.Id, scope.Plan.Slots[plan.Reason].Key));
        }

        return new LeafTrace(LeafOutcome.Scored, points) { Reason = reason };
    }

    /// <summary>
    /// 其他问题酌情扣分: what the evaluator takes off what the table gave, within [0, that], with a reason. Absent,
    /// nothing was found and nothing is taken off; a leaf the table did not score has nothing to take it from.
    /// </summary>
    private static LeafTrace LessOtherProblems(IndicatorPlan leaf, in LeafTrace trace, decimal? deduction, string? reason, RecordScope scope)
    {
        if (deduction is not { } points || trace.Outcome != LeafOutcome.Scored)
        {
            return trace;
        }

        var plan = leaf.Leaf!;
        if (points < 0m || points > trace.Score)
        {
            scope.Report(RecordDiagnostics.OtherProblemsOutOfRange(scope.Id, scope.Plan.Slots[plan.OtherProblemsSlot].Key, points, trace.Score));
            return LeafTrace.Unscored;
        }

        if (points == 0m)
        {
            return trace;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            scope.Report(RecordDiagnostics.ReasonMissing(scope.Id, scope.Plan.Slots[plan.Reason].Key));
        }

        return trace with { Score = trace.Score - points, Value = points, Reason = reason };
    }

    /// <summary>A 是/否 field as how often a once-only deduction applies: 是 once, 否 never, absent unknown.</summary>
    public static decimal? Once(bool? applies) => applies is { } flag ? (flag ? 1m : 0m) : null;

    /// <summary>
    /// The deductions written after a level table (「发现挤占挪用的，扣2分」, 「每发现一处扣1分」) off what the level gave, down
    /// to 0. An absent field is nothing found (a count is a whole number ≥ 0, checked when read).
    /// </summary>
    private static LeafTrace LessLevelDeductions(LevelPlan rule, in LeafTrace trace, ReadOnlySpan<decimal?> counts, RecordScope scope, IndicatorPlan leaf)
    {
        if (rule.Deductions.IsEmpty || trace.Outcome != LeafOutcome.Scored)
        {
            return trace;
        }

        decimal[]? taken = null;
        var deducted = 0m;
        try
        {
            for (var i = 0; i < rule.Deductions.Length; i++)
            {
                if (counts[i] is not { } count || count == 0m)
                {
                    continue;
                }

                (taken ??= new decimal[rule.Deductions.Length])[i] = count;
                deducted += count * rule.Deductions[i].Points;
            }
        }
        catch (OverflowException)
        {
            return scope.Overflowed(leaf);
        }

        return taken is null ? trace : trace with { Score = Math.Max(0m, trace.Score - deducted), Counts = taken };
    }

    /// <summary>The stepwise deduction from <paramref name="edge"/> to <paramref name="value"/>.</summary>
    private static LeafTrace Deduct(decimal start, decimal edge, decimal value, StepPlan step) =>
        new(LeafOutcome.Scored, Scoring.DeductSteps(start, Math.Abs(value - edge), step.Size, step.PointsPerStep, step.Rounding, step.MaxDeduction), value);
}
