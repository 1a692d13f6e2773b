using System.Globalization;

namespace SchemeLang.Runtime;

/// <summary>How a value is shown to a finance-bureau reader.</summary>
public enum ValueFormat
{
    /// <summary>A plain decimal: 3.6, 100.</summary>
    Plain,

    /// <summary>A ratio shown as a percentage: 0.9687 → 96.87%.</summary>
    Percent,

    /// <summary>Points: 3.6 → 3.6分.</summary>
    Points,

    /// <summary>An amount of money in yuan: 1174200 → 1174200元.</summary>
    Yuan,
}

/// <summary>Culture-independent, trailing-zero-free decimal text for messages and explanations.</summary>
public static class NumberText
{
    public static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Percent(decimal ratio) => Plain(ratio * 100m) + "%";

    public static string Points(decimal points) => Plain(points) + "分";

    /// <summary>
    /// For explanations of computed values: shown to 2 decimal places (of the percentage, for a ratio) with
    /// "约" when that is not the exact value, which is what the rules used.
    /// </summary>
    public static string Approximate(decimal value, ValueFormat format)
    {
        var shown = format == ValueFormat.Percent ? Math.Round(value, 4, MidpointRounding.AwayFromZero) : Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return shown == value ? Format(value, format) : "约 " + Format(shown, format);
    }

    public static string Format(decimal value, ValueFormat format) => format switch
    {
        ValueFormat.Plain => Plain(value),
        ValueFormat.Percent => Percent(value),
        ValueFormat.Points => Points(value),
        ValueFormat.Yuan => Plain(value) + "元",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
