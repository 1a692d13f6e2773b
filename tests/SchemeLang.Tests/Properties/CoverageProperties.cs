using CsCheck;
using SchemeLang.Checks;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties.Generators;
using static SchemeLang.Tests.Properties.IntervalProperties;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// The gap and overlap findings of the checker against brute force: Coverage.Gaps must name exactly the uncovered
/// points of the domain, and a band table or grade table gets SL3101/SL3301 exactly when some value of the domain
/// falls in no row, SL3102/SL3302 exactly when some value falls in two.
/// </summary>
public class CoverageProperties
{
    [Fact]
    public void Gaps_are_exactly_the_uncovered_points_of_the_domain() =>
        PropertyRun.Check(Gen.Select(Intervals, Intervals.Array[0, 6]), sample =>
        {
            var (domain, covered) = sample;
            var gaps = Coverage.Gaps(domain, covered);
            foreach (var x in Samples)
            {
                var uncovered = domain.Contains(x) && !covered.Any(interval => interval.Contains(x));
                if (uncovered != gaps.Any(gap => gap.Contains(x)))
                {
                    throw new PropertyFailure($"{x}：逐点检查{(uncovered ? "未覆盖" : "已覆盖")}，Gaps 为 {string.Join(" ", gaps.Select(Show))}");
                }
            }

            if (gaps.Any(gap => gap.IsEmpty))
            {
                throw new PropertyFailure($"Gaps 含有空区间：{string.Join(" ", gaps.Select(Show))}");
            }
        }, 5_000, sample => $"定义域 {Show(sample.Item1)}，覆盖 {string.Join(" ", sample.Item2.Select(Show))}");

    /// <summary>A band row over a percentage in [0%, 100%], from a grid of edges with random ends and notation.</summary>
    private static readonly Gen<(decimal? Lower, bool LowerClosed, decimal? Upper, bool UpperClosed)> Rows =
        from lower in Gen.Frequency((4, Gen.Int[0, 10].Select(i => (decimal?)(i * 0.1m))), (1, Gen.Const((decimal?)null)))
        from upper in Gen.Frequency((4, Gen.Int[0, 10].Select(i => (decimal?)(i * 0.1m))), (1, Gen.Const((decimal?)null)))
        from lowerClosed in Gen.Bool
        from upperClosed in Gen.Bool
        where lower is null || upper is null || lower < upper
        select (lower, lowerClosed, upper, upperClosed);

    private static string RowText((decimal? Lower, bool LowerClosed, decimal? Upper, bool UpperClosed) row, Func<decimal, string> bound) => row switch
    {
        (null, _, null, _) => $"≥ {bound(0m)}",
        (null, _, { } hi, var closed) => $"{(closed ? "≤" : "<")} {bound(hi)}",
        ({ } lo, var closed, null, _) => $"{(closed ? "≥" : ">")} {bound(lo)}",
        ({ } lo, var lc, { } hi, var uc) => $"{(lc ? '[' : '(')}{bound(lo)}, {bound(hi)}{(uc ? ']' : ')')}",
    };

    private static Interval AsInterval((decimal? Lower, bool LowerClosed, decimal? Upper, bool UpperClosed) row, decimal scale) =>
        row is (null, _, null, _) ? Interval.AtLeast(0m) : new Interval(row.Lower * scale, row.LowerClosed, row.Upper * scale, row.UpperClosed);

    [Fact]
    public void Band_gaps_and_overlaps_are_reported_exactly_when_they_exist() =>
        PropertyRun.Check(Rows.Array[1, 5], rows =>
        {
            var text = $"方案 区间\n总分 5\n等级 合格 ≥ 0\n数据\n  满意度：百分比 范围 [0%, 100%]\nA 满意程度 5分\n  区间 满意度\n" +
                string.Concat(rows.Select((row, i) => $"    {RowText(row, b => Num.Text(b * 100m) + "%")} {(i == 0 ? "得满分" : "不得分")}\n"));
            Agree(text, rows.Select(row => AsInterval(row, 1m)).ToArray(), Interval.Closed(0m, 1m), gapCode: "SL3101", overlapCode: "SL3102");
        }, 400, rows => string.Join(" ", rows.Select(row => RowText(row, b => Num.Text(b * 100m) + "%"))));

    [Fact]
    public void Grade_gaps_and_overlaps_are_reported_exactly_when_they_exist() =>
        PropertyRun.Check(Rows.Array[1, 5], rows =>
        {
            var names = new[] { "优", "良", "中", "差", "劣" };
            var text = $"方案 等级\n总分 10\n等级\n" +
                string.Concat(rows.Select((row, i) => $"  {names[i]} {RowText(row, b => Num.Text(b * 10m))}\n")) +
                "A 指标 10分\n  是否 完成\n";
            Agree(text, rows.Select(row => AsInterval(row, 10m)).ToArray(), Interval.Closed(0m, 10m), gapCode: "SL3301", overlapCode: "SL3302");
        }, 400, rows => string.Join(" ", rows.Select(row => RowText(row, b => Num.Text(b * 10m)))));

    private static void Agree(string text, Interval[] rows, Interval domain, string gapCode, string overlapCode)
    {
        var codes = SchemeEngine.Compile(text).Diagnostics.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var points = Enumerable.Range(-4, 49).Select(i => i * domain.Upper!.Value / 40m).Where(domain.Contains).ToArray();
        var gap = points.Any(x => !rows.Any(row => row.Contains(x)));
        var overlap = points.Any(x => rows.Count(row => row.Contains(x)) > 1);
        if (codes.Contains(gapCode) != gap || codes.Contains(overlapCode) != overlap)
        {
            throw new PropertyFailure($"逐点检查：空档 {gap}，重叠 {overlap}；诊断：{string.Join(" ", codes.Order(StringComparer.Ordinal))}\n{text}");
        }
    }
}
