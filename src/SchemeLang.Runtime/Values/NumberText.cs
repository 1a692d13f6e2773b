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
    public static string Plain(decimal value) => WithoutTrailingZeros(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same number at its smallest scale: 25.00 becomes 25, so two plans or two outputs of it read alike.</summary>
    public static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>The longest text <see cref="Plain"/> gives: 29 digits, a sign and a point.</summary>
    public const int MaxPlainLength = 31;

    /// <summary>
    /// <see cref="Plain"/>'s text written into <paramref name="destination"/> (at least <see cref="MaxPlainLength"/> long)
    /// without allocating, for writers of a million rows: the number of characters written. Trailing zeros are cut from
    /// the text rather than divided away, which is the same text for every decimal.
    /// </summary>
    public static int FormatPlain(decimal value, Span<char> destination)
    {
        // Zero is 「0」 whatever its scale or sign (-0.00 included), as Plain writes it.
        if (value == 0m)
        {
            destination[0] = '0';
            return 1;
        }

        if (!value.TryFormat(destination, out var length, default, CultureInfo.InvariantCulture))
        {
            throw new ArgumentException($"A decimal needs {MaxPlainLength} characters.", nameof(destination));
        }

        if (destination[..length].Contains('.'))
        {
            length = destination[..length].TrimEnd('0').Length;
            length = destination[length - 1] == '.' ? length - 1 : length;
        }

        return length;
    }

    /// <summary>A ratio as a percentage: 0.9687 → 96.87%. Exact for every decimal, huge ones included (see <see cref="Hundredfold"/>).</summary>
    public static string Percent(decimal ratio) => Hundredfold(ratio) + "%";

    /// <summary>
    /// The plain text of <paramref name="value"/> × 100. A ratio may be any decimal, and above decimal.MaxValue / 100
    /// (a percentage beyond 7.9×10²⁸ %) the product is no longer a decimal: there the point is moved in the digits
    /// instead, so explaining a huge but valid value never throws after the record has been scored.
    /// </summary>
    public static string Hundredfold(decimal value)
    {
        if (Math.Abs(value) <= LargestHundredfold)
        {
            return Plain(value * 100m);
        }

        // |value| ≥ 7.9×10²⁶ has at least 27 integer digits, so at most 2 after the point: all of them move.
        var digits = Plain(value);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var (whole, fraction) = point < 0 ? (digits, string.Empty) : (digits[..point], digits[(point + 1)..]);
        fraction = fraction.PadRight(2, '0');
        return fraction.Length == 2 ? whole + fraction : $"{whole}{fraction[..2]}.{fraction[2..]}";
    }

    private const decimal LargestHundredfold = decimal.MaxValue / 100m;

    public static string Points(decimal points) => Plain(points) + "分";

    /// <summary>
    /// For explanations: the value to 2 decimal places (of the percentage, for a ratio), with "约" when that is not
    /// the exact value the rules used. More places are shown where 2 would compare differently with one of
    /// <paramref name="edges"/> than the value does: 94.996% against a 95% threshold reads "约 94.996%", never "约 95%".
    /// </summary>
    public static string Approximate(decimal value, ValueFormat format, params ReadOnlySpan<decimal> edges)
    {
        var places = format == ValueFormat.Percent ? 4 : 2;
        var shown = Math.Round(value, places, MidpointRounding.AwayFromZero);
        while (shown != value && places < 28 && MisleadsAbout(value, shown, edges))
        {
            places++;
            shown = Math.Round(value, places, MidpointRounding.AwayFromZero);
        }

        return shown == value ? Format(value, format) : "约 " + Format(shown, format);
    }

    private static bool MisleadsAbout(decimal value, decimal shown, ReadOnlySpan<decimal> edges)
    {
        foreach (var edge in edges)
        {
            if (value.CompareTo(edge) != shown.CompareTo(edge))
            {
                return true;
            }
        }

        return false;
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
