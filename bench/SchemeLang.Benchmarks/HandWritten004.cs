namespace SchemeLang.Benchmarks;

/// <summary>Seed 004's inputs, typed, as a generated scorer's input type will hold them.</summary>
public sealed record Input004(
    decimal 综合参保率, decimal 单位缴费基数总额, decimal 在职职工参保人数, decimal 当地全口径月社平工资, decimal 基金征缴率,
    decimal 预算收入, decimal 决算收入, decimal 预算支出, decimal 决算支出, decimal 回收问卷数, decimal 有帮助问卷数, decimal 参保人员满意度,
    bool A11, bool A21_1, bool A21_2, bool A21_3, bool B11_1, bool B11_2, bool B11_3, bool B21_1, bool B21_2, bool B21_3, bool B21_4,
    decimal B31_1, decimal B41_1, decimal B41_2, decimal B41_3, decimal B51_1, decimal B51_2, bool C41, decimal C51_1, bool D21);

/// <summary>
/// Seed 004's standard written by hand for the benchmark: the practical limit a compiled scorer is measured against
/// (scores only, no explanations). The benchmark's setup checks it against the interpreter before timing anything.
/// </summary>
public static class HandWritten004
{
    /// <summary>The 17 leaf scores in tree order, each rounded to 2 places, into <paramref name="leaves"/>; returns their total.</summary>
    public static decimal Score(Input004 x, Span<decimal> leaves)
    {
        leaves[0] = Leaf(x.A11 ? 5m : 0m, 5m);
        leaves[1] = Leaf((x.A21_1 ? 2m : 0m) + (x.A21_2 ? 2m : 0m) + (x.A21_3 ? 1m : 0m), 5m);
        leaves[2] = Leaf((x.B11_1 ? 1m : 0m) + (x.B11_2 ? 1m : 0m) + (x.B11_3 ? 1m : 0m), 3m);
        leaves[3] = Leaf((x.B21_1 ? 1m : 0m) + (x.B21_2 ? 1m : 0m) + (x.B21_3 ? 1m : 0m) + (x.B21_4 ? 1m : 0m), 4m);
        leaves[4] = Leaf(5m - x.B31_1, 5m);
        leaves[5] = Leaf(6m - x.B41_1 - x.B41_2 - x.B41_3, 6m);
        leaves[6] = Leaf(4m - x.B51_1 - (0.5m * x.B51_2), 4m);
        leaves[7] = Leaf(Below(x.综合参保率, 0.95m, 5m, 1m), 5m);
        leaves[8] = Leaf(Below(x.单位缴费基数总额 / x.在职职工参保人数 / 12m / x.当地全口径月社平工资, 0.80m, 5m, 1m), 5m);
        leaves[9] = Leaf(Below(x.基金征缴率, 0.95m, 5m, 1m), 5m);
        var income = x.决算收入 / x.预算收入;
        leaves[10] = Leaf(income switch
        {
            >= 1m and <= 1.05m => 4m,
            >= 0.95m and < 1m => 3.6m,
            > 1.05m => 4m - (0.4m * Steps(income - 1.05m)),
            _ => 3.6m - (0.6m * Steps(0.95m - income)),
        }, 4m);
        var spending = x.决算支出 / x.预算支出;
        leaves[11] = Leaf(spending switch
        {
            >= 0.95m and <= 1m => 4m,
            > 1m and <= 1.05m => 3.6m,
            > 1.05m => 3.6m - (0.6m * Steps(spending - 1.05m)),
            _ => 4m - (0.4m * Steps(0.95m - spending)),
        }, 4m);
        leaves[12] = Leaf(x.C41 ? 10m : 0m, 10m);
        leaves[13] = Leaf(10m - (0.5m * x.C51_1), 10m);
        leaves[14] = Leaf(10m * Math.Min(Math.Max(x.有帮助问卷数 / x.回收问卷数, 0m), 1m), 10m);
        leaves[15] = Leaf(x.D21 ? 10m : 0m, 10m);
        leaves[16] = Leaf(x.参保人员满意度 switch
        {
            >= 0.9m => 5m,
            >= 0.8m => 3m,
            >= 0.7m => 2m,
            _ => 0m,
        }, 5m);
        var total = 0m;
        for (var i = 0; i < 17; i++)
        {
            total += leaves[i];
        }

        return total;
    }

    /// <summary>Full marks at the threshold, less a point per started percentage point below it.</summary>
    private static decimal Below(decimal value, decimal threshold, decimal full, decimal perStep) =>
        value >= threshold ? full : full - (perStep * Steps(threshold - value));

    private static decimal Steps(decimal distance) => Math.Ceiling(distance / 0.01m);

    private static decimal Leaf(decimal score, decimal weight) => Math.Round(Math.Min(Math.Max(score, 0m), weight), 2, MidpointRounding.AwayFromZero);
}
