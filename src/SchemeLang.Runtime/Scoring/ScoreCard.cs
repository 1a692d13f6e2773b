namespace SchemeLang.Runtime;

/// <summary>A record's total and grade without explanations or per-indicator objects; no total when the record has errors.</summary>
public readonly record struct ScoreCard(decimal? Total, string? Grade)
{
    public bool Succeeded => Total is not null;
}
