using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using SchemeLang.Parsing.Generated;

namespace SchemeLang.Parsing;

/// <summary>
/// Error recovery for a line-oriented language: a line the parser cannot read is reported once and given up
/// whole, and parsing resumes at the next line in the same block. ANTLR's default strategy instead guesses at
/// single missing or extra tokens and resynchronises on follow sets, which in a language whose names are free
/// text resumes mid-line and reads the rest of a broken line as new, wrong statements.
/// </summary>
internal sealed class LineErrorStrategy : DefaultErrorStrategy
{
    private int _lastRecoveryIndex = -1;

    /// <summary>No guessing at a missing or extra token: the error goes to the rule, which gives up the line.</summary>
    public override IToken RecoverInline(Parser recognizer) => throw new InputMismatchException(recognizer);

    /// <summary>Skips the rest of the failed line, leaving its line break to the rule that ends the line.</summary>
    public override void Recover(Parser recognizer, RecognitionException e)
    {
        var stream = recognizer.TokenStream;
        if (_lastRecoveryIndex == stream.Index && stream.LA(1) is not (TokenConstants.EOF or SchemeParser.NEWLINE))
        {
            // Failsafe as in the default strategy: two recoveries at one token must consume it.
            recognizer.Consume();
        }

        _lastRecoveryIndex = stream.Index;
        while (stream.LA(1) is not (TokenConstants.EOF or SchemeParser.NEWLINE))
        {
            recognizer.Consume();
        }
    }

    /// <summary>
    /// Before a decision: when the next line cannot start anything the grammar expects here, report it and
    /// skip it, with the block it opens, until a line that can.
    /// </summary>
    public override void Sync(Parser recognizer)
    {
        var state = recognizer.Interpreter.atn.states[recognizer.State];
        if (state.StateType is not (StateType.StarLoopEntry or StateType.StarLoopBack or StateType.PlusLoopBack))
        {
            return;
        }

        var stream = recognizer.TokenStream;
        while (stream.LA(1) != TokenConstants.EOF)
        {
            var expecting = recognizer.Atn.NextTokens(state);
            if (expecting.Contains(TokenConstants.EPSILON) || expecting.Contains(stream.LA(1)))
            {
                return;
            }

            // Mid-line, the decision fails and the rule gives up the rest of the line (Recover); whole lines are skipped here.
            if (stream.LA(1) != SchemeParser.NEWLINE && !AtLineStart(stream))
            {
                return;
            }

            if (stream.LA(1) is not (SchemeParser.NEWLINE or SchemeParser.DEDENT))
            {
                ReportUnwantedToken(recognizer);
            }

            SkipLine(recognizer);
            EndErrorCondition(recognizer);
        }
    }

    private static bool AtLineStart(ITokenStream stream) =>
        stream.LT(-1) is not { } previous || previous.Type is SchemeParser.NEWLINE or SchemeParser.INDENT or SchemeParser.DEDENT;

    /// <summary>Skips a line, its line break and the block it opens; or one stray block; or one stray block end.</summary>
    private static void SkipLine(Parser recognizer)
    {
        var stream = recognizer.TokenStream;
        switch (stream.LA(1))
        {
            case SchemeParser.DEDENT:
                recognizer.Consume();
                return;
            case SchemeParser.INDENT:
                SkipBlock(recognizer);
                return;
        }

        while (stream.LA(1) is not (TokenConstants.EOF or SchemeParser.NEWLINE))
        {
            recognizer.Consume();
        }

        while (stream.LA(1) == SchemeParser.NEWLINE)
        {
            recognizer.Consume();
        }

        if (stream.LA(1) == SchemeParser.INDENT)
        {
            SkipBlock(recognizer);
        }
    }

    private static void SkipBlock(Parser recognizer)
    {
        var stream = recognizer.TokenStream;
        var depth = 0;
        do
        {
            depth += stream.LA(1) switch
            {
                SchemeParser.INDENT => 1,
                SchemeParser.DEDENT => -1,
                _ => 0,
            };
            recognizer.Consume();
        }
        while (depth > 0 && stream.LA(1) != TokenConstants.EOF);
    }
}
