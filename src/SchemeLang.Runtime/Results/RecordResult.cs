using System.Collections.Immutable;
using SchemeLang.Diagnostics;

namespace SchemeLang.Runtime;

/// <summary>A record's scores, or why it could not be scored. Errors never stop the other records.</summary>
public sealed record RecordResult(
    string Id,
    decimal? Total,
    string? Grade,
    ImmutableArray<IndicatorResult> Indicators,
    ImmutableArray<AppliedVeto> Vetoes,
    ImmutableArray<RecordError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}

/// <summary>An indicator's weight (points), its rounded score and how the score arose, put into Chinese on demand.</summary>
public sealed record IndicatorResult(string Key, string? Code, string Name, decimal Weight, decimal Score, LeafExplanation Why)
{
    /// <summary>The sentence: rendered from the leaf's trace each time it is asked for, never while scoring.</summary>
    public string Explanation => Why.Render();
}

/// <summary>
/// A fixed sentence, a parent's sum, or a leaf's rule and trace (with its weight and score when redistribution
/// rescaled them): rendered into a sentence only when asked.
/// </summary>
public readonly record struct LeafExplanation(string? Text, RulePlan? Rule, LeafTrace Trace, int Decimals, (decimal Weight, decimal Score)? Rescaled = null)
{
    public static LeafExplanation Of(RulePlan rule, LeafTrace trace, int decimals, (decimal Weight, decimal Score)? rescaled = null) => new(null, rule, trace, decimals, rescaled);

    public static LeafExplanation Fixed(string text) => new(text, null, default, 0);

    public static LeafExplanation Parent(decimal sum) => new(null, null, new LeafTrace(LeafOutcome.Scored, sum), 0);

    public string Render() => Text ?? (Rule is null ? Explanations.ParentSum(Trace.Score) : Explanations.Render(Rule, Trace, Decimals, Rescaled));
}

/// <summary>
/// A veto the record triggered: its text, what it says (扣 N 分, or 总分为零 when <see cref="Written"/> is null) and the
/// points it actually took off the total, which stops at 0.
/// </summary>
public sealed record AppliedVeto(string Key, string Text, decimal? Written, decimal Deducted);
