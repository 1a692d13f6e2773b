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
        var condition = pass.Condition is null ? string.Empty : $"「{pass.Condition}」";
        return met ? (pass.Points, $"达到{condition}，得 {NumberText.Points(pass.Points)}") : (0m, $"未达到{condition}，不得分");
    }

    private (decimal, string) ScoreChecklist(Indicator leaf, ChecklistRule checklist)
    {
        var sum = 0m;
        var parts = new List<string>();
        foreach (var item in checklist.Items)
        {
            var met = Boolean($"{leaf.Key}.{item.Index}", required: true) == true;
            sum += met ? item.Points : 0m;
            parts.Add($"{item.Mark}{item.Text}{(met ? $" 得 {NumberText.Points(item.Points)}" : " 未达到，不得分")}");
        }

        return (sum, $"{string.Join("；", parts)}；合计 {NumberText.Points(sum)}");
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
        var where = $"{rule.Subject} {NumberText.Approximate(value, item.Format, edges)}，位于 {band.Range.ToDisplayString(item.Format)} 档";
        switch (band.Outcome)
        {
            case FixedPointsOutcome fixedPoints:
                return (fixedPoints.Points, fixedPoints.Points == 0m ? $"{where}，不得分" : $"{where}，得 {NumberText.Points(fixedPoints.Points)}");
            case StepFromEdgeOutcome step:
                var edge = (step.Step.Direction == StepDirection.Below ? band.Range.Upper : band.Range.Lower)
                    ?? throw new UnreachableException("the checker proves a stepped band has the edge its steps are counted from (SL3111)");
                var (score, deduction) = Deduct(step.Start, edge, value, step.Step, item);
                return (score, $"{where}，{deduction}，自 {NumberText.Points(step.Start)}起扣，得 {NumberText.Points(Round(score))}");
            case DiscretionaryOutcome:
                return ScoreDiscretionary(leaf, $"{where}，酌情");
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
        var shown = $"{rule.Subject} {NumberText.Approximate(value, item.Format, rule.Threshold)}";
        var threshold = NumberText.Format(rule.Threshold, item.Format);
        if (Comparison.Holds(rule.Operator, value, rule.Threshold))
        {
            return (rule.FullMarks, $"{shown}，达到 {Comparison.Symbol(rule.Operator)} {threshold}，得 {NumberText.Points(rule.FullMarks)}");
        }

        var (score, deduction) = Deduct(rule.FullMarks, rule.Threshold, value, rule.Step, item);
        return (score, $"{shown}，未达到 {Comparison.Symbol(rule.Operator)} {threshold}，{deduction}，得 {NumberText.Points(Round(score))}");
    }

    /// <summary>The stepwise deduction from <paramref name="edge"/> to <paramref name="value"/>, with its explanation.</summary>
    private static (decimal Score, string Explanation) Deduct(decimal start, decimal edge, decimal value, StepDeduction step, DataItem item)
    {
        var distance = Math.Abs(value - edge);
        var steps = Scoring.CountSteps(distance, step.StepSize, step.Rounding);
        var deducted = Math.Min(start, steps * step.PointsPerStep);
        var score = Scoring.DeductSteps(start, distance, step.StepSize, step.PointsPerStep, step.Rounding);
        var gap = item.Type == DataTypeKind.Percent
            ? $"{NumberText.Approximate(distance * 100m, ValueFormat.Plain, 0m)} 个百分点"
            : NumberText.Approximate(distance, item.Format, 0m);
        var rounding = step.Rounding switch
        {
            StepRounding.Ceiling => "不满一档按一档计",
            StepRounding.Floor => "不足一档不扣",
            StepRounding.Exact => "按实际计算",
            _ => throw new UnreachableException($"step rounding {step.Rounding}"),
        };
        var direction = step.Direction switch
        {
            StepDirection.Below => "低于",
            StepDirection.Above => "超过",
            _ => throw new UnreachableException($"step direction {step.Direction}"),
        };
        return (score, $"{direction} {NumberText.Format(edge, item.Format)} 共 {gap}，每 {step.StepText} 扣 {NumberText.Points(step.PointsPerStep)}，{rounding}，计 {NumberText.Approximate(steps, ValueFormat.Plain)} 档，扣 {NumberText.Points(deducted)}");
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
                parts.Add($"{item.Mark}{item.Text} {NumberText.Plain(count)} {item.UnitWord ?? "次"}，扣 {NumberText.Points(count * item.Points)}");
            }
        }

        var score = Math.Max(0m, leaf.Weight - deducted);
        return parts.Count == 0
            ? (leaf.Weight, $"没有扣分情形，得 {NumberText.Points(leaf.Weight)}")
            : (score, $"{string.Join("；", parts)}；自 {NumberText.Points(leaf.Weight)}起扣，扣完为止，得 {NumberText.Points(score)}");
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
        var rate = Math.Min(Math.Max(value, 0m), cap);
        var capped = value > cap ? $"（超过 {NumberText.Format(cap, item.Format)} 按 {NumberText.Format(cap, item.Format)} 计）" : string.Empty;
        return (score, $"{rule.Subject} {NumberText.Approximate(value, item.Format, cap)}{capped}，{NumberText.Plain(leaf.Weight)} × {NumberText.Approximate(rate, item.Format, cap)} = {NumberText.Approximate(score, ValueFormat.Points, leaf.Weight)}");
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

        return (level.Points, level.Points == 0m ? $"评为「{level.Name}」，不得分" : $"评为「{level.Name}」，得 {NumberText.Points(level.Points)}");
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

        return (score, $"{prefix}得 {NumberText.Points(score)}：{reason}");
    }
}
