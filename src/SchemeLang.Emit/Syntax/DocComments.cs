using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemeLang.Emit.Syntax;

/// <summary>
/// XML documentation comments holding scheme text. A <c>///</c> comment ends at any C# line break, so every line
/// break (CR, LF, U+0085, U+2028, U+2029) and every character XML cannot carry (controls, lone surrogates) or a
/// reader could be misled by (bidi and other format characters) becomes a space; what remains is XML-escaped by
/// the framework's escaper. The text therefore stays one line of the comment and one XML text node, and the
/// compiler (documentation mode Diagnose, warnings as errors) checks the result. <c>//</c> comments follow the same
/// policy (Trojan Source: no bidi control reorders what a reviewer sees), without the XML escaping.
/// </summary>
public static class DocComments
{
    /// <summary>Leading trivia: a <c>&lt;summary&gt;</c> doc comment whose text is <paramref name="summary"/>.</summary>
    public static SyntaxTriviaList Summary(string summary) =>
        SyntaxFactory.ParseLeadingTrivia($"/// <summary>{Text(summary)}</summary>\n");

    /// <summary>Leading trivia: a <c>//</c> comment of one line whose text is <paramref name="comment"/>, made safe as for a doc comment.</summary>
    public static SyntaxTriviaList Line(string comment) =>
        SyntaxFactory.TriviaList(SyntaxFactory.Comment("// " + OneLine(comment)), SyntaxFactory.EndOfLine("\n"));

    /// <summary>Scheme text as the content of one XML doc line.</summary>
    public static string Text(string text) => SecurityElement.Escape(OneLine(text));

    /// <summary>Scheme text with every line break and every unsafe or invisible character a space.</summary>
    private static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsUnsafe(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
}
