using CsCheck;

namespace SchemeLang.Tests.Properties.Generators;

// 数据 formulas as authors type them (Wordings.TypedFormulas): a rule's subject computed from inputs the records give.
public static partial class SchemeGen
{
    private static readonly FormulaInputKind[] RatioKinds = [FormulaInputKind.Count, FormulaInputKind.Money, FormulaInputKind.Number, FormulaInputKind.Percent];

    /// <summary>
    /// A subject computed by a typed formula: a mean of bounded percentages for a 百分比 in [0%, 100%]
    /// (<paramref name="bounded"/>), otherwise A ÷ B or (A + B) ÷ C over counts, amounts, quantities or percentages,
    /// its divisor guarded by 「除数为零时」 or declared non-zero. <paramref name="inline"/>: A ÷ B written in the 按比例 rule
    /// itself, which cannot carry 「除数为零时」, so its divisor is declared non-zero. <paramref name="number"/>: one time in
    /// five declared 「：数值 = …×100」, the number of per cent, for a band or threshold rule (never a 按比例 rate).
    /// </summary>
    private static Gen<SubjectModel> FormulaSubject(bool bounded, bool inline = false, bool number = false) =>
        from shape in bounded ? Gen.OneOf(FormulaShape.Weighted, FormulaShape.Mean)
            : inline ? Gen.Const(FormulaShape.Ratio)
            : Gen.Frequency((3, Gen.Const(FormulaShape.Ratio)), (1, Gen.Const(FormulaShape.SumOver)))
        from kind in bounded ? Gen.Const(FormulaInputKind.Percent)
            : shape == FormulaShape.SumOver ? Gen.OneOf(FormulaInputKind.Count, FormulaInputKind.Money)
            : Gen.OneOf(RatioKinds)
        from unit in kind == FormulaInputKind.Number ? Gen.OneOf("公顷", "吨") : Gen.OneOf("个", "户")
        from guard in shape is FormulaShape.Ratio or FormulaShape.SumOver && !inline
            ? Gen.Frequency((1, Gen.Const((decimal?)null)), (1, Gen.Const((decimal?)0m)), (1, Gen.Const((decimal?)1m)))
            : Gen.Const((decimal?)null)
        from asNumber in number ? Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true))) : Gen.Const(false)
        from zeroText in ZeroText(guard ?? 0m, asNumber)
        from divide in Gen.OneOf("/", "÷", "／")
        from times in Gen.OneOf("×", "*", "＊")
        // A sum ×100 as a number needs its brackets: 「甲×40%+乙×60%×100」 multiplies only 乙 (SL2041 for a percentage).
        from brackets in asNumber && shape == FormulaShape.Weighted ? Gen.Int[1, 4] : Gen.Int[0, 4]
        from hundred in asNumber ? Gen.OneOf("100", "１００")
            : Gen.Frequency((2, Gen.Const(string.Empty)), (2, Gen.Const("100%")), (1, Gen.Const("100％")))
        from spaced in Gen.Bool
        from declared in asNumber ? Gen.Int[4, 5] : Gen.Int[0, 3]
        from weight in Gen.OneOf(0.5m, 0.4m, 0.3m)
        let count = shape == FormulaShape.SumOver ? 3 : 2
        let inputs = Enumerable.Range(0, count).Select(i => new FormulaInput(
            string.Empty, kind, unit, NonZero: guard is null && i == count - 1 && !bounded, Bounded: bounded)).ToArray()
        select new SubjectModel(
            string.Empty,
            bounded ? SubjectKind.PercentBounded : SubjectKind.Percent,
            Formula: new FormulaModel(shape, inputs, divide, times, brackets, hundred, spaced, declared, guard, zeroText, weight, inline));

    /// <summary>
    /// A 百分比 formula (declared, or untyped and so a percentage) or a 按比例 ratio in place, named 「…甲」, that ends in a
    /// bare 「×100」 (or 「×１００」) the way authors copy it from a table's 计算方法: an error (SL2041), never 100 times its
    /// meaning. Every shape and spelling of <see cref="FormulaSubject"/>, the weighted mean with or without brackets.
    /// </summary>
    public static Gen<SubjectModel> TimesHundredSubject { get; } =
        from bounded in Gen.Bool
        from inline in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(!bounded)))
        from subject in FormulaSubject(bounded, inline)
        from hundred in Gen.OneOf("100", "１００")
        select NamedFormula(subject, subject.Formula! with { Hundred = hundred }, "甲");

    /// <summary>「除数为零时」 as authors write it, with its value 0 or 1 (0% or 100%; 0 or 100 for a number of per cent).</summary>
    private static Gen<string> ZeroText(decimal value, bool asNumber) =>
        from lead in Gen.OneOf("，", ", ", " ")
        from verb in Gen.OneOf(string.Empty, "取", "得", "按")
        from space in Gen.OneOf(string.Empty, " ")
        from written in asNumber ? Gen.Const(value == 0m ? "0" : "100")
            : value == 0m ? Gen.OneOf("0%", "0", "0％") : Gen.OneOf("100%", "100％")
        select $"{lead}除数为零时{verb}{space}{written}";

    /// <summary>The names of a formula subject and its inputs, as a table names them, each with the leaf's ordinal.</summary>
    private static SubjectModel NamedFormula(SubjectModel subject, FormulaModel formula, string ordinal)
    {
        var (item, inputs) = (formula.Shape, formula.Inputs[0].Kind) switch
        {
            (FormulaShape.Weighted or FormulaShape.Mean, _) => ("综合满意度", new[] { "服务对象满意度", "社会公众满意度" }),
            (FormulaShape.SumOver, FormulaInputKind.Money) => ("资金到位率", ["中央到位资金", "地方到位资金", "计划投入资金"]),
            (FormulaShape.SumOver, _) => ("完成率", ["城镇完成数", "农村完成数", "计划数"]),
            (_, FormulaInputKind.Money) => ("资金到位率", ["实际到位资金", "计划投入资金"]),
            (_, FormulaInputKind.Number) => ("造林完成率", ["实际造林面积", "计划造林面积"]),
            (_, FormulaInputKind.Percent) => ("目标实现度", ["实际完成率", "目标完成率"]),
            _ => ("完成率", ["实际完成数", "计划数"]),
        };
        return subject with
        {
            Name = item + ordinal,
            Formula = formula with { Inputs = [.. formula.Inputs.Select((input, i) => input with { Name = inputs[i] + ordinal })] },
        };
    }
}
