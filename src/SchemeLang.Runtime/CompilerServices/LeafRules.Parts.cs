namespace SchemeLang.Runtime.CompilerServices;

/// <summary>A leaf scored in parts: the parts' traces summed, and the points of a part 不适用 重新分配 shared among the others.</summary>
public static partial class LeafRules
{
    /// <summary>
    /// A leaf scored in parts, from each part's trace (scored by its own rule, or marked 不适用): each part's score within
    /// its points and rounded as a leaf's is, the points of a part 不适用 重新分配 shared among the others (<see
    /// cref="PartWeights"/>), and the parts summed. No score when a part has none; the parts' traces are kept for the sentence.
    /// </summary>
    public static LeafTrace Parts(IndicatorPlan leaf, PartsPlan rule, ReadOnlySpan<LeafTrace> parts, RecordScope scope)
    {
        var redistributed = false;
        foreach (var part in parts)
        {
            if (part.Outcome == LeafOutcome.Unscored)
            {
                return LeafTrace.Unscored;
            }

            redistributed |= part.Outcome == LeafOutcome.Redistributed;
        }

        // The written points, unless a part gave its own away: only then are they worked out afresh.
        var weights = redistributed ? PartWeights(rule, parts, scope.Plan.Decimals) : null;
        var sum = 0m;
        for (var i = 0; i < parts.Length; i++)
        {
            sum += PartScore(rule.Parts[i], parts[i], weights?[i] ?? rule.Parts[i].Weight, scope.Plan.Decimals);
        }

        return new LeafTrace(LeafOutcome.Scored, sum) { Parts = parts.ToArray() };
    }

    /// <summary>
    /// Each part's points for this record: as written, unless a part is 不适用 重新分配 — then it has none, and the leaf's
    /// weight is apportioned over the others in proportion to theirs, as the tree shares a leaf's among its siblings.
    /// </summary>
    public static decimal[] PartWeights(PartsPlan rule, ReadOnlySpan<LeafTrace> parts, int decimals)
    {
        var weights = new decimal[rule.Parts.Length];
        var whole = 0m;
        var applicable = 0m;
        for (var i = 0; i < weights.Length; i++)
        {
            whole += rule.Parts[i].Weight;
            weights[i] = parts[i].Outcome == LeafOutcome.Redistributed ? 0m : rule.Parts[i].Weight;
            applicable += weights[i];
        }

        return applicable == whole || applicable == 0m ? weights : Apportionment.LargestRemainder(whole, weights, decimals);
    }

    /// <summary>A part's score within its points for this record (rescaled when it took another part's), rounded as a leaf's is.</summary>
    public static decimal PartScore(IndicatorPlan part, in LeafTrace trace, decimal weight, int decimals)
    {
        if (trace.Outcome == LeafOutcome.Redistributed)
        {
            return 0m;
        }

        var raw = weight == part.Weight ? trace.Score : Scoring.Rescale(trace.Score, part.Weight, weight);
        return Scoring.RoundScore(Scoring.Clamp(raw, weight), decimals);
    }
}
