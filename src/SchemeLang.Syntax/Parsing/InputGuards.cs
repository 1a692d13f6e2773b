using Antlr4.Runtime;
using SchemeLang.Diagnostics;
using SchemeLang.Parsing.Generated;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>
/// Checks made before ANTLR's parser sees the text, each ending in one diagnostic. The text is checked before it is
/// lexed: a file that is no scheme at all, and lines so long that prediction (quadratic in a line's length) would
/// crawl. The tokens are checked before they are parsed: the parser, the syntax tree builder, the binder and the
/// evaluator all recurse over a formula, and the indicator tree is nested by indentation, so bracket depth,
/// operators on a line and indentation are bounded here (the parser has no recursion limit of its own). Comments and
/// quoted text are single tokens or none, so brackets or dashes in them count for nothing.
/// </summary>
internal static class InputGuards
{
    public static bool CheckText(SourceFile source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(DiagnosticCatalog.FileEmpty(new SourceLocation(source, new SourceSpan(0, 0))));
            return false;
        }

        var ok = true;
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (span.Length > SchemeSyntaxParser.MaxLineLength)
            {
                diagnostics.Add(DiagnosticCatalog.LineTooLong(new SourceLocation(source, new SourceSpan(span.Start, 0)), span.Length, SchemeSyntaxParser.MaxLineLength));
                ok = false;
            }

            for (var i = span.Start; i < span.End; i++)
            {
                if (char.IsControl(text[i]) && text[i] is not '\t')
                {
                    diagnostics.Add(DiagnosticCatalog.BinaryContent(new SourceLocation(source, new SourceSpan(i, 1)), text[i]));
                    return false;
                }
            }
        }

        return ok;
    }

    /// <summary>Each limit is reported once, at the first token past it.</summary>
    public static bool CheckTokens(SourceFile source, IList<IToken> tokens, DiagnosticBag diagnostics)
    {
        var (nesting, operators, indent) = (false, false, false);
        var depth = 0;
        var lineOperators = new List<IToken>();
        var lineStart = true;
        foreach (var token in tokens)
        {
            switch (token.Type)
            {
                case SchemeLexer.NEWLINE or TokenConstants.EOF:
                    if (lineOperators.Count > SchemeSyntaxParser.MaxOperators && !operators)
                    {
                        diagnostics.Add(DiagnosticCatalog.TooManyOperators(At(source, lineOperators[SchemeSyntaxParser.MaxOperators]), lineOperators.Count, SchemeSyntaxParser.MaxOperators));
                        operators = true;
                    }

                    (depth, lineStart) = (0, true);
                    lineOperators.Clear();
                    continue;
                case SchemeParser.INDENT or SchemeParser.DEDENT:
                    continue;
                case SchemeLexer.LPAREN or SchemeLexer.LBRACKET:
                    if (++depth > SchemeSyntaxParser.MaxNesting && !nesting)
                    {
                        diagnostics.Add(DiagnosticCatalog.NestingTooDeep(At(source, token), depth, SchemeSyntaxParser.MaxNesting));
                        nesting = true;
                    }

                    break;
                case SchemeLexer.RPAREN or SchemeLexer.RBRACKET:
                    depth = Math.Max(0, depth - 1);
                    break;
                case SchemeLexer.PLUS or SchemeLexer.MINUS or SchemeLexer.TIMES or SchemeLexer.DIV:
                    lineOperators.Add(token);
                    break;
            }

            if (lineStart && !indent && source.GetIndentWidth(token.StartIndex) is var width && width > SchemeSyntaxParser.MaxIndent)
            {
                var indentation = SourceSpan.FromBounds(source.GetLineStart(source.GetPosition(token.StartIndex).Line), token.StartIndex);
                diagnostics.Add(DiagnosticCatalog.IndentTooDeep(new SourceLocation(source, indentation), width, SchemeSyntaxParser.MaxIndent));
                indent = true;
            }

            lineStart = false;
        }

        return !(nesting || operators || indent);
    }

    private static SourceLocation At(SourceFile source, IToken token) =>
        new(source, SourceSpan.FromBounds(token.StartIndex, token.StopIndex + 1));
}
