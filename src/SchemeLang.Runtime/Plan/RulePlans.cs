using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Runtime;

/// <summary>
/// A leaf's scoring standard lowered to plain data: what the interpreter runs, what the emitter prints into a scorer,
/// and what explanations are rendered from. No spans, no names to resolve, every number in its base unit.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(PassFailPlan), "passFail")]
[JsonDerivedType(typeof(ChecklistPlan), "checklist")]
[JsonDerivedType(typeof(BandTablePlan), "bands")]
[JsonDerivedType(typeof(ThresholdPlan), "threshold")]
[JsonDerivedType(typeof(DeductionPlan), "deduction")]
[JsonDerivedType(typeof(ProportionalPlan), "proportional")]
[JsonDerivedType(typeof(LevelPlan), "levels")]
[JsonDerivedType(typeof(DiscretionaryPlan), "discretionary")]
[JsonDerivedType(typeof(PendingPlan), "pending")]
[JsonDerivedType(typeof(PartsPlan), "parts")]
[JsonDerivedType(typeof(TargetRatioPlan), "targetRatio")]
[JsonDerivedType(typeof(QualitativePlan), "qualitative")]
[JsonDerivedType(typeof(BudgetExecutionPlan), "budgetExecution")]
public abstract record RulePlan;

/// <summary>
/// 是否: met → <see cref="Points"/>; not met → <see cref="Otherwise"/> (0 unless 「否则扣N分」 left some), or the
/// evaluator's score up to the points when <see cref="OtherwiseJudged"/> (「否则酌情扣分」).
/// </summary>
public sealed record PassFailPlan(string? Condition, decimal Points, decimal Otherwise, bool OtherwiseJudged = false) : RulePlan;

/// <summary>分项; <see cref="OtherProblems"/> words what the evaluator may still take off (「其他问题」 of 「其他问题酌情扣分」), null when nothing.</summary>
public sealed record ChecklistPlan(ImmutableArray<ChecklistItemPlan> Items, string? OtherProblems = null) : RulePlan;

public sealed record ChecklistItemPlan(string Mark, string Text, decimal Points);

public sealed record BandTablePlan(string Subject, ValueFormat Format, ImmutableArray<BandPlan> Bands) : RulePlan;

public sealed record BandPlan(Interval Range, BandOutcomePlan Outcome)
{
    /// <summary>The row as the page words it (「95%（含）至100%（不含）得3.6分」), in the author's units and target names.</summary>
    public string Words { get; init; } = string.Empty;
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(FixedPointsPlan), "points")]
[JsonDerivedType(typeof(SteppedPlan), "stepped")]
[JsonDerivedType(typeof(DiscretionaryBandPlan), "discretionary")]
public abstract record BandOutcomePlan;

/// <summary>The band's points; <see cref="Grade"/> is the grade it gives when its points are that grade's (为优秀).</summary>
public sealed record FixedPointsPlan(decimal Points, string? Grade = null) : BandOutcomePlan;

/// <summary>自 Start 分起, steps counted from the band's upper edge (每低) or lower edge (每超).</summary>
public sealed record SteppedPlan(decimal Start, StepPlan Step) : BandOutcomePlan;

/// <summary>酌情 in a band: the record's score must lie in [<see cref="Min"/>, <see cref="Max"/>].</summary>
public sealed record DiscretionaryBandPlan(decimal Min, decimal Max) : BandOutcomePlan;

public sealed record StepPlan(StepDirection Direction, decimal Size, string SizeText, decimal PointsPerStep, StepRounding Rounding)
{
    /// <summary>The most the steps take off (「最多扣3分」), null for down to 0.</summary>
    public decimal? MaxDeduction { get; init; }

    /// <summary>The step as the page words it (「每少1户扣1分，不满1户按1户计」), in the author's units.</summary>
    public string Words { get; init; } = string.Empty;
}

public sealed record ThresholdPlan(string Subject, ValueFormat Format, ComparisonOperator Operator, decimal Threshold, decimal FullMarks, StepPlan Step) : RulePlan;

/// <summary>Deductions from <see cref="Weight"/>, at most <see cref="MaxDeduction"/> when the scheme caps them (「扣完15分为止」).</summary>
public sealed record DeductionPlan(ImmutableArray<DeductionItemPlan> Items, decimal Weight, decimal? MaxDeduction) : RulePlan;

public sealed record DeductionItemPlan(string Mark, string Text, string? UnitWord, decimal Points);

public sealed record ProportionalPlan(string Subject, ValueFormat Format, decimal Cap, decimal Weight) : RulePlan;

/// <summary>等次; <see cref="OtherProblems"/> as for <see cref="ChecklistPlan"/>.</summary>
public sealed record LevelPlan(ImmutableArray<LevelPlanEntry> Levels, string? OtherProblems = null) : RulePlan
{
    /// <summary>Deductions from the level reached, in order; their fields follow the level's (and the 酌情 score's) inputs.</summary>
    public ImmutableArray<LevelDeductionPlan> Deductions { get; init; } = [];
}

/// <summary>「发现挤占挪用的」 扣 Points once (a 是/否 field), or per occurrence when <see cref="Each"/> (「发现一处」, a count).</summary>
public sealed record LevelDeductionPlan(string Text, decimal Points, string? Each)
{
    /// <summary>
    /// The words that say the deductions after a level table come off the level reached, written once before the first:
    /// 「在所评等次得分上再扣：发现挤占挪用的，扣2分」. The page and the score report write them; a scheme may too.
    /// </summary>
    public const string Lead = "在所评等次得分上再扣";
}

/// <summary>A level and its points; a <see cref="Judged"/> level (其他：酌情扣分) takes the evaluator's score, up to <see cref="Points"/>.</summary>
public sealed record LevelPlanEntry(string Name, decimal Points, bool Judged = false);

/// <summary>酌情: the evaluator's score within [<see cref="Min"/>, <see cref="Max"/>] (0 to the weight unless a range is written).</summary>
public sealed record DiscretionaryPlan(decimal Min, decimal Max) : RulePlan;

/// <summary>
/// A leaf scored in parts (「两项各占50%」): each part an indicator plan of its own — key, points, rule, inputs, 不适用 —
/// scored by the same <see cref="LeafRules"/>; the leaf's score is their sum (<see cref="LeafRules.Parts"/>). The parts
/// are not in the tree: their <see cref="LeafPlan.Index"/> is their place among the parts.
/// </summary>
public sealed record PartsPlan(ImmutableArray<IndicatorPlan> Parts) : RulePlan;

/// <summary>待定: scored like 酌情, from the score and reason a record supplies, until the standard is set.</summary>
public sealed record PendingPlan : RulePlan;
