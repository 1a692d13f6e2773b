using CsCheck;

namespace SchemeLang.Tests.Properties.Generators;

// Records for a subject a 数据 formula computes: they give the formula's inputs, never the subject itself.
public static partial class RecordGen
{
    /// <summary>
    /// The inputs of <paramref name="formula"/>: mostly aimed so that it gives one of <paramref name="targets"/> exactly
    /// (band edges, thresholds and their steps, ratios above a cap), else random inputs, a divisor of 0 (the
    /// 「除数为零时」 value, or refused where the divisor is declared non-zero), a huge or unreadable input, or one input
    /// missing.
    /// </summary>
    private static Gen<Part> FormulaValue(FormulaModel formula, IReadOnlyList<decimal> targets, Part missing)
    {
        var count = formula.Inputs.Count;
        var formats = Gen.Int[0, 5].Array[count];
        var aimed =
            from target in Gen.OneOf(targets.ToArray())
            from variant in Gen.Int[0, 5]
            from written in formats
            select Inputs(formula, formula.InputsFor(decimal.Round(target, 4), variant), written);
        var random =
            from values in Sequence(formula.Inputs.Select(RandomInput))
            from written in formats
            select Inputs(formula, values, written);
        var odd =
            from index in Gen.Int[0, count - 1]
            from text in Gen.OneOf("79228162514264337593543950335", "很高", "--1")
            from values in Sequence(formula.Inputs.Select(RandomInput))
            from written in formats
            let others = OthersValid(formula, values, index)
            let fields = formula.Inputs.Select((input, i) => (input.Name, i == index ? text : input.Text(values[i], written[i]))).ToList()
            // A huge number may or may not read; text never does.
            select others && text.StartsWith('7') ? new Part(fields, Expectation.Unknown, Doubtful: true)
                : new Part(fields, Expectation.Invalid, Unreadable: true);
        var absent =
            from index in Gen.Int[0, count - 1]
            from values in Sequence(formula.Inputs.Select(RandomInput))
            from written in formats
            let fields = formula.Inputs.Select((input, i) => (input.Name, input.Text(values[i], written[i]))).Where((_, i) => i != index).ToList()
            select OthersValid(formula, values, index) ? missing with { Fields = fields } : new Part(fields, Expectation.Invalid, Unreadable: true);
        var choices = new List<(int, Gen<Part>)> { (10, aimed), (3, random), (1, odd), (1, absent) };
        if (formula.DivisorIndex is { } divisor)
        {
            choices.Add((2,
                from values in Sequence(formula.Inputs.Select(RandomInput))
                from written in formats
                select Inputs(formula, [.. values.Select((value, i) => i == divisor ? 0m : value)], written)));
        }

        return SchemeGen.Pick(choices.ToArray());
    }

    /// <summary>
    /// The inputs' fields for <paramref name="values"/> (in their base units), each written its way: valid, with the
    /// value the formula gives, when every input is in its declared range; refused otherwise.
    /// </summary>
    private static Part Inputs(FormulaModel formula, IReadOnlyList<decimal> values, IReadOnlyList<int> written)
    {
        var fields = formula.Inputs.Select((input, i) => (input.Name, input.Text(values[i], written[i]))).ToList();
        return formula.Inputs.Select((input, i) => input.Contains(values[i])).All(valid => valid)
            ? new Part(fields, Expectation.Valid, Read: formula.Compute(values))
            : new Part(fields, Expectation.Invalid, Unreadable: true);
    }

    private static bool OthersValid(FormulaModel formula, IReadOnlyList<decimal> values, int except) =>
        formula.Inputs.Select((input, i) => i == except || input.Contains(values[i])).All(valid => valid);

    /// <summary>The inputs of a record that meets the standard: the formula gives exactly <paramref name="value"/>.</summary>
    private static Part Given(SubjectModel subject, decimal value) => subject.Formula is { } formula
        ? Inputs(formula, formula.InputsFor(value, 0), [.. formula.Inputs.Select(_ => 0)])
        : Ok((subject.Name, Text(subject, value, 0)));

    /// <summary>A value in the input's range (mostly; a bounded percentage never above 100%).</summary>
    private static Gen<decimal> RandomInput(FormulaInput input) => input.Kind switch
    {
        FormulaInputKind.Count => Gen.Int[0, 20_000].Select(i => (decimal)i),
        FormulaInputKind.Money => Gen.Int[0, 150_000].Select(i => i * 100m),
        FormulaInputKind.Number => Gen.Int[0, 20_000].Select(i => i * 0.01m),
        _ => Gen.Int[0, input.Bounded ? 10_000 : 15_000].Select(i => i * 0.0001m),
    };

    private static Gen<List<T>> Sequence<T>(IEnumerable<Gen<T>> gens) => SchemeGen.Sequence(gens);
}
