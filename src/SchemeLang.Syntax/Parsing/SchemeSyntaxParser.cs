using Antlr4.Runtime;
using SchemeLang.Diagnostics;
using SchemeLang.Parsing.Generated;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>Text → syntax tree. The one entry point into ANTLR; nothing it returns carries an ANTLR type.</summary>
public static class SchemeSyntaxParser
{
    public const int MaxLineLength = 2_000;
    public const int MaxNesting = 64;

    public static ParseResult Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        if (!InputGuards.Check(source, diagnostics))
        {
            return new ParseResult(null, diagnostics.ToSortedArray());
        }

        var lexer = new SchemeLexer(new AntlrInputStream(source.Text));
        var errors = new SyntaxErrorListener(source, diagnostics);
        lexer.RemoveErrorListeners();
        var parser = new SchemeParser(new CommonTokenStream(new LayoutTokenSource(lexer, source))) { ErrorHandler = new LineErrorStrategy() };
        parser.RemoveErrorListeners();
        parser.AddErrorListener(errors);

        var tree = parser.scheme();
        var syntax = new SyntaxTreeBuilder(source, diagnostics).Build(tree, isComplete: !errors.HasErrors);
        return new ParseResult(syntax, diagnostics.ToSortedArray());
    }
}
