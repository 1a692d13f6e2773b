using System.Text.Encodings.Web;

namespace SchemeLang.Docs.Rendering;

/// <summary>The one HTML encoder of the pages: every value a template writes, and scheme text inside <see cref="TrustedHtml"/>.</summary>
public static class Html
{
    // Chinese stays readable in the file: only the characters that mean something to HTML are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
