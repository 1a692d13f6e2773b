using SchemeLang.Collections;
using SchemeLang.Runtime;

namespace SchemeLang.Binding;

/// <summary>
/// A leaf's scoring standard with every number resolved, and what the author wrote where a page must say it again:
/// the data item each rule reads (with where it was named), targets by name, 得满分 and 不得分 as written. One sealed
/// record per rule kind; equal when they mean and say the same, wherever they were written (see <see cref="Site"/>).
/// </summary>
public abstract record BoundRule(Site Span);

/// <summary>A data item a rule reads, by its name, where the rule names it.</summary>
public sealed record DataReference(string Name, Site Span)
{
    public override string ToString() => Name;
}

/// <summary>A number in a rule: its value, and the 目标值 it was written as, if it was written as one.</summary>
public sealed record BoundValue(decimal Value, string? Target);

/// <summary>How the author wrote the points a rule awards.</summary>
public enum PointsWording
{
    /// <summary>得 N 分.</summary>
    Points,

    /// <summary>得满分: the leaf's weight.</summary>
    FullMarks,

    /// <summary>不得分: 0.</summary>
    NoPoints,

    /// <summary>扣 N 分: the weight less N.</summary>
    Deduction,

    /// <summary>得 N%: that share of the weight (a grade grid's column: 良好 得80%).</summary>
    Share,

    /// <summary>酌情扣分: the evaluator's score, up to the weight (其他：酌情扣分).</summary>
    Judged,
}

/// <summary>
/// 是否: met → <see cref="Points"/>; not met → 0, or the points less <see cref="OtherwiseDeduction"/> when written
/// (「否则扣3分」), or when <see cref="OtherwiseJudged"/> (「否则酌情扣分」) the evaluator's score in [0, <see cref="Points"/>] with a reason.
/// </summary>
/// <remarks><see cref="OtherwiseText"/>: the case not met in the author's words (「不健全的」), null when written 否则.</remarks>
public sealed record PassFailRule(string? Condition, decimal Points, PointsWording Wording, decimal? OtherwiseDeduction, Site Span, bool OtherwiseJudged = false, string? OtherwiseText = null) : BoundRule(Span)
{
    public decimal OtherwisePoints => OtherwiseDeduction is { } deduction ? Math.Max(0m, Points - deduction) : 0m;
}

/// <summary>
/// A leaf scored in parts (「两项各占50%」): each part is scored by its own rule against its own points, and the leaf's
/// score is their sum. A part is an <see cref="Indicator"/> of its own — keyed 「B21.资金到位率」, with its weight, rule and
/// 不适用 — that is not in the tree: the leaf stays one indicator. A part 不适用 重新分配 hands its points to the others.
/// <see cref="EqualShares"/> when no part writes its share: they share the weight equally (said 「两项平均分配」, or guessed: SL2044).
/// </summary>
public sealed record PartsRule(EquatableArray<Indicator> Parts, Site Span, bool EqualShares = false) : BoundRule(Span)
{
    /// <summary>The line that shares a leaf's weight equally among <paramref name="count"/> parts: 「两项平均分配」, 「各部分平均分配」 past ten.</summary>
    public static string EqualSharesLine(int count) => count is >= 1 and <= 10 ? $"{"一两三四五六七八九十"[count - 1]}项平均分配" : "各部分平均分配";
}

/// <summary>
/// 分项; <see cref="OtherProblems"/> is the wording of a deduction the evaluator may still make from what the items gave
/// (「其他问题」 of 「其他问题酌情扣分」), null when the table has none.
/// </summary>
public sealed record ChecklistRule(EquatableArray<ChecklistItem> Items, Site Span, string? OtherProblems = null) : BoundRule(Span);

public sealed record ChecklistItem(int Index, string Mark, string Text, decimal Points, Site Span);

/// <summary>
/// 区间; <see cref="Grades"/> is the 等次 table that gives the points of bands that give grades (为优秀), if any do.
/// <see cref="OwnValue"/> when the subject is the leaf's own 实际完成值 (「≥ 30个 得满分，否则不得分」 naming no data item).
/// </summary>
public sealed record BandRule(DataReference Subject, EquatableArray<Band> Bands, Site Span, LevelRule? Grades = null, bool OwnValue = false) : BoundRule(Span);

public sealed record Band(Interval Range, WrittenRange Written, BandOutcome Outcome, Site Span);

/// <summary>
/// A range as written: its text, whether it was written as an interval (「[80%, 90%)」) or in words, whether its form
/// leaves the bounds' inclusion open (「80%-90%」), and the 目标值 named as its bounds.
/// </summary>
public sealed record WrittenRange(string Text, bool IsInterval, bool IsAmbiguous, string? LowerTarget, string? UpperTarget);

public abstract record BandOutcome;

/// <summary>The band's points, as written — or as the grade table gives <see cref="Grade"/> when the band gives a grade (为优秀).</summary>
public sealed record FixedPointsOutcome(decimal Points, PointsWording Wording, string? Grade = null) : BandOutcome;

/// <summary>自 Start 分起: deduct from the band's edge (its lower edge for 每低, upper edge for 每超).</summary>
public sealed record StepFromEdgeOutcome(decimal Start, StepDeduction Step) : BandOutcome;

/// <summary>酌情 within [<see cref="Min"/>, <see cref="Max"/>]: the leaf's weight, or the band's own range (「酌情 2至4分」).</summary>
public sealed record DiscretionaryOutcome(decimal Min, decimal Max) : BandOutcome;

/// <summary>每低/每超 StepSize 扣 PointsPerStep, partial steps counted as <see cref="Rounding"/> says.</summary>
public sealed record StepDeduction(StepDirection Direction, decimal StepSize, string StepText, decimal PointsPerStep, StepRounding Rounding, bool RoundingStated)
{
    /// <summary>The most the steps take off, when written (「最多扣3分」); null: down to 0 (扣完为止).</summary>
    public decimal? MaxDeduction { get; init; }
}

/// <summary>Full marks at the threshold; deductions measured from it.</summary>
/// <remarks><see cref="OwnValue"/> when it names no data item: the subject is the leaf's own 实际完成值.</remarks>
public sealed record StepRule(DataReference Subject, ComparisonOperator Operator, BoundValue Threshold, decimal FullMarks, PointsWording FullMarksWording, StepDeduction Step, Site Span, bool OwnValue = false)
    : BoundRule(Span);

/// <summary>扣分 from the weight, stopping at 0 — or after <see cref="MaxDeduction"/> when written (「扣完15分为止」).</summary>
public sealed record DeductionRule(EquatableArray<DeductionItem> Items, decimal? MaxDeduction, Site Span) : BoundRule(Span);

public sealed record DeductionItem(int Index, string Mark, string Text, string? UnitWord, decimal Points, Site Span);

/// <summary>
/// weight × the subject's rate, capped. <see cref="IsCompletionRatio"/> when the rate was written in the rule (「按比例
/// 实际完成数 ÷ 年度目标数」): the subject is then that ratio, and above 100% it earns no more than full marks.
/// </summary>
public sealed record ProportionalRule(DataReference Subject, BoundValue? Cap, Site Span, bool IsCompletionRatio = false) : BoundRule(Span);

/// <summary>等次; <see cref="OtherProblems"/> as for <see cref="ChecklistRule"/>: 「存在其他问题的」 of 「…；存在其他问题的酌情扣分」.</summary>
/// <remarks>
/// <see cref="Deductions"/> come off the level reached (「发现挤占挪用的，扣2分」, 「每发现一处扣1分」), never below 0;
/// <see cref="Question"/> is the lead question written before the levels (「绩效目标是否明确」), the indicator's guidance.
/// </remarks>
public sealed record LevelRule(EquatableArray<Level> Levels, Site Span, string? OtherProblems = null) : BoundRule(Span)
{
    public EquatableArray<LevelDeduction> Deductions { get; init; } = EquatableArray<LevelDeduction>.Empty;

    public string? Question { get; init; }

    /// <summary>Whether a level takes the evaluator's score (其他：酌情扣分), which asks the record for a score and a reason.</summary>
    public bool HasJudgedLevel => Levels.Any(level => level.Wording == PointsWording.Judged);
}

public sealed record Level(string Name, decimal Points, PointsWording Wording, Site Span);

/// <summary>
/// A deduction from the level reached, its record field 「A.<see cref="Index"/>」: once when the condition holds (<see
/// cref="Each"/> null, a 是/否 field), or per occurrence (<see cref="Each"/> the words after 每, a count field).
/// </summary>
public sealed record LevelDeduction(int Index, string Text, decimal Points, string? Each, Site Span);

/// <summary>酌情: the evaluator's score in [<see cref="Min"/>, <see cref="Max"/>] (the weight when no range is written), with a reason.</summary>
public sealed record DiscretionaryRule(string? Guidance, Site Span, decimal Min = 0m, decimal? Max = null) : BoundRule(Span);

/// <summary>待定: no standard yet, only the author's note of who sets it; a record supplies the score and a reason.</summary>
public sealed record PendingRule(string? Wording, Site Span) : BoundRule(Span);

/// <summary>
/// 自评表 「年度指标值 ≥ 40个」 (正向) or 「≤ 120万元」 (反向): met, the points; otherwise the points × 实际完成值 ÷ 指标值 (≥) or
/// × 指标值 ÷ 实际完成值 (≤). The subject is the leaf's own 实际完成值.
/// </summary>
public sealed record TargetRatioRule(DataReference Subject, ComparisonOperator Operator, BoundValue Target, string Text, Site Span) : BoundRule(Span);

/// <summary>
/// 自评表 「年度指标值 达成预期指标」: the record gives a tier (达成 / 部分达成 / 未达成) and a score within it — (<see cref="Upper"/>,
/// 1], (<see cref="Lower"/>, <see cref="Upper"/>] or [0, <see cref="Lower"/>] of the points.
/// </summary>
public sealed record QualitativeRule(string Target, decimal Upper, decimal Lower, Site Span) : BoundRule(Span);

/// <summary>预算执行: the points × 全年执行数 ÷ 全年预算数, up to the points; per record the total row equals the sum of its 其中 <see cref="Rows"/>.</summary>
public sealed record BudgetExecutionRule(string Owner, EquatableArray<string> Rows, Site Span) : BoundRule(Span);
