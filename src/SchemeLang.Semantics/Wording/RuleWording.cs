using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Runtime;

namespace SchemeLang.Wording;

/// <summary>
/// A leaf's 评分标准 in the words a finance author uses, generated from the bound rule: bands as
/// "90%（含）以上得2.5分；…", steps as "≥95%得5分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止",
/// checklists with their marks, levels, 酌情 with its range. 得满分 and 不得分 are said where the author said them, and
/// a 目标值 by its name with its value: "≥参保率目标（95%）".
/// </summary>
public static class RuleWording
{
    /// <summary>The leaf's whole 评分标准: its rule, then what 不适用 does.</summary>
    public static string Of(Indicator leaf, BoundScheme scheme) =>
        Rule(leaf, scheme) + GradePoints(leaf.Rule, leaf.Weight) + Bonus(leaf) + NotApplicable(leaf.NotApplicable, "同级指标") + Breakdown(leaf, scheme);

    /// <summary>
    /// 「。其中玉米种植面积8亩；其中大豆种植面积4亩（实际完成值的分项，不计分，每条记录各项之和须等于种植面积的实际完成值）」: the
    /// rows of the leaf's figure, each a line that reads back as written, and what the compiler checks with them.
    /// </summary>
    private static string Breakdown(Indicator leaf, BoundScheme scheme)
    {
        if (leaf.Breakdown.Count == 0)
        {
            return string.Empty;
        }

        var total = scheme.DataConstraints.First(constraint => constraint.Breakdown?.Rows[0] == leaf.Breakdown[0].Key).RightText;
        return $"。{string.Join("；", leaf.Breakdown.Select(BreakdownLine))}（{total}的分项，不计分；每条记录各项之和须等于{total}）";
    }

    /// <summary>One row of a leaf's figure as the line that writes it: 「其中玉米种植面积8亩」.</summary>
    public static string BreakdownLine(BreakdownRow row) => $"其中{row.Name}{row.Written}";

    /// <summary>What 不适用 does, said after the rule; a redistributed leaf's points go to <paramref name="others"/> (同级指标, 其他部分).</summary>
    private static string NotApplicable(NotApplicablePolicy? policy, string others) => policy switch
    {
        null => string.Empty,
        NotApplicablePolicy.FullMarks => "；不适用的得满分",
        NotApplicablePolicy.Redistribute => $"；不适用的不计分，分值按比例分配给{others}",
        _ => throw new UnreachableException($"not-applicable policy {policy}"),
    };

    /// <summary>「；另有附加分4分，最高得44分」 for a leaf written 「目标完成情况 40分，附加分4分」.</summary>
    private static string Bonus(Indicator leaf) =>
        leaf.Bonus > 0m ? $"；另有附加分{Points(leaf.Bonus)}，最高得{Points(leaf.Weight + leaf.Bonus)}" : string.Empty;

    /// <summary>Bands that give grades, then what each grade is worth: 「。各等次：优秀得满分；良好得80%；…」.</summary>
    private static string GradePoints(BoundRule? rule, decimal weight) => rule is BandRule { Grades: { } grades }
        ? "。各等次：" + string.Join("；", grades.Levels.Select(level => $"{level.Name}{Award(level.Points, level.Wording, weight)}"))
        : string.Empty;

    /// <summary>
    /// The leaf's rule in one sentence. It is scheme text too: after its kind's keyword (是否, 分项, 扣分, 区间, 等次,
    /// 按比例; none for a threshold, 酌情评分 or 待定) it reads back as the same rule.
    /// </summary>
    public static string Rule(Indicator leaf, BoundScheme scheme) => leaf.Rule switch
    {
        null => "（未写评分标准）",
        PassFailRule passFail => $"{passFail.Condition}{Award(passFail.Points, passFail.Wording, leaf.Weight)}，{passFail.OtherwiseText ?? "否则"}{(passFail.OtherwiseJudged ? "酌情扣分" : passFail.OtherwiseDeduction is { } deduction ? $"扣{Points(deduction)}" : "不得分")}",
        ChecklistRule checklist => string.Join("；", checklist.Items.Select(item => $"{item.Mark}{item.Text}得{Points(item.Points)}")) + OtherProblems(checklist.OtherProblems),
        DeductionRule deduction => string.Join("；", deduction.Items.Select(item => $"{item.Mark}{item.Text}，每{item.UnitWord}扣{Points(item.Points)}")) + (deduction.MaxDeduction is { } cap ? $"；扣完{Points(cap)}为止" : "；扣完为止"),
        // The leaf's own 实际完成值 has no name to write: its threshold is written as it was (「≥ 30个得满分，否则不得分」).
        BandRule { OwnValue: true, Bands: [var met, ..] } when met.Outcome is FixedPointsOutcome points =>
            $"{met.Written.Text}{Award(points.Points, points.Wording, leaf.Weight)}，否则不得分",
        BandRule band => Bands(band, MeasureOf(scheme, band.Subject), leaf.Weight),
        StepRule step => Threshold(step, MeasureOf(scheme, step.Subject)),
        ProportionalRule proportional => $"{RatioText(proportional, scheme)} × {Points(leaf.Weight)}{(proportional.Cap is { } cap ? $"，封顶{Value(cap, MeasureOf(scheme, proportional.Subject))}" : string.Empty)}",
        LevelRule levels => Question(levels.Question) + string.Join("；", levels.Levels.Select(level => $"{level.Name}{Award(level.Points, level.Wording, leaf.Weight)}"))
            + OtherProblems(levels.OtherProblems) + LevelDeductions(levels.Deductions),
        PendingRule pending => $"待定{(pending.Wording is { } wording ? $"：{wording}" : string.Empty)}",
        DiscretionaryRule discretionary => $"酌情评分（{NumberText.Plain(discretionary.Min)}至{Points(discretionary.Max ?? leaf.Weight)}）{(discretionary.Guidance is { } guidance ? $"：{guidance}" : string.Empty)}",
        // The 自评表's own words: its 填表说明, printed once on the page, says how each is scored.
        TargetRatioRule ratio => $"年度指标值 {ratio.Text}",
        QualitativeRule qualitative => $"年度指标值 {qualitative.Target}",
        BudgetExecutionRule budget => budget.Rows.Count == 0 ? "预算执行" : $"预算执行，其中：{string.Join("、", budget.Rows)}",
        PartsRule parts => EqualShares(parts) + string.Join("。", parts.Parts.Select(part => $"{PartHeading(part)}：{Rule(part, scheme)}{NotApplicable(part.NotApplicable, "其他部分")}")),
        _ => throw new UnreachableException($"rule {leaf.Rule.GetType().Name} has no wording"),
    };

    /// <summary>A completion ratio written in the rule, with the value of the 目标值 it divides by: 「完成户数 ÷ 户数目标（30户）」.</summary>
    private static string RatioText(ProportionalRule proportional, BoundScheme scheme) =>
        proportional.IsCompletionRatio && scheme.FindDataItem(proportional.Subject.Name)?.Formula is { } ratio ? FormulaWording.Of(ratio) : proportional.Subject.Name;

    /// <summary>
    /// 「其中资金到位率占40%」 or 「其中资金到位率2分」 as the author gave the share; 「其中资金到位率（2分）」 when the parts
    /// share the weight equally and no part says.
    /// </summary>
    public static string PartHeading(Indicator part) => part.DeclaredWeight switch
    {
        { IsPercent: true } percent => $"其中{part.Name}占{NumberText.Percent(percent.Value)}",
        not null => $"其中{part.Name}{Points(part.Weight)}",
        null => $"其中{part.Name}（{Points(part.Weight)}）",
    };

    /// <summary>The lead question before the levels, as written: 「绩效目标是否明确，」.</summary>
    private static string Question(string? question) =>
        question is null ? string.Empty : question.EndsWith('？') || question.EndsWith('?') ? question : question + "，";

    /// <summary>
    /// 「；在所评等次得分上再扣：发现挤占挪用的，扣2分；每发现一处扣1分」 after the levels: said once to come off the level
    /// reached, so no reader takes a deduction for another level to choose.
    /// </summary>
    private static string LevelDeductions(IReadOnlyList<LevelDeduction> deductions) => deductions.Count == 0
        ? string.Empty
        : $"；{LevelDeductionPlan.Lead}：" + string.Join("；", deductions.Select(LevelDeduction));

    /// <summary>「发现挤占挪用的，扣2分」 or 「每发现一处扣1分」.</summary>
    private static string LevelDeduction(LevelDeduction deduction) => deduction.Each is { } each
        ? $"{(deduction.Text.Length == 0 ? string.Empty : deduction.Text + "，")}每{each}扣{Points(deduction.Points)}"
        : $"{deduction.Text}，扣{Points(deduction.Points)}";

    /// <summary>「两项平均分配。」 before parts that share the weight equally: the line that says so, written or not (SL2044).</summary>
    public static string EqualShares(PartsRule parts) => parts.EqualShares ? PartsRule.EqualSharesLine(parts.Parts.Count) + "。" : string.Empty;

    /// <summary>「；存在其他问题的酌情扣分」 after a 分项 or 等次 table, in the author's words.</summary>
    private static string OtherProblems(string? wording) => wording is null ? string.Empty : $"；{wording}酌情扣分";

    /// <summary>The 目标值 the leaf's rule names, each with its value: 「参保率目标 95%」, for the table's 目标值 column.</summary>
    public static string Targets(Indicator leaf, BoundScheme scheme)
    {
        IEnumerable<(string Name, decimal Value, Measure Measure)> named = leaf.Rule switch
        {
            StepRule { Threshold.Target: { } target } step => [(target, step.Threshold.Value, MeasureOf(scheme, step.Subject))],
            ProportionalRule { Cap.Target: { } target } proportional => [(target, proportional.Cap.Value, MeasureOf(scheme, proportional.Subject))],
            BandRule band => band.Bands.SelectMany(row => BandTargets(row, MeasureOf(scheme, band.Subject))),
            _ => [],
        };
        return string.Join("；", named.Distinct().Select(target => $"{target.Name} {NumberText.Format(target.Value / target.Measure.Scale, target.Measure.Format)}{target.Measure.Unit}"));
    }

    private static IEnumerable<(string Name, decimal Value, Measure Measure)> BandTargets(Band band, Measure measure)
    {
        if (band.Written.LowerTarget is { } lower && band.Range.Lower is { } lowerValue)
        {
            yield return (lower, lowerValue, measure);
        }

        if (band.Written.UpperTarget is { } upper && band.Range.Upper is { } upperValue)
        {
            yield return (upper, upperValue, measure);
        }
    }

    private static string Bands(BandRule rule, Measure measure, decimal weight) =>
        $"{rule.Subject}：" + string.Join("；", rule.Bands.Select(band => Band(band, measure, weight)));

    /// <summary>One row of a band table as the page words it: 「95%（含）至100%（不含）得3.6分」.</summary>
    public static string Band(Band band, BandRule rule, BoundScheme scheme, decimal weight) => Band(band, MeasureOf(scheme, rule.Subject), weight);

    private static string Band(Band band, Measure measure, decimal weight) =>
        RangeWording.Of(measure.InUnit(band.Range), measure.Format, band.Written.LowerTarget, band.Written.UpperTarget, measure.Unit) + band.Outcome switch
        {
            FixedPointsOutcome { Grade: { } grade } => $"为{grade}",
            FixedPointsOutcome fixedPoints => Award(fixedPoints.Points, fixedPoints.Wording, fixedPoints.Points),
            StepFromEdgeOutcome stepped => $"，自{Points(stepped.Start)}起，{Step(stepped.Step, measure)}{(stepped.Step.MaxDeduction is { } cap ? $"，最多扣{Points(cap)}" : string.Empty)}",
            DiscretionaryOutcome { Min: 0m } discretionary when discretionary.Max == weight => "酌情给分",
            DiscretionaryOutcome discretionary => $"酌情给分（{NumberText.Plain(discretionary.Min)}至{Points(discretionary.Max)}）",
            _ => throw new UnreachableException($"band outcome {band.Outcome.GetType().Name} has no wording"),
        };

    /// <summary>A step as the page words it, for a rule over <paramref name="subject"/>: 「每少1户扣1分，不满1户按1户计」.</summary>
    public static string Step(StepDeduction step, DataReference subject, BoundScheme scheme) => Step(step, MeasureOf(scheme, subject));

    private static string Threshold(StepRule rule, Measure measure) =>
        $"{(rule.OwnValue ? string.Empty : rule.Subject.Name)}{Comparison.Symbol(rule.Operator)}{Value(rule.Threshold, measure)}{Award(rule.FullMarks, rule.FullMarksWording, rule.FullMarks)}，{Step(rule.Step, measure)}，{(rule.Step.MaxDeduction is { } cap ? $"最多扣{Points(cap)}" : "扣完为止")}";

    /// <summary>The points as the author wrote them: 得满分, 不得分, 得 N 分, or 扣 N 分 from <paramref name="weight"/>.</summary>
    private static string Award(decimal points, PointsWording wording, decimal weight) => wording switch
    {
        PointsWording.FullMarks => "得满分",
        PointsWording.NoPoints => "不得分",
        PointsWording.Points => $"得{Points(points)}",
        PointsWording.Deduction => $"扣{Points(weight - points)}",
        PointsWording.Share => $"得{NumberText.Percent(weight == 0m ? 0m : points / weight)}",
        PointsWording.Judged => "酌情扣分",
        _ => throw new UnreachableException($"points wording {wording}"),
    };

    private static string Value(BoundValue value, Measure measure) => RangeWording.Value(value.Value / measure.Scale, measure.Format, value.Target, measure.Unit);

    /// <summary>每低1个百分点 for a rate, 每少1户 for a count; 每超 either way.</summary>
    private static string Step(StepDeduction step, Measure measure) =>
        $"{(step.Direction, measure.Unit) switch { (StepDirection.Below, null) => "每低", (StepDirection.Below, _) => "每少", _ => "每超" }}{step.StepText}扣{Points(step.PointsPerStep)}" + step.Rounding switch
        {
            StepRounding.Ceiling => $"，不满{step.StepText}按{step.StepText}计",
            StepRounding.Floor => $"，不满{step.StepText}不扣",
            StepRounding.Exact => "，按实际计算",
            _ => throw new UnreachableException($"step rounding {step.Rounding}"),
        };

    /// <summary>
    /// How a subject's values are written: its format, and the unit of a count or quantity (户, 公顷) or of money the
    /// author counts in 万元 or 亿元 (values are held in 元 and shown in the author's unit: 100万元, not 1000000元).
    /// </summary>
    private static Measure MeasureOf(BoundScheme scheme, DataReference subject) => scheme.FindDataItem(subject.Name) switch
    {
        { Type: DataTypeKind.Count or DataTypeKind.Number } item => new Measure(item.Format, item.Unit),
        { Type: DataTypeKind.Money, Scale: not 1m } item => new Measure(ValueFormat.Plain, item.Unit, item.Scale),
        { } item => new Measure(item.Format, null),
        null => new Measure(ValueFormat.Plain, null),
    };

    private readonly record struct Measure(ValueFormat Format, string? Unit, decimal Scale = 1m)
    {
        public Interval InUnit(Interval range) => Scale == 1m ? range : range.DividedBy(Scale);
    }

    private static string Points(decimal points) => NumberText.Points(points);
}
