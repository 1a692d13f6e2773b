using CsCheck;
using SchemeLang.Runtime;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// The interval algebra every band and grade check rests on, held against brute force. Bounds come from a small grid
/// so that intervals share edges often; every grid point and every midpoint between them is sampled, which decides
/// membership exactly for intervals with edges on the grid. An infinite end may carry either closedness flag, as
/// the binder produces for "[-∞, 5]".
/// </summary>
public class IntervalProperties
{
    private static readonly decimal[] Edges = [-2m, -1m, 0m, 0.5m, 1m, 2m, 3m];

    /// <summary>Every point that can tell two intervals on the grid apart: the edges, the midpoints, and beyond both ends.</summary>
    public static readonly decimal[] Samples = [.. Enumerable.Range(-12, 28).Select(i => i * 0.25m)];

    public static readonly Gen<Interval> Intervals =
        from lower in Gen.Frequency((4, Gen.OneOf(Edges).Select(e => (decimal?)e)), (1, Gen.Const((decimal?)null)))
        from upper in Gen.Frequency((4, Gen.OneOf(Edges).Select(e => (decimal?)e)), (1, Gen.Const((decimal?)null)))
        from lowerClosed in Gen.Bool
        from upperClosed in Gen.Bool
        select new Interval(lower, lowerClosed, upper, upperClosed);

    private static string Print((Interval A, Interval B) pair) => $"{Show(pair.A)} 与 {Show(pair.B)}";

    public static string Show(Interval interval) =>
        $"{(interval.LowerClosed ? '[' : '(')}{interval.Lower?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-∞"}, " +
        $"{interval.Upper?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "+∞"}{(interval.UpperClosed ? ']' : ')')}";

    private static bool SameSet(Interval a, Interval b) => Samples.All(x => a.Contains(x) == b.Contains(x));

    [Fact]
    public void Intersect_is_commutative() =>
        PropertyRun.Check(Gen.Select(Intervals, Intervals), pair =>
        {
            var (a, b) = pair;
            if (!SameSet(a.Intersect(b), b.Intersect(a)) || a.Intersect(b).IsEmpty != b.Intersect(a).IsEmpty)
            {
                throw new PropertyFailure($"{Show(a.Intersect(b))} ≠ {Show(b.Intersect(a))}");
            }
        }, 5_000, Print);

    [Fact]
    public void A_point_is_in_an_intersection_exactly_when_it_is_in_both() =>
        PropertyRun.Check(Gen.Select(Intervals, Intervals), pair =>
        {
            var (a, b) = pair;
            var both = a.Intersect(b);
            foreach (var x in Samples.Where(x => both.Contains(x) != (a.Contains(x) && b.Contains(x))))
            {
                throw new PropertyFailure($"{x}：交集 {Show(both)} 说 {both.Contains(x)}，两个区间说 {a.Contains(x) && b.Contains(x)}");
            }
        }, 5_000, Print);

    [Fact]
    public void IsSubsetOf_agrees_with_Contains() =>
        PropertyRun.Check(Gen.Select(Intervals, Intervals), pair =>
        {
            var (a, b) = pair;
            var bySampling = Samples.All(x => !a.Contains(x) || b.Contains(x));
            if (a.IsSubsetOf(b) != bySampling)
            {
                throw new PropertyFailure($"IsSubsetOf 为 {a.IsSubsetOf(b)}，逐点检查为 {bySampling}");
            }
        }, 5_000, Print);

    [Fact]
    public void Empty_intervals_contain_nothing_and_non_empty_ones_something() =>
        PropertyRun.Check(Intervals, interval =>
        {
            var contained = Samples.Where(interval.Contains).ToArray();
            if (interval.IsEmpty ? contained.Length > 0 : contained.Length == 0)
            {
                throw new PropertyFailure($"IsEmpty 为 {interval.IsEmpty}，却含有 {contained.Length} 个取样点");
            }
        }, 5_000, Show);

    [Fact]
    public void Overlaps_agrees_with_Contains() =>
        PropertyRun.Check(Gen.Select(Intervals, Intervals), pair =>
        {
            var (a, b) = pair;
            var bySampling = Samples.Any(x => a.Contains(x) && b.Contains(x));
            if (a.Overlaps(b) != bySampling)
            {
                throw new PropertyFailure($"Overlaps 为 {a.Overlaps(b)}，逐点检查为 {bySampling}");
            }
        }, 5_000, Print);
}
