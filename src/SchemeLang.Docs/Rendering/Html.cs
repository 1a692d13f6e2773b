using System.Text.Encodings.Web;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Rendering;

/// <summary>The one HTML encoder of the pages: every value a template writes, and scheme text inside <see cref="TrustedHtml"/>.</summary>
public static class Html
{
    // Chinese stays readable in the file: only the characters that mean something to HTML are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>
    /// <paramref name="text"/> as HTML text, hidden characters shown as their code points first (<see cref="VisibleText"/>):
    /// a browser obeys a bidi override written as <c>&amp;#x202E;</c> as much as the character itself.
    /// </summary>
    public static string Encode(string text) => Encoder.Encode(VisibleText.Of(text));
}
