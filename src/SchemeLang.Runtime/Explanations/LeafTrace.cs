using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Runtime;

/// <summary>What became of a leaf while scoring, before any sentence is made.</summary>
public enum LeafOutcome : byte
{
    /// <summary>No score: a value was missing or unreadable, and the record's errors say why.</summary>
    Unscored,

    /// <summary>Scored by its rule.</summary>
    Scored,

    /// <summary>不适用 得满分.</summary>
    NotApplicableFullMarks,

    /// <summary>缺失数据 不得分: an input was missing.</summary>
    MissingScoredZero,

    /// <summary>不适用 重新分配: not scored; its weight goes to its applicable siblings.</summary>
    Redistributed,
}

/// <summary>
/// The facts of one leaf's scoring — the value used, the band or level chosen, the items met, the counts — from
/// which <see cref="Explanations.Render"/> makes the sentence on demand. Scoring itself builds no strings. What
/// follows from these and the rule (the steps counted from a band's edge, a weight rescaled by redistribution) is
/// not stored: the renderer works it out with the same <see cref="Scoring"/> arithmetic, which keeps the trace
/// small enough to pass around per leaf at no cost. <see cref="Value"/> is the value a rule compared; a 分项 or 等次,
/// which compares none, keeps in it what the evaluator took off for other problems (其他问题酌情扣分).
/// </summary>
public readonly record struct LeafTrace(
    LeafOutcome Outcome,
    decimal Score,
    decimal Value = 0m,
    int Index = 0,
    bool Met = false,
    ulong Items = 0)
{
    // A leaf has at most one fact that is an object, so one reference holds it: every leaf of every record is
    // written into its record's trace array, and each reference field costs a GC write barrier there.
    private readonly object? _detail;

    /// <summary>扣分: each item's count, in the rule's order; only when something was deducted.</summary>
    public IReadOnlyList<decimal>? Counts { get => _detail as IReadOnlyList<decimal>; init => _detail = value; }

    /// <summary>酌情: the evaluator's reason.</summary>
    public string? Reason { get => _detail as string; init => _detail = value; }

    /// <summary>A leaf scored in parts: each part's trace, in the plan's order.</summary>
    public IReadOnlyList<LeafTrace>? Parts { get => _detail as LeafTrace[]; init => _detail = value; }

    /// <summary>缺失数据 不得分: the fields the leaf lacked.</summary>
    public IReadOnlyList<string>? Missing { get => _detail as IReadOnlyList<string>; init => _detail = value; }

    public static LeafTrace Unscored => new(LeafOutcome.Unscored, 0m);
}
