using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemeLang.Emit.Syntax;

/// <summary>
/// C# identifiers for scheme names. A name that is already a C# identifier stays as written (综合参保率 stays
/// 综合参保率); anything else is made into one by fixed rules, so the same names in the same order always give
/// the same identifiers:
/// <list type="number">
/// <item>formatting characters (Unicode Cf, e.g. U+200B, U+200E, U+202E) are dropped, as the C# compiler drops
/// them from an identifier's name (two names differing only in one would otherwise be one C# name); a lone
/// surrogate counts as a character that cannot appear in an identifier;</item>
/// <item>nothing else is normalized: Roslyn compares identifiers ordinally once Cf characters are gone (it does
/// not apply NFC), so <c>e</c>+U+0301 and <c>é</c> are two valid, distinct identifiers, and this project runs with
/// invariant globalization, where <see cref="string.Normalize()"/> leaves non-ASCII text unchanged anyway;</item>
/// <item>each run of characters that cannot appear in an identifier (spaces, punctuation, symbols, characters
/// outside the BMP, which Roslyn does not accept in identifiers) becomes one <c>_</c>, and underscores so made
/// at either end are trimmed;</item>
/// <item>a name that then starts with a character that cannot start an identifier (a digit, a combining mark)
/// gets a leading <c>_</c>; an empty name becomes 未命名;</item>
/// <item>a name longer than <see cref="MaxLength"/> characters is cut there, keeping metadata names (accessors
/// and backing fields included) under the CLI's 1024-byte limit;</item>
/// <item>a C# keyword, reserved or contextual (<c>class</c>, <c>value</c>, <c>field</c>, <c>var</c>), gets a
/// trailing <c>_</c> rather than an <c>@</c>: the name then means the same thing in every position, and no
/// reader has to know that <c>@class</c> and <c>class</c> are one identifier;</item>
/// <item>a name already in <c>taken</c> gets the first free suffix <c>_2</c>, <c>_3</c>, …</item>
/// </list>
/// The result satisfies <see cref="SyntaxFacts.IsValidIdentifier"/> and is added to <c>taken</c>.
/// </summary>
public static class Identifiers
{
    /// <summary>Longest identifier made from a name, before a collision suffix (UTF-16 units, all in the BMP).</summary>
    public const int MaxLength = 200;

    private const string EmptyName = "未命名";

    /// <summary>
    /// A valid C# identifier for <paramref name="name"/> not yet in <paramref name="taken"/>, which it is then added
    /// to. Put the generated code's own names in <paramref name="taken"/> first; use an ordinal set.
    /// </summary>
    public static string For(string name, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(taken);

        var candidate = Sanitize(name);
        var unique = candidate;
        for (var suffix = 2; taken.Contains(unique); suffix++)
        {
            unique = candidate + "_" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        if (!SyntaxFacts.IsValidIdentifier(unique) || IsKeyword(unique))
        {
            throw new InvalidOperationException($"identifier rules produced an invalid identifier (length {unique.Length})");
        }

        taken.Add(unique);
        return unique;
    }

    /// <summary>The identifier for <paramref name="name"/> before collisions are resolved.</summary>
    public static string Sanitize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        var normalized = WithoutFormattingCharacters(name);
        var builder = new StringBuilder(Math.Min(normalized.Length, MaxLength) + 1);
        var pendingSeparator = false;
        foreach (var c in normalized)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            if (SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c) && !IsFormatting(c))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append('_');
                }

                pendingSeparator = false;
                builder.Append(c);
            }
            else
            {
                pendingSeparator = true;
            }
        }

        if (builder.Length == 0)
        {
            return EmptyName;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return IsKeyword(identifier) ? identifier + "_" : identifier;
    }

    private static bool IsKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
        || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None
        || identifier == "value"; // a setter's implicit parameter, which Roslyn does not list as a contextual keyword

    private static bool IsFormatting(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Drops Cf characters (paired or not); a lone surrogate becomes a space, which then separates like any other.</summary>
    private static string WithoutFormattingCharacters(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(name, i) != UnicodeCategory.Format)
                {
                    builder.Append(c).Append(name[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(' ');
            }
            else if (!IsFormatting(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
