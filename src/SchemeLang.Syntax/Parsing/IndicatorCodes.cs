using System.Text.RegularExpressions;
using SchemeLang.Diagnostics;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>
/// The code in front of an indicator's name. A code is what the seed tables use: one capital letter and digits (A, A1,
/// A11, C31) standing apart from the name, or Chinese outline numbering (一、 （一） 1. （1） ①), with or without a
/// space after it (see <see cref="OutlineMarks"/>). Any other first word belongs to the name: "PPP 项目入库" and "DRG 付费改革"
/// are names. A first word shaped almost like a code (a1, A1.1, A１) also stays in the name, and is reported, since
/// the author may have meant a code and records would then be keyed by the whole name.
/// </summary>
internal static partial class IndicatorCodes
{
    /// <param name="span">The indicator line's text before its weight.</param>
    /// <param name="name">That text as a name, for the message when the first word only looks like a code.</param>
    public static NameSyntax? Split(SourceFile source, SourceSpan span, string name, DiagnosticBag diagnostics)
    {
        var text = source.Slice(span);
        if (OutlineMarks.Mark().Match(text) is { Success: true } outline && outline.Length < text.TrimEnd().Length)
        {
            return new NameSyntax(outline.Value, new SourceSpan(span.Start, outline.Length));
        }

        var end = text.AsSpan().IndexOfAny(" \t\u3000\u00A0\uFEFF");
        if (end <= 0)
        {
            return null;
        }

        var word = text[..end];
        var wordSpan = new SourceSpan(span.Start, end);
        if (Code().IsMatch(word))
        {
            return new NameSyntax(word, wordSpan);
        }

        if (NearCode().IsMatch(word))
        {
            diagnostics.Add(DiagnosticCatalog.CodeLikeName(new SourceLocation(source, wordSpan), word, name));
        }

        return null;
    }

    [GeneratedRegex("^[A-Z][0-9]*$")]
    private static partial Regex Code();

    [GeneratedRegex("^[A-Za-z][0-9０-９]*([.．][0-9０-９]+)*$")]
    private static partial Regex NearCode();
}
