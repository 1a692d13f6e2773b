namespace SchemeLang.Tests.Properties.Generators;

// A 数据 formula as authors type it (issue 21, class 4): 「资金到位率=实际到位资金/计划投入资金*100%」,
// 「完成率=(实际完成数/计划数)×100%」. Shared with bench/SchemeLang.Fuzz (linked source).

/// <summary>What a formula's input measures.</summary>
public enum FormulaInputKind
{
    /// <summary>整数（个）: whole numbers.</summary>
    Count,

    /// <summary>金额（万元）: yuan; a bare number in a record is in 万元.</summary>
    Money,

    /// <summary>数值（公顷） 范围 [0, +∞): a quantity with decimals.</summary>
    Number,

    /// <summary>百分比: a ratio, written 95% or 0.95 in a record.</summary>
    Percent,
}

/// <summary>
/// An input of a formula, declared in 数据 above it. <paramref name="NonZero"/>: declared 范围 (0, +∞), so a record's 0
/// is refused (SL5004) — how a divisor without 「除数为零时」 is guarded; <paramref name="Bounded"/>: a percentage in
/// [0%, 100%].
/// </summary>
public sealed record FormulaInput(string Name, FormulaInputKind Kind, string Unit, bool NonZero = false, bool Bounded = false)
{
    public string Declaration => Kind switch
    {
        FormulaInputKind.Count => $"{Name}：整数（{Unit}）" + (NonZero ? " 范围 (0, +∞)" : string.Empty),
        FormulaInputKind.Money => $"{Name}：金额（万元）" + (NonZero ? " 范围 (0万元, +∞)" : string.Empty),
        FormulaInputKind.Number => $"{Name}：数值（{Unit}） 范围 {(NonZero ? "(0" : "[0")}, +∞)",
        _ => $"{Name}：百分比" + (Bounded ? " 范围 [0%, 100%]" : NonZero ? " 范围 (0%, +∞)" : string.Empty),
    };

    /// <summary>Whether a record's value (in the base unit: yuan, a ratio) is in the declared domain.</summary>
    public bool Contains(decimal value) =>
        (NonZero ? value > 0m : value >= 0m)
        && (!Bounded || value <= 1m)
        && (Kind != FormulaInputKind.Count || value == decimal.Truncate(value));

    /// <summary>A value as a record writes it: 12 or 12个; 120000元, 12万元 or a bare 12 (万元); 12.5公顷; 95% or 0.95.</summary>
    public string Text(decimal value, int format) => Kind switch
    {
        FormulaInputKind.Count or FormulaInputKind.Number => format % 2 == 0 ? Num.Text(value) : Num.Text(value) + Unit,
        FormulaInputKind.Money => (format % 3) switch
        {
            0 => Num.Text(value) + "元",
            1 => Num.Text(value / 10_000m) + "万元",
            _ => Num.Text(value / 10_000m),
        },
        _ => format % 2 == 0 ? Num.Text(value * 100m) + "%" : Num.Text(value),
    };
}

/// <summary>The shape of a formula, each giving a ratio.</summary>
public enum FormulaShape
{
    /// <summary>A ÷ B: 实际 ÷ 计划.</summary>
    Ratio,

    /// <summary>(A + B) ÷ C: parts of the actual over the plan.</summary>
    SumOver,

    /// <summary>A × w + B × (1 − w): a weighted mean of bounded percentages.</summary>
    Weighted,

    /// <summary>(A + B) ÷ 2: the mean of two bounded percentages.</summary>
    Mean,
}

/// <summary>
/// A formula as typed: <paramref name="Divide"/> and <paramref name="Times"/> are the operator characters (÷ / ／, × * ＊),
/// <paramref name="Brackets"/> which brackets go round the whole (0 none, 1–4: ( ), （ ）, [ ], 【 】),
/// <paramref name="Hundred"/> what follows a last × ("" none, 「100%」, 「100％」, or the erroneous bare 「100」),
/// <paramref name="Declared"/> how the line is declared (「名=」, 「名：百分比 = 」, 「名＝」, 「名:百分比=」, or as a number
/// ×100: 「名：数值 = 」, 「名:数值=」, whose rules write 90 for 90%),
/// <paramref name="ZeroFallback"/> the value 「除数为零时」 gives (null: the divisor is declared non-zero, or there is none),
/// written <paramref name="ZeroText"/>. <paramref name="Weight"/>: the first input's weight in a weighted mean.
/// <paramref name="Inline"/>: written in place in a 按比例 rule (A ÷ B only), without a 数据 line of its own.
/// </summary>
public sealed record FormulaModel(
    FormulaShape Shape,
    IReadOnlyList<FormulaInput> Inputs,
    string Divide,
    string Times,
    int Brackets,
    string Hundred,
    bool Spaced,
    int Declared,
    decimal? ZeroFallback,
    string ZeroText,
    decimal Weight = 0.5m,
    bool Inline = false)
{
    private string Op(string op) => Spaced ? $" {op} " : op;

    /// <summary>Declared 数值 with 「×100」: the number of per cent (95 for 95%), accepted, and read in rules as 95.</summary>
    public bool AsNumber => Declared >= 4;

    /// <summary>The index of the input on the right of ÷, if the formula divides by an input.</summary>
    public int? DivisorIndex => Shape switch
    {
        FormulaShape.Ratio => 1,
        FormulaShape.SumOver => 2,
        _ => null,
    };

    /// <summary>The result's greatest value, when the inputs bound it: a mean of bounded percentages is at most 100%.</summary>
    public bool Bounded => Shape is FormulaShape.Weighted or FormulaShape.Mean;

    /// <summary>The formula's text, as typed.</summary>
    public string Text
    {
        get
        {
            var names = Inputs.Select(input => input.Name).ToArray();
            var core = Shape switch
            {
                FormulaShape.Ratio => names[0] + Op(Divide) + names[1],
                FormulaShape.SumOver => $"{Open(Brackets == 2 ? 2 : 1)}{names[0]}{Op("+")}{names[1]}{Close(Brackets == 2 ? 2 : 1)}{Op(Divide)}{names[2]}",
                FormulaShape.Weighted => $"{names[0]}{Op(Times)}{Num.Text(Weight * 100m)}%{Op("+")}{names[1]}{Op(Times)}{Num.Text((1m - Weight) * 100m)}%",
                _ => $"{Open(Brackets == 2 ? 2 : 1)}{names[0]}{Op("+")}{names[1]}{Close(Brackets == 2 ? 2 : 1)}{Op(Divide)}2",
            };
            var whole = Open(Brackets) + core + Close(Brackets);
            return Hundred.Length == 0 ? whole : whole + Op(Times) + Hundred;
        }
    }

    /// <summary>The 数据 line that declares the item <paramref name="name"/> by this formula.</summary>
    public string Declaration(string name)
    {
        var line = Declared switch
        {
            0 => $"{name}={Text}",
            1 => $"{name}：百分比 = {Text}",
            2 => $"{name} ＝ {Text}",
            3 => $"{name}:百分比={Text}",
            4 => $"{name}：数值 = {Text}",
            _ => $"{name}:数值={Text}",
        };
        return ZeroFallback is null ? line : line + ZeroText;
    }

    /// <summary>What the formula gives for the inputs (in their base units); null when it divides by 0 unguarded.</summary>
    public decimal? Compute(IReadOnlyList<decimal> values) => Shape switch
    {
        FormulaShape.Ratio => values[1] == 0m ? ZeroFallback : values[0] / values[1],
        FormulaShape.SumOver => values[2] == 0m ? ZeroFallback : (values[0] + values[1]) / values[2],
        FormulaShape.Weighted => (values[0] * Weight) + (values[1] * (1m - Weight)),
        _ => (values[0] + values[1]) / 2m,
    };

    /// <summary>
    /// Inputs for which the formula gives exactly <paramref name="target"/> (a ratio on a grid of 0.0001), by
    /// <paramref name="variant"/>: which divisor, or how a mean's inputs differ. An input may fall outside its
    /// declared domain (a negative target, a mean above 100%): that record must be refused.
    /// </summary>
    public decimal[] InputsFor(decimal target, int variant)
    {
        switch (Shape)
        {
            case FormulaShape.Ratio or FormulaShape.SumOver:
                var divisor = Divisors(Inputs[DivisorIndex!.Value].Kind)[variant % 3];
                var dividend = target * divisor;
                if (Shape == FormulaShape.Ratio)
                {
                    return [dividend, divisor];
                }

                var first = decimal.Floor(dividend / 2m);
                return [first, dividend - first, divisor];
            case FormulaShape.Weighted when Weight != 0.5m:
                return [target, target];
            default:
                return variant % 2 == 0 ? [target, target] : [target + 0.1m, target - 0.1m];
        }
    }

    /// <summary>Divisors in the base unit that make any 4-decimal ratio a whole dividend.</summary>
    private static decimal[] Divisors(FormulaInputKind kind) => kind switch
    {
        FormulaInputKind.Count => [10_000m, 20_000m, 50_000m],
        FormulaInputKind.Money => [1_000_000m, 10_000m, 25_000_000m],
        FormulaInputKind.Number => [10_000m, 12.5m, 8m],
        _ => [1m, 0.8m, 0.5m],
    };

    private static string Open(int brackets) => brackets switch
    {
        1 => "(",
        2 => "（",
        3 => "[",
        4 => "【",
        _ => string.Empty,
    };

    private static string Close(int brackets) => brackets switch
    {
        1 => ")",
        2 => "）",
        3 => "]",
        4 => "】",
        _ => string.Empty,
    };
}
