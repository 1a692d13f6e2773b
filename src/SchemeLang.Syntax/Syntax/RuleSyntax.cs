using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>A leaf's scoring standard (评分标准). One sealed record per rule kind.</summary>
public abstract record RuleSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary>A rule the parser could not read (already reported); later phases skip its leaf silently.</summary>
public sealed record BadRuleSyntax(SourceSpan Span) : RuleSyntax(Span);

/// <summary>
/// 是否: met → the points (the weight unless stated, or written as 得满分), otherwise 0 — or the points less
/// <see cref="OtherwiseDeduction"/> (「否则扣3分」), or what the evaluator judges when <see cref="OtherwiseJudged"/> (「否则酌情扣分」).
/// </summary>
/// <remarks><see cref="OtherwiseText"/> is the case not met in the author's words (「不健全的」 of 「制度健全的得3分，不健全的扣3分」), null for 否则.</remarks>
public sealed record PassFailRuleSyntax(string? Condition, QuantitySyntax? Points, bool IsFullMarks, QuantitySyntax? OtherwiseDeduction, SourceSpan Span, bool OtherwiseJudged = false, string? OtherwiseText = null) : RuleSyntax(Span);

/// <summary>
/// 分项: items each worth points, met or not; with 平均分配, the weight shared equally (each item's points null); then
/// perhaps what the evaluator may still deduct for problems the items do not name (「其他问题酌情扣分」).
/// </summary>
public sealed record ChecklistRuleSyntax(EquatableArray<ChecklistItemSyntax> Items, SourceSpan Span, bool EqualShares = false, OtherProblemsSyntax? OtherProblems = null) : RuleSyntax(Span);

/// <summary>
/// 「存在其他问题的酌情扣分」 after a 分项 or 等次 table: the evaluator may take points off what the table gave, with a
/// reason. <see cref="Text"/> is what the author wrote before 酌情扣分 (「存在其他问题的」, 「其他」), without its colon.
/// </summary>
public sealed record OtherProblemsSyntax(string Text, SourceSpan Span) : SyntaxNode(Span);

public sealed record ChecklistItemSyntax(string Mark, string Text, QuantitySyntax? Points, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// 区间: bands over a number. Bands that give grades (为优秀) take their points from <see cref="Grades"/>, the 等次 table
/// written right after them, or else from the group's 以下各项 table.
/// </summary>
public sealed record BandRuleSyntax(NameSyntax Subject, EquatableArray<BandRowSyntax> Rows, SourceSpan Span, LevelRuleSyntax? Grades = null) : RuleSyntax(Span)
{
    public bool GivesGrades => Rows.Any(row => row.Outcome is GradeOutcomeSyntax);
}

public sealed record BandRowSyntax(RangeSyntax Range, OutcomeSyntax Outcome, SourceSpan Span) : SyntaxNode(Span);

public abstract record OutcomeSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary>得 N 分; <see cref="Points"/> is null for 得满分, zero for 不得分.</summary>
public sealed record FixedOutcomeSyntax(QuantitySyntax? Points, bool IsFullMarks, SourceSpan Span) : OutcomeSyntax(Span);

/// <summary>自 N 分起，每低/每超 … 扣 M 分: a deduction measured from the band's edge.</summary>
public sealed record StepOutcomeSyntax(QuantitySyntax Start, StepClauseSyntax Step, SourceSpan Span) : OutcomeSyntax(Span);

/// <summary>为优秀: the band gives a grade, whose points a 等次 table gives.</summary>
public sealed record GradeOutcomeSyntax(string Grade, SourceSpan Span) : OutcomeSyntax(Span);

/// <summary>酌情: the evaluator decides, within [0, weight], and gives a reason.</summary>
public sealed record DiscretionaryOutcomeSyntax(SourceSpan Span, (QuantitySyntax Lowest, QuantitySyntax Highest)? Range = null) : OutcomeSyntax(Span);

/// <summary>每低 1个百分点 扣 1 分，不满1个百分点按1个百分点计，扣完为止.</summary>
public sealed record StepClauseSyntax(
    StepDirection Direction,
    QuantitySyntax StepSize,
    QuantitySyntax PointsPerStep,
    StepRoundingSyntax? Rounding,
    SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The most the steps may take off, when written: 「扣完3分为止」, 「最多扣3分」, 「扣分不超过3分」.</summary>
    public QuantitySyntax? MaxDeduction { get; init; }
}

public sealed record StepRoundingSyntax(Runtime.StepRounding Rounding, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// X ≥ 95% 得满分，每低1个百分点扣1分 …: full marks at the threshold, deductions beyond it; without <see cref="Subject"/>
/// over the leaf's own 实际完成值.
/// </summary>
public sealed record StepRuleSyntax(
    NameSyntax? Subject,
    ComparisonOperator Operator,
    BoundSyntax Threshold,
    QuantitySyntax? FullMarks,
    StepClauseSyntax Step,
    SourceSpan Span) : RuleSyntax(Span);

/// <summary>
/// 「完成数 ≥ 30个 得满分，否则不得分」: the points when the value meets the threshold, none otherwise — a two-band table
/// written in one line. Without <see cref="Subject"/> (「≥ 30个 得满分，否则不得分」) the value is the leaf's own 实际完成值.
/// </summary>
public sealed record ThresholdRuleSyntax(NameSyntax? Subject, ComparisonOperator Operator, BoundSyntax Threshold, QuantitySyntax? Points, string Text, SourceSpan Span) : RuleSyntax(Span);

/// <summary>
/// 等次: qualitative levels chosen by the evaluator, then perhaps a deduction for other problems and fixed or per-occurrence
/// deductions from the level reached (<see cref="Deductions"/>). <see cref="Question"/> is a lead question written before
/// the levels (「绩效目标是否明确」), the indicator's guidance.
/// </summary>
public sealed record LevelRuleSyntax(EquatableArray<LevelSyntax> Levels, SourceSpan Span, OtherProblemsSyntax? OtherProblems = null) : RuleSyntax(Span)
{
    public EquatableArray<LevelDeductionSyntax> Deductions { get; init; } = EquatableArray<LevelDeductionSyntax>.Empty;

    public string? Question { get; init; }
}

/// <summary>
/// A deduction from the level reached: 「发现挤占挪用的，扣2分」 once (<see cref="Each"/> null), or 「每发现一处扣1分」 per
/// occurrence, <see cref="Each"/> the words after 每. <see cref="Text"/> is the condition as written, without its 「，」.
/// </summary>
public sealed record LevelDeductionSyntax(string Text, QuantitySyntax Points, string? Each, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// A level and its points; <see cref="Points"/> is null for 得满分, a share of the weight when a percentage (「得80%」), and
/// a deduction from the weight when <see cref="IsDeduction"/> (「扣6分」), the evaluator's when <see cref="IsJudged"/> (「其他：酌情扣分」).
/// </summary>
/// <remarks><see cref="IsQuoted"/> when the name was quoted: then it holds what it holds, rule-shaped or not.</remarks>
public sealed record LevelSyntax(NameSyntax Name, QuantitySyntax? Points, SourceSpan Span, bool IsDeduction = false, bool IsJudged = false, bool IsQuoted = false) : SyntaxNode(Span);

/// <summary>
/// 扣分: per-occurrence deductions, each kind with its own penalty, from the weight down to 0 — or down to the weight
/// less <see cref="MaxDeduction"/> (「扣完15分为止」).
/// </summary>
public sealed record DeductionRuleSyntax(EquatableArray<DeductionItemSyntax> Items, QuantitySyntax? MaxDeduction, SourceSpan Span) : RuleSyntax(Span);

public sealed record DeductionItemSyntax(string Mark, string Text, string? UnitWord, QuantitySyntax Points, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// 按比例: weight × rate, capped; <see cref="WrittenPoints"/> is the weight when written out (「完成率 × 10分」). The rate is
/// a data item (「按比例 完成率」) or a completion ratio written in the rule: 「按比例 实际完成数 ÷ 年度目标数」
/// (<see cref="Divisor"/>), whose 目标值 divisor may carry its value (<see cref="DivisorWritten"/>: 「÷ 户数目标（30户）」).
/// </summary>
public sealed record ProportionalRuleSyntax(NameSyntax Subject, NameSyntax? Divisor, QuantitySyntax? WrittenPoints, BoundSyntax? Cap, SourceSpan Span, QuantitySyntax? DivisorWritten = null, QuantitySyntax? SubjectWritten = null) : RuleSyntax(Span);

/// <summary>待定: the standard is not set yet (「由各市县自行制定」); each record supplies the score, with a reason.</summary>
public sealed record PendingRuleSyntax(string? Wording, SourceSpan Span) : RuleSyntax(Span);

/// <summary>以下各项: <see cref="Rule"/>, written once under a group, for each indicator below it without a rule of its own.</summary>
public sealed record SharedRuleSyntax(RuleSyntax Rule, SourceSpan Span) : RuleSyntax(Span);

/// <summary>
/// 酌情: a discretionary score within [0, weight] with a required reason; <see cref="WrittenRange"/> is the range
/// when written out (「酌情评分（0至3分）」).
/// </summary>
public sealed record DiscretionaryRuleSyntax(string? Guidance, (QuantitySyntax Lowest, QuantitySyntax Highest)? WrittenRange, SourceSpan Span) : RuleSyntax(Span);
