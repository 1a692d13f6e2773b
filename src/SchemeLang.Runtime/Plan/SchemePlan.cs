using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Runtime;

/// <summary>
/// A checked scheme lowered to plain data: the one description both engines run — the interpreter walks it, a
/// generated scorer carries it as a resource (<see cref="PlanJson"/>) and calls the same <see cref="LeafRules"/> with it. Indices, not
/// names, tie it together: slots are the record fields, items the data items in evaluation order, indicators the
/// tree in pre-order.
/// </summary>
public sealed record SchemePlan(
    string Name,
    int? Year,
    decimal Total,
    int Decimals,
    MissingDataPolicy MissingPolicy,
    PercentReading PercentReading,
    ImmutableArray<SlotPlan> Slots,
    ImmutableArray<DataItemPlan> DataItems,
    ImmutableArray<IndicatorPlan> Indicators,
    ImmutableArray<int> Roots,
    ImmutableArray<VetoPlan> Vetoes,
    ImmutableArray<GradePlan> Grades,
    ImmutableArray<DataConstraintPlan> Constraints)
{
    /// <summary>Each record field's slot index, by its key.</summary>
    [JsonIgnore]
    public FrozenDictionary<string, int> SlotIndex { get; } =
        Slots.Select((slot, index) => KeyValuePair.Create(slot.Key, index)).ToFrozenDictionary(StringComparer.Ordinal);

    [JsonIgnore]
    public int LeafCount { get; } = Indicators.Count(indicator => indicator.Leaf is not null);

    /// <summary>
    /// By slot, the level names a <see cref="SlotKind.Level"/> field may hold, in the order written (a 等次 table's
    /// levels, or a 自评表 定性 indicator's <see cref="QualitativePlan.Tiers"/>); empty for every other slot. A record's
    /// level is read as its position here, by both engines.
    /// </summary>
    [JsonIgnore]
    public ImmutableArray<ImmutableArray<string>> LevelNames => _levels.Names;

    /// <summary>
    /// By slot, the rule that reads a <see cref="SlotKind.Level"/> field: a 等次 table (<see cref="LevelPlan"/>, its levels
    /// with their points) or a 自评表 定性 indicator (<see cref="QualitativePlan"/>); null for every other slot.
    /// </summary>
    [JsonIgnore]
    public ImmutableArray<RulePlan?> LevelRules => _levels.Rules;

    /// <summary>Both of the above, from one walk of the indicators.</summary>
    private readonly (ImmutableArray<RulePlan?> Rules, ImmutableArray<ImmutableArray<string>> Names) _levels = LevelSlots.Of(Slots.Length, Indicators);

    /// <summary>Whether any leaf is 不适用 重新分配: only then can a weight differ from what the scheme writes.</summary>
    [JsonIgnore]
    public bool MayRedistribute { get; } = Indicators.Any(indicator => indicator.Leaf?.NotApplicable == NotApplicablePolicy.Redistribute);
}

/// <summary>What a record field holds, and so how its text is read.</summary>
public enum SlotKind
{
    /// <summary>A numeric data item: read with its type and unit.</summary>
    Number,

    /// <summary>是否 leaf, 分项 item, 不适用 flag, 否决: 是/否.</summary>
    Boolean,

    /// <summary>扣分 item: a non-negative whole number.</summary>
    Count,

    /// <summary>等次 leaf (or 自评表 定性 indicator): the chosen level, read as its position in <see cref="SchemePlan.LevelNames"/>.</summary>
    Level,

    /// <summary>酌情: the evaluator's score.</summary>
    Score,

    /// <summary>酌情: the evaluator's reason, kept as written.</summary>
    Reason,

    /// <summary>A 文本 or 是否 data item: accepted, never read by a rule.</summary>
    Text,
}

/// <summary>One field a record may carry; <see cref="Number"/> says how a <see cref="SlotKind.Number"/> reads.</summary>
public sealed record SlotPlan(string Key, SlotKind Kind, NumberInput Number = default);

/// <summary>
/// A data item: an input read from <see cref="Slot"/>, or a formula over earlier items (<see cref="Slot"/> is -1).
/// <see cref="InputSlots"/> are the input slots its value depends on, in the order the formula reads them, once each:
/// what a leaf lacks when the value is missing.
/// </summary>
public sealed record DataItemPlan(
    string Name,
    int Slot,
    Interval Domain,
    ValueFormat Format,
    ExpressionPlan? Formula,
    decimal? ZeroFallback,
    ImmutableArray<int> InputSlots)
{
    /// <summary>What the checker proved about a formula's value (<see cref="ProvenFacts.WithinRange"/>).</summary>
    public ProvenFacts Proven { get; init; }
}

/// <summary>A formula over data items, by item index.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(LiteralPlan), "literal")]
[JsonDerivedType(typeof(ItemPlan), "item")]
[JsonDerivedType(typeof(NegatePlan), "negate")]
[JsonDerivedType(typeof(BinaryPlan), "binary")]
public abstract record ExpressionPlan;

public sealed record LiteralPlan(decimal Value) : ExpressionPlan;

public sealed record ItemPlan(int Item) : ExpressionPlan;

public sealed record NegatePlan(ExpressionPlan Operand) : ExpressionPlan;

public sealed record BinaryPlan(ExpressionPlan Left, BinaryOperator Operator, ExpressionPlan Right) : ExpressionPlan;

/// <summary>
/// An indicator: its weight in points and its children (indices into the pre-order array), or its leaf rule; <see
/// cref="Bonus"/> is what it may score beyond its weight (a leaf's 附加分, a group's leaves' added up).
/// </summary>
public sealed record IndicatorPlan(string Key, string? Code, string Name, decimal Weight, ImmutableArray<int> Children, LeafPlan? Leaf, decimal Bonus = 0m)
{
    /// <summary>The most it can score: its weight and any 附加分 (worked out once: the tree reads it for every record).</summary>
    [JsonIgnore]
    public decimal Ceiling { get; } = Weight + Bonus;

    /// <summary>What the checker proved about its score (<see cref="ProvenFacts"/>): which checks can never change it.</summary>
    public ProvenFacts Proven { get; init; }
}

/// <summary>
/// A leaf: its index among the leaves (tree order), its rule, its 不适用 policy and what it reads: the subject data
/// item, its own input slots (是否, 等次 or 酌情 score, one per item of a 分项 or 扣分 list; a 是否 or 等次 that leaves a case to
/// the evaluator has the 酌情 score second), the 理由 slot, the 不适用 slot and the slot of what the evaluator takes off
/// for other problems (其他问题酌情扣分); -1 where it has none.
/// </summary>
public sealed record LeafPlan(int Index, RulePlan Rule, NotApplicablePolicy? NotApplicable, int Subject, ImmutableArray<int> Inputs, int Reason, int NotApplicableSlot, int OtherProblemsSlot = -1)
{
    /// <summary>
    /// The leaf's 评分标准 in the page's words (「100%（含）至105%（含）得4分；…」), as the author's values and units write
    /// it: what a generated scorer prints above the code that implements it, so a reader of either sees one standard.
    /// </summary>
    public string Standard { get; init; } = string.Empty;
}

public sealed record VetoPlan(string Key, string Text, decimal? Deduction, int Slot);

/// <summary>
/// A constraint each record's data must meet (全年执行数 ≤ 全年预算数); both sides are formulas over the data items, shown in
/// <see cref="Format"/>. A <see cref="Breakdown"/> constraint is a leaf's 「其中」 rows adding up to its figure (SL5020).
/// </summary>
public sealed record DataConstraintPlan(string LeftText, ExpressionPlan Left, ComparisonOperator Operator, string RightText, ExpressionPlan Right, ValueFormat Format, BreakdownPlan? Breakdown = null)
{
    [JsonIgnore]
    public string Text => Comparison.Statement(LeftText, Operator, RightText);
}

/// <summary>
/// The rows of a leaf's figure (「其中 玉米种植面积 8亩」) that add up to it: the leaf as a message names it, the rows' fields
/// and their data items, the record field of the figure and the unit its values are shown in (亩; empty for money, which
/// <see cref="ValueFormat.Yuan"/> shows).
/// </summary>
public sealed record BreakdownPlan(string Indicator, ImmutableArray<string> Rows, ImmutableArray<int> RowItems, string Total, string Unit);

public sealed record GradePlan(string Name, Interval Range);
