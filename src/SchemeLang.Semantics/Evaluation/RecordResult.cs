using System.Collections.Immutable;

namespace SchemeLang.Evaluation;

/// <summary>A record's scores, or why it could not be scored. Errors never stop the other records.</summary>
public sealed record RecordResult(
    string Id,
    decimal? Total,
    string? Grade,
    ImmutableArray<IndicatorResult> Indicators,
    ImmutableArray<RecordError> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}

/// <summary>An indicator's weight (points), its rounded score and a Chinese explanation of how the score arose.</summary>
public sealed record IndicatorResult(string Key, string? Code, string Name, decimal Weight, decimal Score, string Explanation);

/// <summary>A per-record problem: which record, which field, what is wrong.</summary>
public sealed record RecordError(string Code, string RecordId, string? Field, string Message)
{
    public override string ToString() => Field is null ? $"{Code} 记录「{RecordId}」：{Message}" : $"{Code} 记录「{RecordId}」字段「{Field}」：{Message}";
}
