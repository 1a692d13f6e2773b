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

/// <summary>An indicator's weight (points), its rounded score and a Chinese explanation of how the score arose.</summary>
public sealed record IndicatorResult(string Key, string? Code, string Name, decimal Weight, decimal Score, string Explanation);

/// <summary>
/// A veto the record triggered: its text, what it says (扣 N 分, or 总分为零 when <see cref="Written"/> is null) and the
/// points it actually took off the total, which stops at 0.
/// </summary>
public sealed record AppliedVeto(string Key, string Text, decimal? Written, decimal Deducted);
