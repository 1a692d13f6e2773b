using SchemeLang.Runtime;

namespace SchemeLang.Docs.Layout;

/// <summary>What a record field holds, which decides how a template column is formatted and validated.</summary>
public enum RecordFieldKind
{
    /// <summary>A percentage, read as a ratio (95% is 0.95).</summary>
    Percent,

    /// <summary>Money, in the unit the scheme declares (元 or 万元).</summary>
    Money,

    /// <summary>A whole number of occurrences or things, ≥ 0.</summary>
    Count,

    /// <summary>Any other number, in its declared unit.</summary>
    Number,

    /// <summary>是 or 否.</summary>
    Boolean,

    /// <summary>The name of one of <see cref="RecordField.Choices"/>.</summary>
    Level,

    /// <summary>The evaluator's score (酌情) or what they take off (酌情扣分), in points.</summary>
    Score,

    /// <summary>The evaluator's reason for a 酌情 score.</summary>
    Reason,

    /// <summary>Text the scheme keeps but does not score.</summary>
    Text,
}

/// <summary>
/// One field a record of the scheme may carry, in the scheme's order (input data items as declared, each leaf's
/// fields in tree order, the vetoes): the header a data file uses for it (<see cref="Key"/>, exactly as <c>score</c>
/// reads it), what it holds, its declared range (<see cref="Domain"/> in the field's own unit: a ratio for a
/// percentage, the declared unit for money), which indicators read it and their standards as the page words them.
/// </summary>
public sealed record RecordField(
    string Key,
    RecordFieldKind Kind,
    string Type,
    string? Unit,
    Interval? Domain,
    string? Range,
    IReadOnlyList<string> Choices,
    string Meaning,
    IReadOnlyList<string> Indicators,
    string Standard);
