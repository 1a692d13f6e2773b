using System.Globalization;

namespace SchemeLang.Runtime;

/// <summary>
/// Reads a number as a person typed it into a spreadsheet or a form: half- or full-width digits, spaces, a sign, a
/// decimal point and commas that separate thousands. A comma anywhere else ("80,5", "0,95") is not read at all:
/// stripping it would turn 80,5% into 805%.
/// </summary>
public static class DecimalText
{
    public enum Problem
    {
        None,

        /// <summary>Not a number.</summary>
        NotANumber,

        /// <summary>A comma that is not a thousands separator (1,5 or 12,34,567).</summary>
        MisplacedComma,

        /// <summary>More than decimal can hold.</summary>
        TooLarge,
    }

    /// <summary>
    /// Full-width digits and signs to ASCII, spaces removed: the text a number is parsed from. A space between two
    /// digits stays (as one space, which no number parses): 「9 5%」 is two numbers or a typo, never 95%.
    /// </summary>
    public static string Normalize(string text)
    {
        if (IsNormal(text))
        {
            return text;
        }

        var chars = new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (length > 0 && IsDigit(chars[length - 1]) && chars[length - 1] != ' ' && NextNonSpace(text, i) is { } next && IsDigit(next))
                {
                    chars[length++] = ' ';
                }

                continue;
            }

            chars[length++] = c switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                '％' => '%',
                '．' => '.',
                '－' or '−' => '-',
                '＋' => '+',
                '，' => ',',
                _ => c,
            };
        }

        return new string(chars, 0, length);
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is (>= '\uFF10' and <= '\uFF19') or '.' or '．';

    private static char? NextNonSpace(string text, int index)
    {
        for (var i = index + 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return null;
    }

    /// <summary>Text with nothing to normalize (the common case: "96.87%", "117.42万元") is returned as it is.</summary>
    private static bool IsNormal(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is (>= '\uFF10' and <= '\uFF19') or '％' or '．' or '－' or '−' or '＋' or '，')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses normalized text (see <see cref="Normalize"/>): digits, one optional point, thousands commas.</summary>
    public static Problem TryParse(string normalized, out decimal value)
    {
        value = 0m;
        if (normalized.Contains(',') && !HasThousandsGroups(normalized))
        {
            return Problem.MisplacedComma;
        }

        var digits = normalized.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!IsPlainNumber(digits))
        {
            return Problem.NotANumber;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return Problem.TooLarge;
        }

        // 「-0」 is 0: decimal keeps a sign on zero, which would otherwise reach a score as -0.
        if (value == 0m && decimal.IsNegative(value))
        {
            value = -value;
        }

        return Problem.None;
    }

    /// <summary>[sign] digits [. digits], nothing else: no exponent, no currency, no inner sign.</summary>
    private static bool IsPlainNumber(string text)
    {
        var i = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
            }
            else if (text[i] == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>1,234 or 94,767,246.66: one to three digits, then groups of exactly three, commas only before the point.</summary>
    private static bool HasThousandsGroups(string text)
    {
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var point = text.IndexOf('.', start);
        var integer = point < 0 ? text[start..] : text[start..point];
        if (point >= 0 && text.IndexOf(',', point) >= 0)
        {
            return false;
        }

        var groups = integer.Split(',');
        if (groups[0].Length is < 1 or > 3)
        {
            return false;
        }

        for (var g = 1; g < groups.Length; g++)
        {
            if (groups[g].Length != 3)
            {
                return false;
            }
        }

        return true;
    }
}
