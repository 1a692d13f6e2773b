using System.Collections.Immutable;
using SchemeLang.Diagnostics;

namespace SchemeLang.Runtime;

/// <summary>A record's scores, or why it could not be scored. Errors never stop the other records.</summary>
/// <param name="Indicators">
/// Every indicator's result, pre-order as <see cref="SchemePlan.Indicators"/>: a view over the record's leaf traces
/// (and, where 不适用 weight may be shared, its tree of weights and scores), empty when the record has errors.
/// </param>
public sealed record RecordResult(
    string Id,
    decimal? Total,
    string? Grade,
    IndicatorResults Indicators,
    ImmutableArray<AppliedVeto> Vetoes,
    ImmutableArray<RecordError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;

    /// <summary>
    /// What names the record besides its id, as the data file gave it (项目名称, 项目单位): carried to every output,
    /// never scored. Empty for a record that came without.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Identity { get; init; } = [];

    /// <summary>
    /// The fields the record was scored from, as the data file gave them, for an output that repeats them beside the
    /// scores (the results workbook); null unless the caller carried them, so other outputs pay nothing for it.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Inputs { get; init; }
}

/// <summary>
/// What an indicator's sentence is made from: a fixed sentence, a parent (its sentence is its sum), or a leaf's rule
/// with its trace among the record's traces, and whether redistribution rescaled the leaf (its sentence then ends
/// with its new weight and score).
/// </summary>
public readonly record struct LeafExplanation(string? Text, RulePlan? Rule, LeafTrace[]? Traces, int Index, int Decimals, bool Rescaled)
{
    public static LeafExplanation Parent => default;

    public static LeafExplanation Of(RulePlan rule, LeafTrace[] traces, int index, int decimals, bool rescaled) => new(null, rule, traces, index, decimals, rescaled);

    public static LeafExplanation Fixed(string text) => new(text, null, null, 0, 0, false);

    public string Render(decimal weight, decimal score) =>
        Text ?? (Rule is null ? Explanations.ParentSum(score) : Explanations.Render(Rule, Traces![Index], Decimals, Rescaled ? (weight, score) : null));
}

/// <summary>
/// A veto the record triggered: its text, what it says (扣 N 分, or 总分为零 when <see cref="Written"/> is null) and the
/// points it actually took off the total, which stops at 0.
/// </summary>
public sealed record AppliedVeto(string Key, string Text, decimal? Written, decimal Deducted);
