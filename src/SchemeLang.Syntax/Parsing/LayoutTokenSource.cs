using Antlr4.Runtime;
using SchemeLang.Parsing.Generated;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>
/// Makes the layout of keyword blocks visible to the grammar, the way Python's tokenizer does for its suites:
/// the lines indented below a block's keyword line (数据, 目标值, 等级, 否决, 约束, 测试, 分项, 区间, 等次, 扣分) are
/// wrapped in INDENT … DEDENT. With the block's extent known, a broken 区间 row is still read as a row of its
/// table instead of ending the table and starting a cascade of errors. The indicator tree itself is nested
/// later, from indentation widths (<see cref="IndicatorTreeAssembler"/>). Also ends the last line with a
/// synthetic NEWLINE so that every statement in the grammar ends with one.
/// </summary>
internal sealed class LayoutTokenSource(SchemeLexer lexer, SourceFile source) : ITokenSource
{
    private static readonly IReadOnlySet<int> BlockKeywords = Keywords.Types("数据", "目标值", "等级", "否决", "约束", "测试", "分项", "区间", "等次", "扣分");

    // 等级 and 等次 also have a one-line form with their entries after the keyword; only the bare keyword opens a block.
    private static readonly IReadOnlySet<int> BareBlockKeywords = Keywords.Types("等级", "等次");

    // A test's name is free text and may end in a number ("测试 满意度84.67%"); the keyword stands apart from it.
    private static readonly int TestKeyword = Keywords.Types("测试").Single();

    private readonly Queue<IToken> _pending = new();
    private readonly Stack<int> _blockIndents = new();
    private int? _openerIndent;
    private bool _atEnd;

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
        while (_pending.Count == 0)
        {
            ReadLine();
        }

        return _pending.Dequeue();
    }

    /// <summary>Reads one physical line from the lexer and queues it, preceded by the layout tokens it implies.</summary>
    private void ReadLine()
    {
        if (_atEnd)
        {
            _pending.Enqueue(lexer.NextToken());
            return;
        }

        var line = new List<IToken>();
        IToken token;
        do
        {
            token = lexer.NextToken();
            line.Add(token);
        }
        while (token.Type is not (SchemeLexer.NEWLINE or TokenConstants.EOF));

        var content = line.Count - 1;
        if (content > 0)
        {
            Layout(line[0], IsBlockOpener(line, content));
        }

        if (token.Type == TokenConstants.EOF)
        {
            _atEnd = true;
            if (content > 0)
            {
                line.Insert(content, Synthetic(SchemeLexer.NEWLINE, token));
                content++;
            }

            while (_blockIndents.TryPop(out _))
            {
                line.Insert(content, Synthetic(SchemeParser.DEDENT, token));
            }
        }

        foreach (var queued in line)
        {
            _pending.Enqueue(queued);
        }
    }

    private void Layout(IToken first, bool opensBlock)
    {
        var indent = source.GetIndentWidth(first.StartIndex);
        if (_openerIndent is { } opener && indent > opener)
        {
            _blockIndents.Push(opener);
            _pending.Enqueue(Synthetic(SchemeParser.INDENT, first));
        }
        else
        {
            while (_blockIndents.TryPeek(out var blockIndent) && indent <= blockIndent)
            {
                _blockIndents.Pop();
                _pending.Enqueue(Synthetic(SchemeParser.DEDENT, first));
            }
        }

        // Blocks do not nest: a keyword line inside a block is one of its entries.
        _openerIndent = opensBlock && _blockIndents.Count == 0 ? indent : null;
    }

    /// <summary>A block keyword line without a weight at its end: an indicator line always ends with its weight.</summary>
    private static bool IsBlockOpener(List<IToken> line, int content)
    {
        var first = line[0].Type;
        if (!BlockKeywords.Contains(first))
        {
            return false;
        }

        if (BareBlockKeywords.Contains(first))
        {
            return content == 1 || (content == 2 && line[1].Type == SchemeLexer.DOT);
        }

        if (first == TestKeyword)
        {
            return content == 1 || line[1].StartIndex > line[0].StopIndex + 1;
        }

        var last = line[content - 1].Type == SchemeLexer.DOT && content > 1 ? content - 2 : content - 1;
        var weight = last > 0 && line[last].Type == SchemeLexer.RPAREN ? last - 1 : last;
        return line[weight].Type is not (SchemeLexer.POINTS or SchemeLexer.PERCENT);
    }

    /// <summary>A zero-width token at the start of <paramref name="at"/>, so a diagnostic on it points at that spot.</summary>
    private CommonToken Synthetic(int type, IToken at) =>
        new(Tuple.Create((ITokenSource)this, InputStream), type, Lexer.DefaultTokenChannel, at.StartIndex, at.StartIndex - 1)
        {
            Line = at.Line,
            Column = at.Column,
            Text = string.Empty,
        };
}
