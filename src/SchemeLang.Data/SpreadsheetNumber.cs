using System.Globalization;

namespace SchemeLang.Data;

/// <summary>
/// A number as a workbook stores it (the shortest text of a binary double: 0.94999999999999996, 9.5E-2) read as the
/// decimal a person saw: rounded to 15 significant digits, which is what Excel and LibreOffice display, so a cell
/// showing 95% is 0.95 and lands on the same side of a band edge as the person who typed it expects.
/// </summary>
internal static class SpreadsheetNumber
{
    public const int SignificantDigits = 15;

    public static bool TryParse(string text, out decimal value)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            // Beyond decimal's range (1E+30) or below its smallest step it is no evaluation figure: a value too large is refused.
            value = 0m;
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var tiny) && Math.Abs(tiny) < 1e-20;
        }

        value = RoundSignificant(exact);
        return true;
    }

    /// <summary><paramref name="value"/> rounded half away from zero to <see cref="SignificantDigits"/> significant digits.</summary>
    public static decimal RoundSignificant(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var magnitude = Math.Abs(value);
        var integerDigits = 0;
        for (var power = 1m; magnitude >= power && integerDigits < 29; power *= 10m)
        {
            integerDigits++;
        }

        if (integerDigits == 0)
        {
            // Below 1: count the zeros after the point that do not count as significant.
            for (var scaled = magnitude * 10m; scaled < 1m; scaled *= 10m)
            {
                integerDigits--;
            }
        }

        var places = SignificantDigits - integerDigits;
        if (places >= 0)
        {
            return Math.Round(value, Math.Min(places, 28), MidpointRounding.AwayFromZero);
        }

        var unit = 1m;
        for (var i = places; i < 0; i++)
        {
            unit *= 10m;
        }

        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }
}
