using Antlr4.Runtime;
using SchemeLang.Parsing.Generated;

namespace SchemeLang.Parsing;

/// <summary>Ends the last line with a synthetic NEWLINE so that every statement in the grammar ends with one.</summary>
internal sealed class TrailingNewlineTokenSource(SchemeLexer lexer) : ITokenSource
{
    private int _lastType = SchemeLexer.NEWLINE;

    public int Line => lexer.Line;

    public int Column => lexer.Column;

    public ICharStream InputStream => (ICharStream)lexer.InputStream;

    public string SourceName => lexer.SourceName;

    public ITokenFactory TokenFactory
    {
        get => lexer.TokenFactory;
        set => lexer.TokenFactory = value;
    }

    public IToken NextToken()
    {
        var token = lexer.NextToken();
        if (token.Type == TokenConstants.EOF && _lastType != SchemeLexer.NEWLINE)
        {
            // A lexer at the end keeps answering EOF, so the next call still ends the stream.
            _lastType = SchemeLexer.NEWLINE;
            return new CommonToken(Tuple.Create((ITokenSource)this, InputStream), SchemeLexer.NEWLINE, Lexer.DefaultTokenChannel, token.StartIndex, token.StartIndex - 1)
            {
                Line = token.Line,
                Column = token.Column,
                Text = string.Empty,
            };
        }

        _lastType = token.Type;
        return token;
    }
}
