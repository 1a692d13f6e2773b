using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>What a number was written with. Values are normalised: 95% → 0.95, 1个百分点 → 0.01, 117.42万元 → 1174200 (元).</summary>
public enum QuantityUnit
{
    None,
    Percent,
    PercentagePoints,
    Points,
    Yuan,
}

/// <summary>
/// A number literal with its unit, exact (decimal), and the text it was written as; <see cref="CountUnit"/> is the unit
/// written after a count or quantity (30户, 100公顷).
/// </summary>
public sealed record QuantitySyntax(decimal Value, QuantityUnit Unit, string Text, SourceSpan Span, string? CountUnit = null) : SyntaxNode(Span)
{
    /// <summary>The text of the 0 points an author writes as 不得分.</summary>
    public const string NoPointsText = "不得分";

    /// <summary>0 points written as 不得分.</summary>
    public static QuantitySyntax NoPoints(SourceSpan span) => new(0m, QuantityUnit.Points, NoPointsText, span);

    public bool IsNoPoints => Unit == QuantityUnit.Points && Text == NoPointsText;

    /// <summary>The text of a group's weight when the author writes that it has no indicators this year (经济效益指标 无).</summary>
    public const string NoneText = "无";

    /// <summary>0 points for a group stated to be empty this year.</summary>
    public static QuantitySyntax None(SourceSpan span) => new(0m, QuantityUnit.Points, NoneText, span);

    public bool IsNone => Unit == QuantityUnit.Points && Text == NoneText;
}
