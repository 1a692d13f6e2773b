using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Evaluation;

/// <summary>Each rule kind: its raw score (clamped and rounded by the caller) and the sentence that explains it.</summary>
internal sealed partial class RecordEvaluation
{
    private (decimal, string) ScorePassFail(Indicator leaf, PassFailRule pass)
    {
        var met = Boolean(leaf.Key, required: true) == true;
        return (met ? pass.Points : 0m, Explanations.PassFail(pass.Condition, met, pass.Points));
    }

    private (decimal, string) ScoreChecklist(Indicator leaf, ChecklistRule checklist)
    {
        var sum = 0m;
        var parts = new List<string>();
        foreach (var item in checklist.Items)
        {
            var met = Boolean($"{leaf.Key}.{item.Index}", required: true) == true;
            sum += met ? item.Points : 0m;
            parts.Add(Explanations.ChecklistItem(item.Mark, item.Text, met, item.Points));
        }

        return (sum, Explanations.Checklist(parts, sum));
    }

    private (decimal, string) ScoreBand(Indicator leaf, BandRule rule)
    {
        if (DataValue(rule.Subject) is not { } value)
        {
            return (0m, string.Empty);
        }

        var item = _scheme.FindDataItem(rule.Subject)!;
        var band = rule.Bands.FirstOrDefault(b => b.Range.Contains(value))
            ?? throw new UnreachableException($"{rule.Subject} = {value} is in no band; the checker proves the bands cover its domain");
        var edges = new[] { band.Range.Lower, band.Range.Upper }.OfType<decimal>().ToArray();
        var where = Explanations.InBand(Explanations.Value(rule.Subject, value, item.Format, edges), band.Range, item.Format);
        switch (band.Outcome)
        {
            case FixedPointsOutcome fixedPoints:
                return (fixedPoints.Points, Explanations.FixedPoints(where, fixedPoints.Points));
            case StepFromEdgeOutcome step:
                var edge = (step.Step.Direction == StepDirection.Below ? band.Range.Upper : band.Range.Lower)
                    ?? throw new UnreachableException("the checker proves a stepped band has the edge its steps are counted from (SL3111)");
                var (score, deduction) = Deduct(step.Start, edge, value, step.Step, item);
                return (score, Explanations.SteppedBand(where, deduction, step.Start, Round(score)));
            case DiscretionaryOutcome:
                return ScoreDiscretionary(leaf, Explanations.DiscretionaryInBand(where));
            default:
                throw new UnreachableException($"band outcome {band.Outcome.GetType().Name} has no evaluation");
        }
    }

    private (decimal, string) ScoreStep(StepRule rule)
    {
        if (DataValue(rule.Subject) is not { } value)
        {
            return (0m, string.Empty);
        }

        var item = _scheme.FindDataItem(rule.Subject)!;
        var shown = Explanations.Value(rule.Subject, value, item.Format, rule.Threshold);
        var threshold = NumberText.Format(rule.Threshold, item.Format);
        if (Comparison.Holds(rule.Operator, value, rule.Threshold))
        {
            return (rule.FullMarks, Explanations.ThresholdMet(shown, rule.Operator, threshold, rule.FullMarks));
        }

        var (score, deduction) = Deduct(rule.FullMarks, rule.Threshold, value, rule.Step, item);
        return (score, Explanations.ThresholdMissed(shown, rule.Operator, threshold, deduction, Round(score)));
    }

    /// <summary>The stepwise deduction from <paramref name="edge"/> to <paramref name="value"/>, with its explanation.</summary>
    private static (decimal Score, string Explanation) Deduct(decimal start, decimal edge, decimal value, StepDeduction step, DataItem item)
    {
        var distance = Math.Abs(value - edge);
        var steps = Scoring.CountSteps(distance, step.StepSize, step.Rounding);
        var deducted = Math.Min(start, steps * step.PointsPerStep);
        var score = Scoring.DeductSteps(start, distance, step.StepSize, step.PointsPerStep, step.Rounding);
        return (score, Explanations.Steps(step.Direction, edge, item.Format, distance, step.StepText, step.PointsPerStep, step.Rounding, steps, deducted));
    }

    private (decimal, string) ScoreDeduction(Indicator leaf, DeductionRule rule)
    {
        var deducted = 0m;
        var parts = new List<string>();
        foreach (var item in rule.Items)
        {
            var count = Count($"{leaf.Key}.{item.Index}");
            if (count > 0m)
            {
                deducted += count * item.Points;
                parts.Add(Explanations.DeductionItem(item.Mark, item.Text, count, item.UnitWord, count * item.Points));
            }
        }

        var score = Math.Max(0m, leaf.Weight - deducted);
        return (score, Explanations.Deductions(parts, leaf.Weight, score));
    }

    private (decimal, string) ScoreProportional(Indicator leaf, ProportionalRule rule)
    {
        if (DataValue(rule.Subject) is not { } value)
        {
            return (0m, string.Empty);
        }

        var item = _scheme.FindDataItem(rule.Subject)!;
        var cap = rule.Cap ?? 1m;
        var score = Scoring.Proportional(leaf.Weight, value, cap);
        return (score, Explanations.Proportional(rule.Subject, value, item.Format, cap, leaf.Weight, score));
    }

    private (decimal, string) ScoreLevel(Indicator leaf, LevelRule rule)
    {
        if (Field(leaf.Key, required: true) is not { } chosen)
        {
            return (0m, string.Empty);
        }

        var level = rule.Levels.FirstOrDefault(l => l.Name == chosen.Trim());
        if (level is null)
        {
            Error(RecordDiagnostics.UnknownLevel(record.Id, leaf.Key, chosen, rule.Levels.Select(l => l.Name)));
            return (0m, string.Empty);
        }

        return (level.Points, Explanations.Level(level.Name, level.Points));
    }

    private (decimal, string) ScoreDiscretionary(Indicator leaf, string prefix)
    {
        var scoreText = Field(leaf.Key, required: true);
        var reasonKey = $"{leaf.Key}.{InputCatalog.ReasonSuffix}";
        var reason = Field(reasonKey, required: false);
        if (scoreText is null)
        {
            return (0m, string.Empty);
        }

        if (!InputValues.TryParseScore(scoreText, out var score))
        {
            Error(RecordDiagnostics.InvalidScore(record.Id, leaf.Key, scoreText));
            return (0m, string.Empty);
        }

        if (score < 0m || score > leaf.Weight)
        {
            Error(RecordDiagnostics.DiscretionaryOutOfRange(record.Id, leaf.Key, score, leaf.Weight));
            return (0m, string.Empty);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            Error(RecordDiagnostics.ReasonMissing(record.Id, reasonKey));
        }

        return (score, Explanations.Discretionary(prefix, score, reason));
    }
}
