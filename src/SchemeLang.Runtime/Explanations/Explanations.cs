using System.Diagnostics;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Runtime;

/// <summary>
/// Every Chinese sentence that explains a score, in one place: the interpreter and generated scorers call these with
/// the facts of a leaf, so the two can only say the same thing.
/// </summary>
public static partial class Explanations
{
    public const string NotApplicableFullMarks = "不适用，按评分标准得满分";

    public const string Redistributed = "不适用，分值按比例分配给同级其他指标";

    public const string PartRedistributed = "不适用，分值按比例分配给其他部分";

    /// <summary>A group with no indicators this year (经济效益指标 无): its rule on the page and its explanation alike.</summary>
    public const string EmptyGroup = "本年度没有这一组的指标，计 0 分";

    public static string ParentSum(decimal sum) => $"下级指标得分合计 {NumberText.Points(sum)}";

    public static string PartRescaled(decimal weight, decimal score) => $"；不适用部分的分值按比例分配后本部分满分 {NumberText.Points(weight)}，折算得 {NumberText.Points(score)}";

    public static string Rescaled(decimal weight, decimal score) => $"；不适用指标的分值按比例分配后本项满分 {NumberText.Points(weight)}，折算得 {NumberText.Points(score)}";

    public static string MissingScoredZero(IEnumerable<string> fields) => $"缺少{string.Join("、", fields.Select(field => $"「{field}」"))}，按规定不得分";

    private static string Quoted(string? condition) => condition is null ? string.Empty : $"「{condition}」";

    public static string PassFail(string? condition, bool met, decimal points, decimal otherwise)
    {
        var quoted = Quoted(condition);
        return met ? $"达到{quoted}，得 {NumberText.Points(points)}"
            : otherwise == 0m ? $"未达到{quoted}，不得分"
            : $"未达到{quoted}，扣 {NumberText.Points(points - otherwise)}，得 {NumberText.Points(otherwise)}";
    }

    public static string ChecklistItem(string mark, string text, bool met, decimal points) =>
        $"{mark}{text}{(met ? $" 得 {NumberText.Points(points)}" : " 未达到，不得分")}";

    public static string Checklist(IEnumerable<string> items, decimal sum) => $"{string.Join("；", items)}；合计 {NumberText.Points(sum)}";

    /// <summary>"满意度 84.67%": the value shown so that it never lands on the other side of <paramref name="edges"/>.</summary>
    public static string Value(string subject, decimal value, ValueFormat format, params ReadOnlySpan<decimal> edges) =>
        $"{subject} {NumberText.Approximate(value, format, edges)}";

    public static string InBand(string shownValue, Interval band, ValueFormat format) => $"{shownValue}，位于{RangeWording.Of(band, format)}一档";

    public static string FixedPoints(string where, decimal points, string? grade = null)
    {
        var graded = grade is null ? where : $"{where}，评为「{grade}」";
        return points == 0m ? $"{graded}，不得分" : $"{graded}，得 {NumberText.Points(points)}";
    }

    public static string SteppedBand(string where, string deduction, decimal start, decimal score) =>
        $"{where}，{deduction}，自 {NumberText.Points(start)}起扣，得 {NumberText.Points(score)}";

    public static string ThresholdMet(string shownValue, ComparisonOperator op, string threshold, decimal fullMarks) =>
        $"{shownValue}，达到 {Comparison.Symbol(op)} {threshold}，得 {NumberText.Points(fullMarks)}";

    public static string ThresholdMissed(string shownValue, ComparisonOperator op, string threshold, string deduction, decimal score) =>
        $"{shownValue}，未达到 {Comparison.Symbol(op)} {threshold}，{deduction}，得 {NumberText.Points(score)}";

    /// <summary>"低于 95% 共 0.004 个百分点，每 1个百分点 扣 1分，不满一档按一档计，计 1 档，扣 1分".</summary>
    public static string Steps(StepDirection direction, decimal edge, ValueFormat format, decimal distance, string stepText, decimal perStep, StepRounding rounding, decimal steps, decimal deducted)
    {
        var gap = format == ValueFormat.Percent
            // A distance too large for ×100 is a whole number of points already: shown exactly, never approximated.
            ? $"{(Math.Abs(distance) <= decimal.MaxValue / 100m ? NumberText.Approximate(distance * 100m, ValueFormat.Plain, 0m) : NumberText.Hundredfold(distance))} 个百分点"
            : NumberText.Approximate(distance, format, 0m);
        var roundingText = rounding switch
        {
            StepRounding.Ceiling => "不满一档按一档计",
            StepRounding.Floor => "不足一档不扣",
            StepRounding.Exact => "按实际计算",
            _ => throw new UnreachableException($"step rounding {rounding}"),
        };
        var directionText = direction switch
        {
            StepDirection.Below => "低于",
            StepDirection.Above => "超过",
            _ => throw new UnreachableException($"step direction {direction}"),
        };
        return $"{directionText} {NumberText.Format(edge, format)} 共 {gap}，每 {stepText} 扣 {NumberText.Points(perStep)}，{roundingText}，计 {NumberText.Approximate(steps, ValueFormat.Plain)} 档，扣 {NumberText.Points(deducted)}";
    }

    public static string DeductionItem(string mark, string text, decimal count, string? unitWord, decimal points) =>
        $"{mark}{text} {NumberText.Plain(count)} {unitWord ?? "次"}，扣 {NumberText.Points(points)}";

    public static string Deductions(IReadOnlyList<string> items, decimal weight, decimal? maxDeduction, decimal score) => items.Count == 0
        ? $"没有扣分情形，得 {NumberText.Points(weight)}"
        : $"{string.Join("；", items)}；自 {NumberText.Points(weight)}起扣，{(maxDeduction is { } cap ? $"最多扣 {NumberText.Points(cap)}" : "扣完为止")}，得 {NumberText.Points(score)}";

    public static string Proportional(string subject, decimal value, ValueFormat format, decimal cap, decimal weight, decimal score)
    {
        var rate = Math.Min(Math.Max(value, 0m), cap);
        var capped = value > cap ? $"（超过 {NumberText.Format(cap, format)} 按 {NumberText.Format(cap, format)} 计）" : string.Empty;
        return $"{Value(subject, value, format, cap)}{capped}，{NumberText.Plain(weight)} × {NumberText.Approximate(rate, format, cap)} = {NumberText.Approximate(score, ValueFormat.Points, weight)}";
    }

    public static string Level(string name, decimal points) => points == 0m ? $"评为「{name}」，不得分" : $"评为「{name}」，得 {NumberText.Points(points)}";

    public const string DiscretionaryRule = "酌情";

    public const string PendingRule = "评分标准待定，按评价提供";

    public static string DiscretionaryInBand(string where) => $"{where}，酌情";

    public static string Discretionary(string prefix, decimal score, string? reason) => $"{prefix}得 {NumberText.Points(score)}：{reason}";

    /// <summary>What an applied veto did to the total: 扣 N 分 (or 总分为零, when <paramref name="written"/> is null) and what it actually took.</summary>
    public static string Veto(decimal? written, decimal deducted) => written is { } points
        ? $"扣 {NumberText.Points(points)}，实扣 {NumberText.Points(deducted)}"
        : $"总分为零，实扣 {NumberText.Points(deducted)}";

    /// <summary>An applied veto with its text: 「text：扣 N 分，实扣 M 分」.</summary>
    public static string Veto(AppliedVeto veto) => $"{veto.Text}：{Veto(veto.Written, veto.Deducted)}";

    /// <summary>The sentence for a leaf scored by <paramref name="rule"/> as <paramref name="trace"/> records; scores shown to <paramref name="decimals"/> places.</summary>
    /// <param name="rescaled">The leaf's weight and score after redistribution gave it more weight; null when its weight is as written.</param>
    public static string Render(RulePlan rule, in LeafTrace trace, int decimals, (decimal Weight, decimal Score)? rescaled = null)
    {
        var sentence = trace.Outcome switch
        {
            LeafOutcome.Unscored => string.Empty,
            LeafOutcome.NotApplicableFullMarks => NotApplicableFullMarks,
            LeafOutcome.MissingScoredZero => MissingScoredZero(trace.Missing ?? []),
            LeafOutcome.Redistributed => Redistributed,
            LeafOutcome.Scored => Scored(rule, trace, decimals),
            _ => throw new UnreachableException($"leaf outcome {trace.Outcome}"),
        };
        return rescaled is var (weight, score) ? sentence + Rescaled(weight, score) : sentence;
    }

    private static string Scored(RulePlan rule, in LeafTrace trace, int decimals)
    {
        switch (rule)
        {
            case PassFailPlan { OtherwiseJudged: true } pass when !trace.Met:
                return Discretionary($"未达到{Quoted(pass.Condition)}，酌情", trace.Score, trace.Reason);
            case PassFailPlan pass:
                return PassFail(pass.Condition, trace.Met, pass.Points, pass.Otherwise);
            case ChecklistPlan checklist:
                var items = trace.Items;
                var sum = Checklist(checklist.Items.Select((item, i) => ChecklistItem(item.Mark, item.Text, (items & (1UL << i)) != 0, item.Points)), trace.Score + trace.Value);
                return LessOtherProblems(sum, checklist.OtherProblems, trace);
            case BandTablePlan table:
                var band = table.Bands[trace.Index];
                var edges = new[] { band.Range.Lower, band.Range.Upper }.OfType<decimal>().ToArray();
                var where = InBand(Value(table.Subject, trace.Value, table.Format, edges), band.Range, table.Format);
                return band.Outcome switch
                {
                    FixedPointsPlan fixedPoints => FixedPoints(where, fixedPoints.Points, fixedPoints.Grade),
                    SteppedPlan stepped => SteppedBand(where, StepsOf(stepped.Step, StepEdge(band.Range, stepped.Step), table.Format, stepped.Start, trace), stepped.Start, Round(trace.Score, decimals)),
                    DiscretionaryBandPlan => Discretionary(DiscretionaryInBand(where), trace.Score, trace.Reason),
                    _ => throw new UnreachableException($"band outcome {band.Outcome.GetType().Name} has no sentence"),
                };
            case ThresholdPlan threshold:
                var shown = Value(threshold.Subject, trace.Value, threshold.Format, threshold.Threshold);
                var thresholdText = NumberText.Format(threshold.Threshold, threshold.Format);
                return trace.Met
                    ? ThresholdMet(shown, threshold.Operator, thresholdText, threshold.FullMarks)
                    : ThresholdMissed(shown, threshold.Operator, thresholdText, StepsOf(threshold.Step, threshold.Threshold, threshold.Format, threshold.FullMarks, trace), Round(trace.Score, decimals));
            case DeductionPlan deduction:
                var counts = trace.Counts ?? [];
                var parts = deduction.Items
                    .Select((item, i) => (Item: item, Count: i < counts.Count ? counts[i] : 0m))
                    .Where(entry => entry.Count > 0m)
                    .Select(entry => DeductionItem(entry.Item.Mark, entry.Item.Text, entry.Count, entry.Item.UnitWord, entry.Count * entry.Item.Points))
                    .ToArray();
                return Deductions(parts, deduction.Weight, deduction.MaxDeduction, trace.Score);
            case ProportionalPlan proportional:
                return Proportional(proportional.Subject, trace.Value, proportional.Format, proportional.Cap, proportional.Weight, trace.Score);
            case LevelPlan levels:
                var level = levels.Levels[trace.Index];
                var chosen = level.Judged ? Discretionary($"评为「{level.Name}」，酌情", trace.Score + trace.Value, trace.Reason) : Level(level.Name, level.Points);
                return LessLevelDeductions(LessOtherProblems(chosen, levels.OtherProblems, trace), levels, trace);
            case DiscretionaryPlan:
                return Discretionary(DiscretionaryRule, trace.Score, trace.Reason);
            case PendingPlan:
                return Discretionary(PendingRule, trace.Score, trace.Reason);
            case PartsPlan inParts:
                return Parts(inParts, [.. trace.Parts ?? []], decimals);
            case TargetRatioPlan ratio:
                return TargetRatio(ratio, trace, decimals);
            case QualitativePlan qualitative:
                return Qualitative(qualitative, trace);
            case BudgetExecutionPlan budget:
                return BudgetExecution(budget, trace, decimals);
            default:
                throw new UnreachableException($"rule plan {rule.GetType().Name} has no sentence");
        }
    }

    /// <summary>「资金到位率（2分）：…。资金使用率（3分）：…。合计 4.5分」: each part's own sentence, then their sum.</summary>
    private static string Parts(PartsPlan rule, LeafTrace[] traces, int decimals)
    {
        var weights = LeafRules.PartWeights(rule, traces, decimals);
        var sentences = new string[traces.Length];
        var sum = 0m;
        for (var i = 0; i < traces.Length; i++)
        {
            var part = rule.Parts[i];
            var score = LeafRules.PartScore(part, traces[i], weights[i], decimals);
            sum += score;
            var sentence = traces[i].Outcome == LeafOutcome.Redistributed
                ? PartRedistributed
                : Render(part.Leaf!.Rule, traces[i], decimals) + (weights[i] == part.Weight ? string.Empty : PartRescaled(weights[i], score));
            sentences[i] = $"{part.Name}（{NumberText.Points(part.Weight)}）：{sentence}";
        }

        return $"{string.Join("。", sentences)}。合计 {NumberText.Points(sum)}";
    }

    /// <summary>「…；存在其他问题的，酌情扣 0.5 分：理由，得 2.5 分」 after what the table gave, when the evaluator took something off.</summary>
    private static string LessOtherProblems(string given, string? otherProblems, in LeafTrace trace) =>
        otherProblems is null || trace.Value == 0m
            ? given
            : $"{given}；{(otherProblems.Length == 0 ? "其他问题" : otherProblems)}，酌情扣 {NumberText.Points(trace.Value)}：{trace.Reason}，得 {NumberText.Points(trace.Score)}";

    /// <summary>
    /// 「…；在所评等次得分上再扣：发现挤占挪用的，扣 2分；每发现一处扣1分：3次，扣 3分，得 3分」 after the level, for each
    /// deduction that applied, in the words the 评分标准 page uses.
    /// </summary>
    private static string LessLevelDeductions(string given, LevelPlan rule, in LeafTrace trace)
    {
        if (trace.Counts is not { } counts)
        {
            return given;
        }

        var taken = rule.Deductions
            .Select((deduction, i) => (Deduction: deduction, Count: i < counts.Count ? counts[i] : 0m))
            .Where(entry => entry.Count > 0m)
            .Select(entry => entry.Deduction.Each is { } each
                ? $"{(entry.Deduction.Text.Length == 0 ? string.Empty : entry.Deduction.Text + "，")}每{each}扣{NumberText.Points(entry.Deduction.Points)}：{NumberText.Plain(entry.Count)}次，扣 {NumberText.Points(entry.Count * entry.Deduction.Points)}"
                : $"{entry.Deduction.Text}，扣 {NumberText.Points(entry.Deduction.Points)}");
        return $"{given}；{LevelDeductionPlan.Lead}：{string.Join("；", taken)}，得 {NumberText.Points(trace.Score)}";
    }

    /// <summary>The edge a stepped band counts from: its upper edge for 每低, its lower edge for 每超 (the checker proves it exists).</summary>
    public static decimal StepEdge(Interval band, StepPlan step) =>
        (step.Direction == StepDirection.Below ? band.Upper : band.Lower)
        ?? throw new UnreachableException("the checker proves a stepped band has the edge its steps are counted from (SL3111)");

    /// <summary>The steps from <paramref name="edge"/> to the value and what they took, counted as the rule counted them.</summary>
    private static string StepsOf(StepPlan step, decimal edge, ValueFormat format, decimal start, in LeafTrace trace)
    {
        var distance = Math.Abs(trace.Value - edge);
        var steps = Scoring.CountSteps(distance, step.Size, step.Rounding);
        var deducted = Math.Min(Math.Min(start, step.MaxDeduction ?? start), steps * step.PointsPerStep);
        return Steps(step.Direction, edge, format, distance, step.SizeText, step.PointsPerStep, step.Rounding, steps, deducted);
    }

    private static decimal Round(decimal score, int decimals) => Scoring.RoundScore(score, decimals);
}

