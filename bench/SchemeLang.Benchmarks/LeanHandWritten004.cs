using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// One record of examples/004-huaning-employee-insurance.scheme as a hand-written scorer would type it: percentages as
/// ratios (96.87% is 0.9687m), money in 元, people and questionnaires as decimals (they are divided), 是/否 as bools,
/// and the counts of the 扣分 rules as ints.
/// </summary>
public readonly record struct LeanInput004(
    decimal 综合参保率, decimal 单位缴费基数总额, decimal 在职职工参保人数, decimal 当地全口径月社平工资, decimal 基金征缴率,
    decimal 预算收入, decimal 决算收入, decimal 预算支出, decimal 决算支出, decimal 回收问卷数, decimal 有帮助问卷数, decimal 参保人员满意度,
    bool A11, bool A21_1, bool A21_2, bool A21_3, bool B11_1, bool B11_2, bool B11_3, bool B21_1, bool B21_2, bool B21_3, bool B21_4,
    int B31_1, int B41_1, int B41_2, int B41_3, int B51_1, int B51_2, bool C41, int C51_1, bool D21)
{
    /// <summary>A record's fields read with the runtime's own readers (the same text the CLI reads); throws on a field it cannot read.</summary>
    public static LeanInput004 Read(DataRecord record)
    {
        decimal N(string key)
        {
            var text = record.Fields[key];
            var type = text.EndsWith('%') ? DataTypeKind.Percent : text.EndsWith('元') ? DataTypeKind.Money : DataTypeKind.Number;
            return InputValues.ParseNumber(new NumberInput(type, null, 1m), text, PercentReading.SignRequired, record.Id, key, out var value) is null
                ? value
                : throw new InvalidOperationException($"{record.Id}: {key} = {text}");
        }

        bool B(string key) => InputValues.TryParseBoolean(record.Fields[key], out var value)
            ? value
            : throw new InvalidOperationException($"{record.Id}: {key} = {record.Fields[key]}");

        int C(string key) => InputValues.TryParseCount(record.Fields[key], out var value)
            ? (int)value
            : throw new InvalidOperationException($"{record.Id}: {key} = {record.Fields[key]}");

        return new LeanInput004(
            N("综合参保率"), N("单位缴费基数总额"), N("在职职工参保人数"), N("当地全口径月社平工资"), N("基金征缴率"),
            N("预算收入"), N("决算收入"), N("预算支出"), N("决算支出"), N("回收问卷数"), N("有帮助问卷数"), N("参保人员满意度"),
            B("A11"), B("A21.1"), B("A21.2"), B("A21.3"), B("B11.1"), B("B11.2"), B("B11.3"), B("B21.1"), B("B21.2"), B("B21.3"), B("B21.4"),
            C("B31.1"), C("B41.1"), C("B41.2"), C("B41.3"), C("B51.1"), C("B51.2"), B("C41"), C("C51.1"), B("D21"));
    }
}

/// <summary>
/// Seed 004's standard written by hand as a careful engineer would for this one scheme: the baseline a generated
/// scorer's scores-only entry is measured against. It delivers exactly what that entry's contract asks — the 17 leaf
/// scores, every parent's score (pre-order, as the plan lists indicators), the total and the grade, after checking
/// every input against its range — and nothing else: no explanations, no allocations, plain decimal arithmetic.
/// Leaves are clamped only where their arithmetic can leave [0, weight] and rounded only where it can carry more
/// than the scheme's 2 decimals (D11); parents are plain sums, which the weights keep within their parents'.
/// </summary>
public static class LeanHandWritten004
{
    /// <summary>Indicators in pre-order: 4 一级, 15 二级, 17 leaves.</summary>
    public const int IndicatorCount = 36;

    /// <summary>Writes every indicator's score into <paramref name="scores"/>; no card when an input is outside its range.</summary>
    public static ScoreCard Score(in LeanInput004 x, Span<decimal> scores)
    {
        // 范围 as declared: (0, +∞) for 在职职工参保人数, 当地全口径月社平工资, 预算收入, 预算支出 and 回收问卷数, [0%, 100%] for
        // 参保人员满意度; every other percentage, amount and count is ≥ 0 by its type. The formulas' items then need no check:
        // a quotient of non-negative numbers over a positive one is non-negative.
        if (x.在职职工参保人数 <= 0m || x.当地全口径月社平工资 <= 0m || x.预算收入 <= 0m || x.预算支出 <= 0m || x.回收问卷数 <= 0m
            || x.参保人员满意度 < 0m || x.参保人员满意度 > 1m
            || x.综合参保率 < 0m || x.单位缴费基数总额 < 0m || x.基金征缴率 < 0m || x.决算收入 < 0m || x.决算支出 < 0m || x.有帮助问卷数 < 0m
            || (x.B31_1 | x.B41_1 | x.B41_2 | x.B41_3 | x.B51_1 | x.B51_2 | x.C51_1) < 0) // the sign bit of any count
        {
            return default;
        }

        // A 决策指标: 是否 and 分项.
        var a11 = x.A11 ? 5m : 0m;
        var a21 = (x.A21_1 ? 2m : 0m) + (x.A21_2 ? 2m : 0m) + (x.A21_3 ? 1m : 0m);

        // B 过程指标: 分项, and 扣分 down to 0 (扣完为止).
        var b11 = (x.B11_1 ? 1m : 0m) + (x.B11_2 ? 1m : 0m) + (x.B11_3 ? 1m : 0m);
        var b21 = (x.B21_1 ? 1m : 0m) + (x.B21_2 ? 1m : 0m) + (x.B21_3 ? 1m : 0m) + (x.B21_4 ? 1m : 0m);
        var b31 = Math.Max(0m, 5m - x.B31_1);
        var b41 = Math.Max(0m, 6m - x.B41_1 - x.B41_2 - x.B41_3);
        var b51 = Math.Max(0m, 4m - x.B51_1 - (0.5m * x.B51_2));

        // C 产出指标. C11, C21, C22: ≥ 目标 得5分, 每低1个百分点扣1分, 不满1个百分点按1个百分点计, 扣完为止.
        var c11 = Threshold5(x.综合参保率, 0.95m);
        var c21 = Threshold5(x.单位缴费基数总额 / x.在职职工参保人数 / 12m / x.当地全口径月社平工资, 0.80m);
        var c22 = Threshold5(x.基金征缴率, 0.95m);

        // C31: [100%, 105%] 4分; [95%, 100%) 3.6分; 超过105% 从4分起每超1个百分点扣0.4分; 低于95% 从3.6分起每低1个百分点扣0.6分.
        var income = x.决算收入 / x.预算收入;
        var c31 = income switch
        {
            > 1.05m => Math.Max(0m, 4m - (0.4m * Points(income - 1.05m))),
            >= 1m => 4m,
            >= 0.95m => 3.6m,
            _ => Math.Max(0m, 3.6m - (0.6m * Points(0.95m - income))),
        };

        // C32: [95%, 100%] 4分; (100%, 105%] 3.6分; 超过105% 从3.6分起每超1个百分点扣0.6分; 低于95% 从4分起每低1个百分点扣0.4分.
        var spending = x.决算支出 / x.预算支出;
        var c32 = spending switch
        {
            > 1.05m => Math.Max(0m, 3.6m - (0.6m * Points(spending - 1.05m))),
            > 1m => 3.6m,
            >= 0.95m => 4m,
            _ => Math.Max(0m, 4m - (0.4m * Points(0.95m - spending))),
        };

        var c41 = x.C41 ? 10m : 0m;
        var c51 = Math.Max(0m, 10m - (0.5m * x.C51_1));

        // D 效益指标. D11: 按比例 有帮助比例, 封顶 100%, 四舍五入到 2 位; D31: ≥90% 5分, [80%, 90%) 3分, [70%, 80%) 2分, <70% 0分.
        var d11 = Math.Round(10m * Math.Min(x.有帮助问卷数 / x.回收问卷数, 1m), 2, MidpointRounding.AwayFromZero);
        var d21 = x.D21 ? 10m : 0m;
        var d31 = x.参保人员满意度 >= 0.9m ? 5m : x.参保人员满意度 >= 0.8m ? 3m : x.参保人员满意度 >= 0.7m ? 2m : 0m;

        var a = a11 + a21;
        var b = b11 + b21 + b31 + b41 + b51;
        var c2 = c21 + c22;
        var c3 = c31 + c32;
        var c = c11 + c2 + c3 + c41 + c51;
        var d = d11 + d21 + d31;

        // Last index first: one bounds check covers the writes after it.
        scores[35] = d31;
        scores[34] = d31;
        scores[33] = d21;
        scores[32] = d21;
        scores[31] = d11;
        scores[30] = d11;
        scores[29] = d;
        scores[28] = c51;
        scores[27] = c51;
        scores[26] = c41;
        scores[25] = c41;
        scores[24] = c32;
        scores[23] = c31;
        scores[22] = c3;
        scores[21] = c22;
        scores[20] = c21;
        scores[19] = c2;
        scores[18] = c11;
        scores[17] = c11;
        scores[16] = c;
        scores[15] = b51;
        scores[14] = b51;
        scores[13] = b41;
        scores[12] = b41;
        scores[11] = b31;
        scores[10] = b31;
        scores[9] = b21;
        scores[8] = b21;
        scores[7] = b11;
        scores[6] = b11;
        scores[5] = b;
        scores[4] = a21;
        scores[3] = a21;
        scores[2] = a11;
        scores[1] = a11;
        scores[0] = a;

        var total = a + b + c + d;
        return new ScoreCard(total, total >= 90m ? "优" : total >= 80m ? "良" : total >= 60m ? "中" : "差");
    }

    /// <summary>5 points at or above the target, 1 less per started percentage point below it, never below 0.</summary>
    private static decimal Threshold5(decimal rate, decimal target) =>
        rate >= target ? 5m : Math.Max(0m, 5m - Points(target - rate));

    /// <summary>Started percentage points in a positive distance between two ratios (不满1个百分点按1个百分点计).</summary>
    private static decimal Points(decimal distance) => Math.Ceiling(distance * 100m);
}
