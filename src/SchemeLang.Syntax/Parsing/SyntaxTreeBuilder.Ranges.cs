using System.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>Ranges and bounds as authors write them: intervals, comparisons, 以上/不满, （含）/（不含） marks, one value, a named variable.</summary>
internal sealed partial class SyntaxTreeBuilder
{
    // ---------------------------------------------------------------- ranges

    private RangeSyntax? Range(RangeContext range)
    {
        if (range.exception is not null)
        {
            return null;
        }

        var text = Normalize(source.Slice(Span(range)));
        var span = Span(range);
        switch (range)
        {
            case IntervalRangeContext interval when Bound(interval.lower) is { } lower && Bound(interval.upper) is { } upper:
                return new RangeSyntax(
                    Finite(lower), interval.open.Type == LBRACKET,
                    Finite(upper), interval.close.Type == RBRACKET,
                    RangeForm.Interval, text, span);
            case ComparisonRangeContext comparison when Bound(comparison.bound()) is { } bound:
                return Compared(Comparison(comparison.comparison()), bound, text, span, variable: null);
            case SuffixRangeContext suffix when Bound(suffix.bound()) is { } bound:
                // 以上、以下、以内 include the bound (民法典第一千二百五十九条).
                return suffix.suffix.Text is "以上" or "及以上"
                    ? new RangeSyntax(bound, true, null, false, RangeForm.Suffix, text, span)
                    : new RangeSyntax(null, false, bound, true, RangeForm.Suffix, text, span);
            case PrefixRangeContext prefix when Bound(prefix.bound()) is { } bound:
                // 不满、超过、低于 exclude it; 不低于/不高于 include it.
                return prefix.prefix.Text switch
                {
                    "超过" or "高于" or "大于" => new RangeSyntax(bound, false, null, false, RangeForm.Prefix, text, span),
                    "不低于" => new RangeSyntax(bound, true, null, false, RangeForm.Prefix, text, span),
                    "不高于" => new RangeSyntax(null, false, bound, true, RangeForm.Prefix, text, span),
                    "不满" or "低于" or "不足" or "小于" => new RangeSyntax(null, false, bound, false, RangeForm.Prefix, text, span),
                    var other => throw new UnreachableException($"range prefix {other}"),
                };
            case DashRangeContext dash when Bound(dash.lower) is { } lower && Bound(dash.upper) is { } upper:
                return new RangeSyntax(lower, true, upper, true, RangeForm.Dash, text, span);
            case ChainedRangeContext chained when Bound(chained.lower) is { } lower && Bound(chained.upper) is { } upper
                                              && chained.first is not null && chained.second is not null:
                return new RangeSyntax(
                    lower, Comparison(chained.first) == ComparisonOperator.LessOrEqual,
                    upper, Comparison(chained.second) == ComparisonOperator.LessOrEqual,
                    RangeForm.Chained, text, span, Name(chained.name()));
            case MarkedSuffixRangeContext marked when Bound(marked.bound()) is { } bound:
                return marked.suffix.Text == "以上"
                    ? new RangeSyntax(bound, Holds(marked.inclusion()), null, false, RangeForm.Marked, text, span)
                    : new RangeSyntax(null, false, bound, Holds(marked.inclusion()), RangeForm.Marked, text, span);
            case MarkedRangeContext marked when Bound(marked.lower) is { } lower && Bound(marked.upper) is { } upper:
                return new RangeSyntax(lower, marked.above is null && Holds(marked.lowerMark), upper, Holds(marked.upperMark), RangeForm.Marked, text, span);
            case EqualRangeContext equal when Bound(equal.bound()) is { } bound:
                return new RangeSyntax(bound, true, bound, true, RangeForm.Comparison, text, span);
            default:
                return null;
        }
    }

    /// <summary>A band's range: any range, one value (「100% 得6分」), or the subject compared (「y≥8%」).</summary>
    private RangeSyntax? BandRange(BandRangeContext range)
    {
        if (range.exception is not null)
        {
            return null;
        }

        var text = Normalize(source.Slice(Span(range)));
        var span = Span(range);
        switch (range)
        {
            case WrittenRangeContext written:
                return written.range() is { } inner ? Range(inner) : null;
            case ExactRangeContext exact when Bound(exact.bound()) is { } bound:
                return new RangeSyntax(bound, true, bound, true, RangeForm.Comparison, text, span);
            case VariableRangeContext variable when Bound(variable.bound()) is { } bound && Name(variable.variable) is { } name:
                return Compared(Comparison(variable.comparison()), bound, text, span, name);
            default:
                return null;
        }
    }

    /// <summary>「≥ 90%」, 「y &lt; 2%」: one bound and which side of it the range is on.</summary>
    private static RangeSyntax Compared(ComparisonOperator comparison, BoundSyntax bound, string text, SourceSpan span, NameSyntax? variable) => comparison switch
    {
        ComparisonOperator.GreaterOrEqual => new RangeSyntax(bound, true, null, false, RangeForm.Comparison, text, span, variable),
        ComparisonOperator.Greater => new RangeSyntax(bound, false, null, false, RangeForm.Comparison, text, span, variable),
        ComparisonOperator.LessOrEqual => new RangeSyntax(null, false, bound, true, RangeForm.Comparison, text, span, variable),
        ComparisonOperator.Less => new RangeSyntax(null, false, bound, false, RangeForm.Comparison, text, span, variable),
        ComparisonOperator.Equal => new RangeSyntax(bound, true, bound, true, RangeForm.Comparison, text, span, variable),
        _ => throw new UnreachableException($"comparison {comparison}"),
    };

    private static bool Holds(InclusionContext? inclusion) => inclusion?.mark?.Text == "含";

    private static BoundSyntax? Finite(BoundSyntax bound) => bound is InfinityBound ? null : bound;

    private BoundSyntax? Bound(BoundContext? bound)
    {
        if (bound is null || bound.exception is not null)
        {
            return null;
        }

        if (bound.INFINITY() is not null)
        {
            return new InfinityBound(Span(bound));
        }

        // A 目标值's written value is a literal too: 参保率目标（95%）.
        if (bound.name() is null && bound.literal() is { } literal)
        {
            return Counted(literal, bound.unit) is { } value ? new QuantityBoundSyntax(value) : null;
        }

        return Name(bound.name()) is { } name ? new NameBoundSyntax(name, bound.written is { } written ? Counted(written, bound.writtenUnit) : null) : null;
    }

    /// <summary>Only inside the builder: ∞ as a bound means "no bound".</summary>
    private sealed record InfinityBound(SourceSpan Span) : BoundSyntax(Span);

    private static ComparisonOperator Comparison(ComparisonContext comparison) => comparison.Start.Type switch
    {
        GE => ComparisonOperator.GreaterOrEqual,
        LE => ComparisonOperator.LessOrEqual,
        GT => ComparisonOperator.Greater,
        LT => ComparisonOperator.Less,
        EQ => ComparisonOperator.Equal,
        var other => throw new UnreachableException($"comparison token {other}"),
    };
}
