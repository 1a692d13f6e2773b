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

    /// <summary>+ − × ÷ on one line: a formula's depth, and so the recursion of every phase that walks it.</summary>
    public const int MaxOperators = 100;

    /// <summary>Display columns of indentation, which bound the depth of the indicator tree.</summary>
    public const int MaxIndent = 64;

    public static ParseResult Parse(SourceFile source)
    {
        var diagnostics = new DiagnosticBag();
        if (!InputGuards.CheckText(source, diagnostics))
        {
            return new ParseResult(null, diagnostics.ToSortedArray());
        }

        var lexer = new SchemeLexer(CodePoints(source.Text)) { TokenFactory = new Utf16TokenFactory(source.Text) };
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(new LayoutTokenSource(lexer, source));
        tokens.Fill();
        if (!InputGuards.CheckTokens(source, tokens.GetTokens(), diagnostics))
        {
            return new ParseResult(null, diagnostics.ToSortedArray());
        }

        var errors = new SyntaxErrorListener(source, diagnostics);
        var parser = new SchemeParser(tokens) { ErrorHandler = new LineErrorStrategy() };
        parser.RemoveErrorListeners();
        parser.AddErrorListener(errors);

        var tree = parser.scheme();
        var syntax = new SyntaxTreeBuilder(source, diagnostics).Build(tree, isComplete: !errors.HasErrors);
        return new ParseResult(syntax, diagnostics.ToSortedArray());
    }

    /// <summary>
    /// The text as code points, so that 𠀋 is one character to the lexer. CharStreams rejects a lone surrogate (only a
    /// SourceFile made in code can hold one; a file is strict UTF-8): it becomes U+FFFD, one code unit for one, so no
    /// offset moves and the lexer reports it in place.
    /// </summary>
    private static ICharStream CodePoints(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return CharStreams.fromString(new string(chars));
    }
}
