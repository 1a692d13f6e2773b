using System.Text.RegularExpressions;
using Antlr4.Runtime;
using SchemeLang.Diagnostics;
using SchemeLang.Parsing.Generated;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>
/// Turns ANTLR's syntax errors into SL1001 with Chinese wording; ANTLR's English text is never shown.
/// Only the first error of a line is kept, so one typo gives one diagnostic.
/// </summary>
internal sealed partial class SyntaxErrorListener(SourceFile source, DiagnosticBag diagnostics) : BaseErrorListener
{
    private const int MaxExpectedShown = 8;

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

    public bool HasErrors => _lastErrorLine >= 0;

    public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        if (line == _lastErrorLine)
        {
            return;
        }

        _lastErrorLine = line;
        var span = offendingSymbol.Type == TokenConstants.EOF || offendingSymbol.StopIndex < offendingSymbol.StartIndex
            ? new SourceSpan(Math.Min(offendingSymbol.StartIndex, source.Text.Length), 0)
            : SourceSpan.FromBounds(offendingSymbol.StartIndex, offendingSymbol.StopIndex + 1);
        var hint = GluedComment(source, span.Start)
            ?? PointsWithoutVerb(recognizer as Parser, offendingSymbol)
            ?? RuleReadAsIndicator(recognizer as Parser)
            ?? InFormula(recognizer as Parser, offendingSymbol)
            // A line that began like prose 「…的得3分，…的扣3分」 and broke off reads as no statement: say so as for one.
            ?? (recognizer is Parser { Context: SchemeParser.ProsePassFailRuleContext { Start: { } proseStart } } ? (IsFormula(proseStart) ? FormulaLine(proseStart) : LineForm(proseStart)) : null)
            ?? (e is NoViableAltException { Context: SchemeParser.StatementContext, StartToken: { } start }
                ? (IsFormula(start) ? FormulaLine(start) : LineForm(start))
                : Expected(recognizer as Parser) is { } expected ? $"此处应为：{expected}" : null);
        diagnostics.Add(DiagnosticCatalog.UnexpectedToken(new SourceLocation(source, span), Describe(offendingSymbol), hint));
    }

    /// <summary>
    /// 「≥95% 4分」 in a band table, 「优 5分」 in a level list: points with no 得 or 「：」 before them. (Bare points are
    /// not read: a line flush with its block would be told from an indicator line only by guessing.) The hint gives
    /// the author's own line in the forms that are read.
    /// </summary>
    private string? PointsWithoutVerb(Parser? parser, IToken offending)
    {
        if (parser is null || offending.Type != SchemeParser.POINTS || !InRowOrLevel(parser.Context))
        {
            return null;
        }

        var lineStart = source.GetLineStart(source.GetPosition(offending.StartIndex).Line);
        var before = source.Text[lineStart..offending.StartIndex].Trim();
        var lastEntry = before.LastIndexOfAny(['；', ';']);
        var entry = lastEntry < 0 ? before : before[(lastEntry + 1)..].Trim();
        var points = offending.Text.Trim();
        return $"分数前要写「得」或「：」，如「{entry} 得{points}」或「{entry}：{points}」";
    }

    /// <summary>
    /// A rule line that did not read as its rule fell through to the indicator-line alternative and failed there, where
    /// the expected tokens would describe an indicator. Say what the rule's line looks like instead — the author's own
    /// line with 得 put before bare points when that is all it lacks, else the rule kind's form.
    /// </summary>
    private string? RuleReadAsIndicator(Parser? parser)
    {
        for (RuleContext? current = parser?.Context; current is not null; current = current.Parent)
        {
            if (current is SchemeParser.IndicatorLineContext { Start: { } first } && Keywords.Text(first.Type) is { } keyword && RuleKeywords.Contains(keyword))
            {
                var line = source.GetLineText(source.GetPosition(first.StartIndex).Line).Trim();
                var fixedLine = BarePoints().Replace(line, " 得$1");
                return fixedLine != line ? $"这一行应写成：{fixedLine}" : LineForm(first);
            }
        }

        return null;
    }

    private static readonly HashSet<string> RuleKeywords = new(["是否", "分项", "区间", "等次", "扣分", "按比例", "酌情", "不适用", "待定", "以下各项"], StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![得：:扣每\d.])\s*(\d+(?:\.\d+)?\s*分)(?![项类级])")]
    private static partial Regex BarePoints();

    private static bool InRowOrLevel(RuleContext? context)
    {
        for (var current = context; current is not null; current = current.Parent)
        {
            if (current is SchemeParser.BandRowContext or SchemeParser.BandEntryContext or SchemeParser.LevelEntryContext or SchemeParser.LevelLineContext)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "得5分#说明" was a comment before a comment needed white space in front of it; now the '#' is text and the line
    /// fails to read. Tells the author so, when such a '#' or '//' comes before the error on its line.
    /// </summary>
    internal static string? GluedComment(SourceFile source, int errorOffset)
    {
        var lineStart = source.GetLineStart(source.GetPosition(errorOffset).Line);
        for (var i = lineStart + 1; i < errorOffset && i < source.Text.Length; i++)
        {
            var marker = source.Text[i] is '#' or '＃' ? source.Text[i].ToString()
                : source.Text[i] == '/' && i + 1 < source.Text.Length && source.Text[i + 1] == '/' ? "//"
                : null;
            if (marker is not null && !char.IsWhiteSpace(source.Text[i - 1]))
            {
                return $"「{marker}」紧跟在文字后面，不是注释；若要写注释，请在 {marker} 前留一个空格";
            }
        }

        return null;
    }

    /// <summary>What a line that reads as no statement most likely lacks: an indicator's weight.</summary>
    internal const string IndicatorLineForm =
        "指标行以分值结尾，如：A1 政策制定 5分（只有下面还有指标的分组可以不写分值）；阈值规则如：综合参保率 ≥ 95% 得满分，每低1个百分点扣1分，扣完为止";

    private const string FormulaForms =
        "公式用 + − × ÷（也可写 * /）和括号（( ) （ ） [ ]），「×100%」表示按百分数，如「完成率：百分比 = (实际完成数/计划数)×100%」";

    /// <summary>
    /// A formula put where a rule belongs: the lines to write, from the author's own (「完成率=(实际完成数/计划数)×100%」 →
    /// 「完成率：百分比 = (实际完成数/计划数)×100%」 in 数据, 「按比例 完成率」 here).
    /// </summary>
    private string FormulaLine(IToken first) => FormulaHint(source.GetLineText(source.GetPosition(first.StartIndex).Line).Trim());

    internal static string FormulaHint(string line)
    {
        var equals = line.IndexOfAny(['=', '＝']);
        var (name, formula) = equals > 0 ? (line[..equals].Trim(), line[(equals + 1)..].Trim()) : ("完成率", line);
        if (name is "得分" or "指标得分")
        {
            return $"这一行像得分公式。得分按比率计时写「得分 = 完成率 × 该项指标分值」或「按比例 完成率」，比率的公式写在「数据」中；{FormulaForms}";
        }

        return $"这一行像一个计算公式，不是指标，也不是评分规则。公式写在「数据」中：{name}：百分比 = {formula}；"
            + $"再在这里按它计分，如「按比例 {name}」「区间 {name}」或「{name} ≥ 95% 得满分，每低1个百分点扣1分，扣完为止」";
    }

    /// <summary>An error inside a 数据 formula or a 按比例 ratio: how formulas are written, with the line to write.</summary>
    private string? InFormula(Parser? parser, IToken offending)
    {
        for (RuleContext? current = parser?.Context; current is not null; current = current.Parent)
        {
            if (current is SchemeParser.ProportionalRuleContext or SchemeParser.ScoreFormulaRuleContext or SchemeParser.RatioContext or SchemeParser.RatioTimesContext)
            {
                return $"这一行应写成：按比例 实际完成数 ÷ 计划数（也可写 按比例 (实际完成数/计划数)×100%），封顶 100%；或把公式写在「数据」中再写「按比例 完成率」；{FormulaForms}";
            }

            var line = source.GetLineText(source.GetPosition(offending.StartIndex).Line).Trim();
            if (current is SchemeParser.ExprContext || (current is SchemeParser.DataDeclContext && line.AsSpan().IndexOfAny("=＝") >= 0))
            {
                return $"「{line}」中的公式读不出来；{FormulaForms}";
            }
        }

        return null;
    }

    /// <summary>A line with ÷ or = that reads as nothing else is a formula put where a rule belongs.</summary>
    private bool IsFormula(IToken first)
    {
        var text = source.GetLineText(source.GetPosition(first.StartIndex).Line);
        return text.AsSpan().IndexOfAny("÷=＝") >= 0;
    }

    /// <summary>
    /// When no kind of line fits, the tokens ANTLR expected are every way a line can start; the way this line was
    /// meant to read, told by its first word, helps the author more.
    /// </summary>
    private static string LineForm(IToken first) => Keywords.Text(first.Type) switch
    {
        "方案" => "这一行应写成：方案 2023年某项目绩效评价",
        "年度" => "这一行应写成：年度 2023",
        "总分" => "这一行应写成：总分 100",
        "权重" => "这一行应写成：权重 分值，或 权重 相对",
        "缺失数据" => "这一行应写成：缺失数据 报错，或 缺失数据 不得分",
        "小数位" => "这一行应写成：小数位 2",
        "数据" => "「数据」单独占一行，各数据项写在下面缩进的行里，如：满意度：百分比",
        "目标值" => "这一行应写成：目标值 2023，各目标值写在下面缩进的行里，如：参保率目标 = 95%",
        "等级" => "这一行应写成：等级 优 ≥ 90；良 [80, 90)；中 [60, 80)；差 < 60，或「等级」单独占一行、各等级写在下面缩进的行里",
        "否决" => "「否决」单独占一行，各项写在下面缩进的行里，如：① 发生重大违纪 扣20分",
        "约束" => "「约束」后写一条约束（约束 全年执行数 ≤ 全年预算数），或单独占一行、各项写在下面缩进的行里，如：末级指标数（产出指标、效益指标）> 5",
        "测试" => "这一行应写成：测试 名称，输入和期望写在下面缩进的行里",
        "是否" => "这一行应写成：是否 条件 得5分，否则不得分",
        "分项" => "「分项」单独占一行，各项写在下面缩进的行里，如：① 按规定履行决策程序 得2分",
        "区间" => "这一行应写成：区间 数据项名称，各档写在下面缩进的行里，如：[90%, 100%] 得5分",
        "等次" => "这一行应写成：等次 有效改善 得5分；较为改善 得3分；未改善 不得分",
        "扣分" => "这一行应写成：扣分，扣完为止，各项写在下面缩进的行里，如：① 出现投诉 每次扣0.5分",
        "按比例" => "这一行应写成：按比例 数据项名称，封顶 100%",
        "酌情" => "这一行应写成：酌情 评分说明",
        "不适用" => "这一行应写成：不适用 得满分，或 不适用 重新分配",
        "以下各项" => "这一行应写成：以下各项：等次 优秀 得满分；良好 得80%；较差 不得分（规则写在同一行，适用于下面每个指标）",
        _ => IndicatorLineForm,
    };

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

        var types = parser.GetExpectedTokens().ToArray();
        var names = types.Select(Name).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length > MaxExpectedShown)
        {
            // Where a name may stand, every keyword may too (names may contain them): list the kinds of token only.
            names = [.. types.Where(TokenNames.ContainsKey).Select(type => TokenNames[type]).Distinct(StringComparer.Ordinal)];
        }

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
