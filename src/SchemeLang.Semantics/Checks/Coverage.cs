using SchemeLang.Runtime;

namespace SchemeLang.Checks;

/// <summary>Which parts of a domain a list of intervals leaves uncovered: the basis of the band and grade checks.</summary>
internal static class Coverage
{
    /// <summary>The uncovered stretches, lowest first, each <see cref="Interval.Normalized"/> (an infinite end never closed).</summary>
    public static List<Interval> Gaps(Interval domain, IEnumerable<Interval> covered)
    {
        var pieces = covered
            .Select(interval => interval.Intersect(domain))
            .Where(interval => !interval.IsEmpty)
            .OrderBy(interval => interval, LowerEdgeComparer.Instance)
            .ToList();

        var gaps = new List<Interval>();

        // Everything in the domain before the "uncovered from" edge is covered.
        var from = domain.Lower;
        var fromIncluded = domain.LowerClosed || domain.Lower is null;
        foreach (var piece in pieces)
        {
            var gap = new Interval(from, fromIncluded, piece.Lower, !piece.LowerClosed);
            if (piece.Lower is not null && !gap.IsEmpty)
            {
                gaps.Add(gap.Normalized);
            }

            if (piece.Upper is null)
            {
                return gaps;
            }

            // Advance past this piece if it reaches further than what is already covered.
            var pieceFromIncluded = !piece.UpperClosed;
            if (from is null || piece.Upper > from || (piece.Upper == from && fromIncluded && !pieceFromIncluded))
            {
                from = piece.Upper;
                fromIncluded = pieceFromIncluded;
            }
        }

        var tail = new Interval(from, fromIncluded, domain.Upper, domain.UpperClosed);
        if (!tail.IsEmpty)
        {
            gaps.Add(tail.Normalized);
        }

        return gaps;
    }

    /// <summary>Orders intervals by where they start: -∞ first, then by value, a closed start before an open one.</summary>
    private sealed class LowerEdgeComparer : IComparer<Interval>
    {
        public static readonly LowerEdgeComparer Instance = new();

        public int Compare(Interval x, Interval y)
        {
            if (x.Lower is null || y.Lower is null)
            {
                return (x.Lower is null ? 0 : 1) - (y.Lower is null ? 0 : 1);
            }

            var byValue = x.Lower.Value.CompareTo(y.Lower.Value);
            return byValue != 0 ? byValue : (x.LowerClosed ? 0 : 1) - (y.LowerClosed ? 0 : 1);
        }
    }
}
