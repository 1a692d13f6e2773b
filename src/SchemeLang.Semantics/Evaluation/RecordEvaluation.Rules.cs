using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Evaluation;

/// <summary>Each rule kind: its raw score (clamped and rounded by the caller) and the trace its sentence is made from.</summary>
internal sealed partial class RecordEvaluation
{
    private static readonly LeafTrace Unscored = new(LeafOutcome.Unscored, 0m);

    private (decimal, LeafTrace) ScorePassFail(Indicator leaf, PassFailRule pass)
    {
        var met = Boolean(leaf.Key, required: true) == true;
        var score = met ? pass.Points : 0m;
        return (score, new LeafTrace(LeafOutcome.Scored, score, Met: met));
    }

    private (decimal, LeafTrace) ScoreChecklist(Indicator leaf, ChecklistRule checklist)
    {
        var sum = 0m;
        var items = 0UL;
        var keys = owner.Keys[leaf.Key].Items;
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            if (Boolean(keys[i], required: true) == true)
            {
                sum += item.Points;
                items |= 1UL << i;
            }
        }

        return (sum, new LeafTrace(LeafOutcome.Scored, sum, Items: items));
    }

    private (decimal, LeafTrace) ScoreBand(Indicator leaf, BandRule rule)
    {
        if (DataValue(rule.Subject) is not { } value)
        {
            return (0m, Unscored);
        }

        var index = Bands.IndexOf(((BandTablePlan)owner.Plans[leaf.Key]).Bands, value);
        if (index < 0)
        {
            throw new UnreachableException($"{rule.Subject} = {value} is in no band; the checker proves the bands cover its domain");
        }

        var band = rule.Bands[index];
        switch (band.Outcome)
        {
            case FixedPointsOutcome fixedPoints:
                return (fixedPoints.Points, new LeafTrace(LeafOutcome.Scored, fixedPoints.Points, value, index));
            case StepFromEdgeOutcome step:
                var edge = (step.Step.Direction == StepDirection.Below ? band.Range.Upper : band.Range.Lower)
                    ?? throw new UnreachableException("the checker proves a stepped band has the edge its steps are counted from (SL3111)");
                var stepped = Deduct(step.Start, edge, value, step.Step) with { Index = index };
                return (stepped.Score, stepped);
            case DiscretionaryOutcome:
                var (score, discretionary) = ScoreDiscretionary(leaf);
                return (score, discretionary with { Value = value, Index = index });
            default:
                throw new UnreachableException($"band outcome {band.Outcome.GetType().Name} has no evaluation");
        }
    }

    private (decimal, LeafTrace) ScoreStep(StepRule rule)
    {
        if (DataValue(rule.Subject) is not { } value)
        {
            return (0m, Unscored);
        }

        if (Comparison.Holds(rule.Operator, value, rule.Threshold))
        {
            return (rule.FullMarks, new LeafTrace(LeafOutcome.Scored, rule.FullMarks, value, Met: true));
        }

        var trace = Deduct(rule.FullMarks, rule.Threshold, value, rule.Step);
        return (trace.Score, trace);
    }

    /// <summary>The stepwise deduction from <paramref name="edge"/> to <paramref name="value"/>.</summary>
    private static LeafTrace Deduct(decimal start, decimal edge, decimal value, StepDeduction step)
    {
        var distance = Math.Abs(value - edge);
        var steps = Scoring.CountSteps(distance, step.StepSize, step.Rounding);
        var deducted = Math.Min(start, steps * step.PointsPerStep);
        var score = Scoring.DeductSteps(start, distance, step.StepSize, step.PointsPerStep, step.Rounding);
        return new LeafTrace(LeafOutcome.Scored, score, value, Steps: steps, Deducted: deducted);
    }

    private (decimal, LeafTrace) ScoreDeduction(Indicator leaf, DeductionRule rule)
    {
        var deducted = 0m;
        var counts = new decimal[rule.Items.Count];
        var keys = owner.Keys[leaf.Key].Items;
        for (var i = 0; i < counts.Length; i++)
        {
            var item = rule.Items[i];
            counts[i] = Count(keys[i]);
            deducted += counts[i] * item.Points;
        }

        var score = Math.Max(0m, leaf.Weight - deducted);
        return (score, new LeafTrace(LeafOutcome.Scored, score, Counts: counts));
    }

    private (decimal, LeafTrace) ScoreProportional(Indicator leaf, ProportionalRule rule)
    {
        if (DataValue(rule.Subject) is not { } value)
        {
            return (0m, Unscored);
        }

        var score = Scoring.Proportional(leaf.Weight, value, rule.Cap ?? 1m);
        return (score, new LeafTrace(LeafOutcome.Scored, score, value));
    }

    private (decimal, LeafTrace) ScoreLevel(Indicator leaf, LevelRule rule)
    {
        if (Field(leaf.Key, required: true) is not { } chosen)
        {
            return (0m, Unscored);
        }

        var index = Enumerable.Range(0, rule.Levels.Count).FirstOrDefault(i => rule.Levels[i].Name == chosen.Trim(), -1);
        if (index < 0)
        {
            Error(RecordDiagnostics.UnknownLevel(record.Id, leaf.Key, chosen, rule.Levels.Select(l => l.Name)));
            return (0m, Unscored);
        }

        var points = rule.Levels[index].Points;
        return (points, new LeafTrace(LeafOutcome.Scored, points, Index: index));
    }

    private (decimal, LeafTrace) ScoreDiscretionary(Indicator leaf)
    {
        var scoreText = Field(leaf.Key, required: true);
        var reasonKey = owner.Keys[leaf.Key].Reason;
        var reason = Field(reasonKey, required: false);
        if (scoreText is null)
        {
            return (0m, Unscored);
        }

        if (!InputValues.TryParseScore(scoreText, out var score))
        {
            Error(RecordDiagnostics.InvalidScore(record.Id, leaf.Key, scoreText));
            return (0m, Unscored);
        }

        if (score < 0m || score > leaf.Weight)
        {
            Error(RecordDiagnostics.DiscretionaryOutOfRange(record.Id, leaf.Key, score, leaf.Weight));
            return (0m, Unscored);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            Error(RecordDiagnostics.ReasonMissing(record.Id, reasonKey));
        }

        return (score, new LeafTrace(LeafOutcome.Scored, score, Reason: reason));
    }
}
