using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
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
        var tree = ParseSll(tokens) ?? ParseLl(tokens, errors);
        var syntax = new SyntaxTreeBuilder(source, diagnostics).Build(tree, isComplete: !errors.HasErrors);
        return new ParseResult(syntax, diagnostics.ToSortedArray());
    }

    /// <summary>
    /// The first of ANTLR's two-stage parse: SLL prediction, no recovery. The grammar's statement alternatives overlap
    /// (a rule line also reads as an indicator line), so full-context LL prediction ran at every line, uncached: 1 MB of
    /// scheme took 7 s and 7 GB of allocations. SLL either returns the tree LL would or fails (ANTLR's PredictionMode
    /// contract); null when it fails, and the text is parsed again by <see cref="ParseLl"/>, which reports its errors.
    /// </summary>
    private static SchemeParser.SchemeContext? ParseSll(CommonTokenStream tokens)
    {
        var parser = new SchemeParser(tokens) { ErrorHandler = new BailErrorStrategy() };
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.RemoveErrorListeners();
        try
        {
            return parser.scheme();
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            return null;
        }
    }

    /// <summary>Full LL prediction with line-by-line recovery, every syntax error reported to <paramref name="errors"/>.</summary>
    private static SchemeParser.SchemeContext ParseLl(CommonTokenStream tokens, SyntaxErrorListener errors)
    {
        var parser = new SchemeParser(tokens) { ErrorHandler = new LineErrorStrategy() };
        parser.RemoveErrorListeners();
        parser.AddErrorListener(errors);
        return parser.scheme();
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
