using SchemeLang.Diagnostics;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>
/// Checks made before ANTLR sees the text: ANTLR has no recursion limit and its prediction is quadratic in a
/// line's length, so deep nesting and giant lines are refused here, each with one diagnostic.
/// </summary>
internal static class InputGuards
{
    public static bool Check(SourceText source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(DiagnosticCatalog.FileEmpty(new Location(source, new TextSpan(0, 0))));
            return false;
        }

        var ok = true;
        var depth = 0;
        var reportedDepth = false;
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (span.Length > SchemeSyntaxParser.MaxLineLength)
            {
                diagnostics.Add(DiagnosticCatalog.LineTooLong(new Location(source, new TextSpan(span.Start, 0)), span.Length, SchemeSyntaxParser.MaxLineLength));
                ok = false;
            }

            depth = 0;
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (char.IsControl(c) && c is not '\t')
                {
                    diagnostics.Add(DiagnosticCatalog.BinaryContent(new Location(source, new TextSpan(i, 1)), c));
                    return false;
                }

                if (c is '(' or '（' or '[' or '【' or '［')
                {
                    depth++;
                    if (depth > SchemeSyntaxParser.MaxNesting && !reportedDepth)
                    {
                        diagnostics.Add(DiagnosticCatalog.NestingTooDeep(new Location(source, new TextSpan(i, 1)), depth, SchemeSyntaxParser.MaxNesting));
                        reportedDepth = true;
                        ok = false;
                    }
                }
                else if (c is ')' or '）' or ']' or '】' or '］')
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
        }

        return ok;
    }
}
