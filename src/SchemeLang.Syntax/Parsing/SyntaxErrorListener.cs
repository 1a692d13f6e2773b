using Antlr4.Runtime;
using SchemeLang.Diagnostics;
using SchemeLang.Parsing.Generated;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>
/// Turns ANTLR's syntax errors into SL1001 with Chinese wording; ANTLR's English text is never shown.
/// Only the first error of a line is kept, so one typo gives one diagnostic.
/// </summary>
internal sealed class SyntaxErrorListener(SourceText source, DiagnosticBag diagnostics) : BaseErrorListener
{
    private const int MaxExpectedShown = 6;

    private static readonly Dictionary<int, string> TokenNames = new()
    {
        [SchemeParser.NEWLINE] = "换行",
        [SchemeParser.POINTS] = "分值（如 5分）",
        [SchemeParser.PERCENT] = "百分数（如 95%）",
        [SchemeParser.PERCENT_POINTS] = "百分点（如 1个百分点）",
        [SchemeParser.MONEY] = "金额（如 117.42万元）",
        [SchemeParser.NUMBER] = "数字",
        [SchemeParser.QUOTED] = "带引号的名称",
        [SchemeParser.ITEM_MARK] = "序号（如 ①）",
        [SchemeParser.INFINITY] = "∞",
        [SchemeParser.GE] = "≥",
        [SchemeParser.LE] = "≤",
        [SchemeParser.GT] = ">",
        [SchemeParser.LT] = "<",
        [SchemeParser.EQ] = "=",
        [SchemeParser.PLUS] = "+",
        [SchemeParser.MINUS] = "-",
        [SchemeParser.TIMES] = "×",
        [SchemeParser.DIV] = "÷",
        [SchemeParser.TILDE] = "～",
        [SchemeParser.LPAREN] = "（",
        [SchemeParser.RPAREN] = "）",
        [SchemeParser.LBRACKET] = "[",
        [SchemeParser.RBRACKET] = "]",
        [SchemeParser.COMMA] = "，",
        [SchemeParser.SEMI] = "；",
        [SchemeParser.COLON] = "：",
        [SchemeParser.ENUM] = "、",
        [SchemeParser.DOT] = "。",
        [SchemeParser.LATIN] = "名称",
        [SchemeParser.HAN] = "名称",
        [SchemeParser.TEXT_PUNCT] = "名称",
    };

    private int _lastErrorLine = -1;

    public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        if (line == _lastErrorLine)
        {
            return;
        }

        _lastErrorLine = line;
        var span = offendingSymbol.Type == TokenConstants.EOF || offendingSymbol.StopIndex < offendingSymbol.StartIndex
            ? new TextSpan(Math.Min(offendingSymbol.StartIndex, source.Text.Length), 0)
            : TextSpan.FromBounds(offendingSymbol.StartIndex, offendingSymbol.StopIndex + 1);
        diagnostics.Add(DiagnosticCatalog.UnexpectedToken(new Location(source, span), Describe(offendingSymbol), Expected(recognizer as Parser)));
    }

    private static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "文件末尾",
        SchemeParser.NEWLINE => "行尾",
        SchemeParser.INDENT => "缩进的内容",
        SchemeParser.DEDENT => "缩进结束",
        _ => $"「{token.Text}」",
    };

    private static string? Expected(Parser? parser)
    {
        if (parser is null)
        {
            return null;
        }

        var names = parser.GetExpectedTokens().ToArray()
            .Select(Name)
            .Where(name => name is not null)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return names.Length is > 0 and <= MaxExpectedShown ? string.Join("、", names) : null;
    }

    private static string? Name(int type)
    {
        if (TokenNames.TryGetValue(type, out var name))
        {
            return name;
        }

        return Keywords.Text(type) is { } keyword ? $"「{keyword}」" : null;
    }
}
