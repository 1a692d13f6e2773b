using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SchemeLang.Diagnostics;
using SchemeLang.Syntax;
using SchemeLang.Text;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>
/// 按比例 as authors type it: 「按比例 实际到位资金/计划投入资金*100%」, 「按比例 (实际完成数/计划数)×100%」, and the 自评表's own
/// 「得分=完成率×该项指标分值」. 「×100%」 says "as a percentage" — the ratio itself; 「×100」 would score 100 times it.
/// </summary>
internal sealed partial class SyntaxTreeBuilder
{
    /// <summary>What the 自评表 calls the score (得分) and the weight (该项指标分值) in its formula.</summary>
    private static readonly HashSet<string> ScoreWords = ["得分", "指标得分", "该项得分", "本项得分", "该指标得分", "该项指标得分"];

    private static readonly HashSet<string> WeightWords = ["分值", "指标分值", "该项分值", "本项分值", "该指标分值", "本指标分值", "该项指标分值", "本项指标分值"];

    private ProportionalRuleSyntax? ScoreFormulaRule(ScoreFormulaRuleContext formula, SourceSpan span)
    {
        if (Name(formula.scoreWord) is not { } score)
        {
            return null;
        }

        if (!ScoreWords.Contains(score.Text))
        {
            diagnostics.Add(DiagnosticCatalog.ScoreFormulaWord(new SourceLocation(source, score.Span), score.Text, RatioText(formula.ratioTimes().ratio())));
            _complete = false;
            return null;
        }

        return ProportionalRule(formula.ratioTimes(), formula.POINTS(), formula.weightWord, formula.capClause(), span);
    }

    private ProportionalRuleSyntax? ProportionalRule(RatioTimesContext ratioTimes, ITerminalNode? points, NameContext? weightWord, CapClauseContext? cap, SourceSpan span)
    {
        var ratio = Innermost(ratioTimes.ratio());
        if (Name(ratio.dividend) is not { } subject || (ratio.divisor is not null && Name(ratio.divisor) is null))
        {
            return null;
        }

        if (weightWord is not null && Name(weightWord) is { } weight && !WeightWords.Contains(weight.Text))
        {
            diagnostics.Add(DiagnosticCatalog.ScoreFormulaWord(new SourceLocation(source, weight.Span), weight.Text, RatioText(ratioTimes.ratio())));
            _complete = false;
            return null;
        }

        if (ratioTimes.hundred is { } hundred && !AsPercentage(ratioTimes, hundred))
        {
            return null;
        }

        return new ProportionalRuleSyntax(
            subject,
            ratio.divisor is { } divisor ? Name(divisor) : null,
            points is not null ? Quantity(points) : null,
            cap?.bound() is { } bound ? Bound(bound) : null,
            span,
            ratio.written is { } written ? Counted(written, ratio.writtenUnit) : null,
            ratio.dividendWritten is { } dividendWritten ? Counted(dividendWritten, ratio.dividendUnit) : null);
    }

    /// <summary>
    /// 「×100%」 after the ratio is the ratio as a percentage, as the 自评表 writes its formulas. 「×100」 is reported with the
    /// line to write; any other factor is not a completion ratio.
    /// </summary>
    private bool AsPercentage(RatioTimesContext ratioTimes, IToken hundred)
    {
        var factor = Quantity(ratioTimes.PERCENT() ?? ratioTimes.NUMBER());
        if (factor is { Unit: QuantityUnit.Percent, Value: 1m })
        {
            return true;
        }

        var location = new SourceLocation(source, Span(hundred, hundred));
        var ratio = RatioText(ratioTimes.ratio());
        var line = source.GetLineText(source.GetPosition(hundred.StartIndex).Line).Trim();
        diagnostics.Add(factor is { Unit: QuantityUnit.None, Value: 100m }
            ? DiagnosticCatalog.PercentTimesHundred(location, ratio, line.Replace(source.Slice(SourceSpan.FromBounds(ratioTimes.Start.StartIndex, hundred.StopIndex + 1)), ratio, StringComparison.Ordinal), null)
            : DiagnosticCatalog.UnexpectedToken(location, $"「{hundred.Text}」", $"比率后只能写「×100%」（表示按百分数），这一行应写成：按比例 {ratio}"));
        _complete = false;
        return false;
    }

    private static RatioContext Innermost(RatioContext ratio) => ratio.ratio() is { } inner ? Innermost(inner) : ratio;

    /// <summary>The ratio as the page writes it: 「实际完成数 ÷ 计划数」.</summary>
    private string RatioText(RatioContext ratio)
    {
        var inner = Innermost(ratio);
        return inner.divisor is null ? Normalize(source.Slice(Span(inner.dividend))) : $"{Normalize(source.Slice(Span(inner.dividend)))} ÷ {Normalize(source.Slice(Span(inner.divisor)))}";
    }
}
