using System.Collections.Immutable;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>An indicator's weight after any redistribution and its rounded score; both 0 when it was redistributed away.</summary>
internal readonly record struct IndicatorScore(decimal Weight, decimal Score, bool Redistributed);

/// <summary>
/// From leaf traces to indicator scores: each leaf clamped to its weight and rounded, parents summed, and the weight
/// of 不适用 重新分配 leaves shared among their applicable siblings in proportion to theirs, apportioned so that
/// siblings still add up exactly to their parent.
/// </summary>
internal static class TreeScores
{
    /// <summary>Fills <paramref name="scores"/> (one per indicator, pre-order) and returns the sum of the top level.</summary>
    public static decimal Combine(SchemePlan plan, ReadOnlySpan<LeafTrace> leaves, Span<IndicatorScore> scores)
    {
        if (!plan.MayRedistribute)
        {
            return WithWrittenWeights(plan, leaves, scores);
        }

        // Pre-order reversed visits children before their parent: a parent is redistributed when all its children are.
        for (var i = plan.Indicators.Length - 1; i >= 0; i--)
        {
            var indicator = plan.Indicators[i];
            var redistributed = indicator.Leaf is { } leaf
                ? leaves[leaf.Index].Outcome == LeafOutcome.Redistributed
                : AllRedistributed(indicator, scores);
            scores[i] = new IndicatorScore(0m, 0m, redistributed);
        }

        return Siblings(plan, plan.Roots, plan.Total, leaves, scores);
    }

    /// <summary>
    /// The usual case, where no leaf can give its weight away: every weight is as written, so one pass from the last
    /// indicator back to the first scores each leaf and sums each parent after its children.
    /// </summary>
    private static decimal WithWrittenWeights(SchemePlan plan, ReadOnlySpan<LeafTrace> leaves, Span<IndicatorScore> scores)
    {
        var indicators = plan.Indicators;
        for (var i = indicators.Length - 1; i >= 0; i--)
        {
            var indicator = indicators[i];
            decimal score;
            if (indicator.Leaf is { } leaf)
            {
                FactAudit.Leaf(indicator, leaves[leaf.Index].Score, plan.Decimals);
                score = Scoring.LeafScore(leaves[leaf.Index].Score, indicator.Ceiling, plan.Decimals);
            }
            else
            {
                score = 0m;
                foreach (var child in indicator.Children)
                {
                    score += scores[child].Score;
                }

                // A parent never passes its weight (and its leaves' 附加分); only a bonus group's items can add up past it (加分 capped).
                FactAudit.Parent(indicator, score);
                score = Scoring.ParentScore(score, indicator.Ceiling);
            }

            scores[i] = new IndicatorScore(indicator.Weight, score, false);
        }

        var total = 0m;
        foreach (var root in plan.Roots)
        {
            total += scores[root].Score;
        }

        return total;
    }

    /// <summary>
    /// One indicator's score when no weight can move, from the leaves alone: what <see cref="WithWrittenWeights"/> keeps
    /// for it, by the same arithmetic in the same order — so a result need not keep the scores it can work out again.
    /// </summary>
    public static decimal WrittenScore(SchemePlan plan, ReadOnlySpan<LeafTrace> leaves, int index)
    {
        var indicator = plan.Indicators[index];
        if (indicator.Leaf is { } leaf)
        {
            return Scoring.LeafScore(leaves[leaf.Index].Score, indicator.Ceiling, plan.Decimals);
        }

        var sum = 0m;
        foreach (var child in indicator.Children)
        {
            sum += WrittenScore(plan, leaves, child);
        }

        return Scoring.ParentScore(sum, indicator.Ceiling);
    }

    /// <summary>Whether every child gave its weight away; a group with no children this year (0 points) gave nothing.</summary>
    private static bool AllRedistributed(IndicatorPlan parent, Span<IndicatorScore> scores)
    {
        if (parent.Children.IsEmpty)
        {
            return false;
        }

        foreach (var child in parent.Children)
        {
            if (!scores[child].Redistributed)
            {
                return false;
            }
        }

        return true;
    }

    private static decimal Siblings(SchemePlan plan, ImmutableArray<int> siblings, decimal parentWeight, ReadOnlySpan<LeafTrace> leaves, Span<IndicatorScore> scores)
    {
        Span<decimal> parts = siblings.Length <= 64 ? stackalloc decimal[siblings.Length] : new decimal[siblings.Length];
        var applicable = 0m;
        for (var i = 0; i < siblings.Length; i++)
        {
            parts[i] = scores[siblings[i]].Redistributed ? 0m : plan.Indicators[siblings[i]].Weight;
            applicable += parts[i];
        }

        // The written weights when they add up to the parent's (the usual case); else the parent's apportioned over the applicable.
        ReadOnlySpan<decimal> weights = applicable == parentWeight ? parts : Apportionment.LargestRemainder(parentWeight, parts, plan.Decimals);
        var sum = 0m;
        for (var i = 0; i < siblings.Length; i++)
        {
            if (!scores[siblings[i]].Redistributed)
            {
                sum += Indicator(plan, siblings[i], weights[i], leaves, scores);
            }
        }

        return sum;
    }

    private static decimal Indicator(SchemePlan plan, int index, decimal weight, ReadOnlySpan<LeafTrace> leaves, Span<IndicatorScore> scores)
    {
        var indicator = plan.Indicators[index];
        if (indicator.Leaf is not { } leaf)
        {
            var children = Siblings(plan, indicator.Children, weight, leaves, scores);
            if (weight == indicator.Weight)
            {
                FactAudit.Parent(indicator, children);
            }

            var sum = Scoring.ParentScore(children, weight + indicator.Bonus);
            scores[index] = new IndicatorScore(weight, sum, false);
            return sum;
        }

        var raw = leaves[leaf.Index].Score;
        if (weight != indicator.Weight)
        {
            raw = Scoring.Rescale(raw, indicator.Weight, weight);
        }
        else
        {
            // The proofs are about the weights as written: a leaf that took a sibling's weight is not what they speak of.
            FactAudit.Leaf(indicator, raw, plan.Decimals);
        }

        var score = Scoring.LeafScore(raw, weight + indicator.Bonus, plan.Decimals);
        scores[index] = new IndicatorScore(weight, score, false);
        return score;
    }
}
