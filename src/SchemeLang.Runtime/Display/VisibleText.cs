using System.Globalization;
using System.Text;

namespace SchemeLang.Runtime;

/// <summary>
/// The one policy for scheme or record text shown to a person (pages, reports, CSV, the console; workbooks and Word
/// files later): a character that is invisible or changes how the text around it is laid out becomes its code point
/// in sight, <c>&lt;U+202E&gt;</c>. A right-to-left override inside a name would otherwise show （40分） as （分04）,
/// and a zero-width space would make two different names look the same. Escaping such a character for HTML
/// (<c>&amp;#x202E;</c>) is not enough: the browser still obeys it.
/// </summary>
public static class VisibleText
{
    /// <summary>
    /// <paramref name="text"/> with every format character (Unicode Cf: bidi embeddings, overrides and isolates,
    /// zero-width spaces and joiners, the BOM, soft hyphens), every control character but tab, line feed and carriage
    /// return, every line or paragraph separator and every lone surrogate shown as its code point. Text without any is
    /// returned as it is, without copying.
    /// </summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstHidden(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsHidden(CharUnicodeInfo.GetUnicodeCategory(codePoint)))
                {
                    AppendCodePoint(builder, codePoint);
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (IsHidden(c))
            {
                AppendCodePoint(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="Of"/> would change <paramref name="text"/>.</summary>
    public static bool HasHidden(ReadOnlySpan<char> text) => FirstHidden(text) >= 0;

    private static int FirstHidden(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsHidden(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]))))
                {
                    return i;
                }

                i++;
            }
            else if (IsHidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <see cref="Of"/> shows <paramref name="c"/> as its code point (a surrogate: when it stands alone).</summary>
    public static bool IsHidden(char c) => char.IsSurrogate(c) || IsHiddenCharacter(c);

    // Plain text (ASCII and CJK) is decided by one comparison; only the rest asks for its category.
    private static bool IsHiddenCharacter(char c) => c is not ('\t' or '\n' or '\r') && (c < ' ' || (c >= '\u007F' && IsHidden(CharUnicodeInfo.GetUnicodeCategory(c))));

    private static bool IsHidden(UnicodeCategory category) => category is
        UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static void AppendCodePoint(StringBuilder builder, int codePoint) =>
        builder.Append("<U+").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture)).Append('>');
}
