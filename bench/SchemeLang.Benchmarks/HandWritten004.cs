using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>Seed 004's inputs, typed, as a generated scorer's input type will hold them.</summary>
public sealed record Input004(
    decimal 综合参保率, decimal 单位缴费基数总额, decimal 在职职工参保人数, decimal 当地全口径月社平工资, decimal 基金征缴率,
    decimal 预算收入, decimal 决算收入, decimal 预算支出, decimal 决算支出, decimal 回收问卷数, decimal 有帮助问卷数, decimal 参保人员满意度,
    bool A11, bool A21_1, bool A21_2, bool A21_3, bool B11_1, bool B11_2, bool B11_3, bool B21_1, bool B21_2, bool B21_3, bool B21_4,
    decimal B31_1, decimal B41_1, decimal B41_2, decimal B41_3, decimal B51_1, decimal B51_2, bool C41, decimal C51_1, bool D21);

/// <summary>
/// Seed 004's standard written by hand for the benchmark: the practical limit a compiled scorer is measured against.
/// It delivers what the compiled scorer's scores-only entry delivers — every indicator's score (pre-order), the
/// total and the grade, after the scheme's declared ranges are checked — and no explanations. The benchmark's setup
/// checks it against the interpreter before timing anything.
/// </summary>
public static class HandWritten004
{
    /// <summary>Indicators in pre-order: 4 一级, 15 二级, 17 leaves.</summary>
    public const int IndicatorCount = 36;

    /// <summary>Writes every indicator's score into <paramref name="scores"/>; no card when a value is outside its declared range.</summary>
    public static ScoreCard Score(Input004 x, Span<decimal> scores)
    {
        if (x.在职职工参保人数 <= 0m || x.当地全口径月社平工资 <= 0m || x.预算收入 <= 0m || x.预算支出 <= 0m || x.回收问卷数 <= 0m
            || x.参保人员满意度 < 0m || x.参保人员满意度 > 1m)
        {
            return default;
        }

        var a11 = Leaf(x.A11 ? 5m : 0m, 5m);
        var a21 = Leaf((x.A21_1 ? 2m : 0m) + (x.A21_2 ? 2m : 0m) + (x.A21_3 ? 1m : 0m), 5m);
        var b11 = Leaf((x.B11_1 ? 1m : 0m) + (x.B11_2 ? 1m : 0m) + (x.B11_3 ? 1m : 0m), 3m);
        var b21 = Leaf((x.B21_1 ? 1m : 0m) + (x.B21_2 ? 1m : 0m) + (x.B21_3 ? 1m : 0m) + (x.B21_4 ? 1m : 0m), 4m);
        var b31 = Leaf(5m - x.B31_1, 5m);
        var b41 = Leaf(6m - x.B41_1 - x.B41_2 - x.B41_3, 6m);
        var b51 = Leaf(4m - x.B51_1 - (0.5m * x.B51_2), 4m);
        var c11 = Leaf(Below(x.综合参保率, 0.95m, 5m, 1m), 5m);
        var c21 = Leaf(Below(x.单位缴费基数总额 / x.在职职工参保人数 / 12m / x.当地全口径月社平工资, 0.80m, 5m, 1m), 5m);
        var c22 = Leaf(Below(x.基金征缴率, 0.95m, 5m, 1m), 5m);
        var income = x.决算收入 / x.预算收入;
        var c31 = Leaf(income switch
        {
            >= 1m and <= 1.05m => 4m,
            >= 0.95m and < 1m => 3.6m,
            > 1.05m => 4m - (0.4m * Steps(income - 1.05m)),
            _ => 3.6m - (0.6m * Steps(0.95m - income)),
        }, 4m);
        var spending = x.决算支出 / x.预算支出;
        var c32 = Leaf(spending switch
        {
            >= 0.95m and <= 1m => 4m,
            > 1m and <= 1.05m => 3.6m,
            > 1.05m => 3.6m - (0.6m * Steps(spending - 1.05m)),
            _ => 4m - (0.4m * Steps(0.95m - spending)),
        }, 4m);
        var c41 = Leaf(x.C41 ? 10m : 0m, 10m);
        var c51 = Leaf(10m - (0.5m * x.C51_1), 10m);
        var d11 = Leaf(10m * Math.Min(Math.Max(x.有帮助问卷数 / x.回收问卷数, 0m), 1m), 10m);
        var d21 = Leaf(x.D21 ? 10m : 0m, 10m);
        var d31 = Leaf(x.参保人员满意度 switch
        {
            >= 0.9m => 5m,
            >= 0.8m => 3m,
            >= 0.7m => 2m,
            _ => 0m,
        }, 5m);

        var a = a11 + a21;
        var b = b11 + b21 + b31 + b41 + b51;
        var c2 = c21 + c22;
        var c3 = c31 + c32;
        var c = c11 + c2 + c3 + c41 + c51;
        var d = d11 + d21 + d31;
        ReadOnlySpan<decimal> tree =
        [
            a, a11, a11, a21, a21,
            b, b11, b11, b21, b21, b31, b31, b41, b41, b51, b51,
            c, c11, c11, c2, c21, c22, c3, c31, c32, c41, c41, c51, c51,
            d, d11, d11, d21, d21, d31, d31,
        ];
        tree.CopyTo(scores);
        var total = a + b + c + d;
        return new ScoreCard(total, total switch
        {
            >= 90m => "优",
            >= 80m => "良",
            >= 60m => "中",
            _ => "差",
        });
    }

    /// <summary>Full marks at the threshold, less a point per started percentage point below it.</summary>
    private static decimal Below(decimal value, decimal threshold, decimal full, decimal perStep) =>
        value >= threshold ? full : full - (perStep * Steps(threshold - value));

    private static decimal Steps(decimal distance) => Math.Ceiling(distance / 0.01m);

    private static decimal Leaf(decimal score, decimal weight) => Math.Round(Math.Min(Math.Max(score, 0m), weight), 2, MidpointRounding.AwayFromZero);
}
