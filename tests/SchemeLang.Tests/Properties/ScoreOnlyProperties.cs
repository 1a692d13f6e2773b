using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Examples;
using SchemeLang.Tests.Properties.Generators;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// The scores-only entry skips results and explanations, not rules: for any record whose fields all read, it gives
/// the full entry's total, grade and every indicator's score, and no total exactly when the full entry has errors.
/// Run on the interpreter, whose scores-only path is the one every generated scorer inherits.
/// </summary>
public class ScoreOnlyProperties
{
    public static TheoryData<string> ExampleNames() => ExampleTests.ExampleNames();

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Scores_only_agrees_with_the_full_result(string name)
    {
        var interpreter = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme"))).Interpreter;
        PropertyRun.Check(PlanRecordGen.For(interpreter.Plan), generated =>
        {
            // CsCheck samples on several threads: each sample its own span, while the scorer itself is shared.
            var scores = new decimal[interpreter.Plan.Indicators.Length];
            var record = generated.ToDataRecord();
            var input = interpreter.ReadRow(record, out var readErrors);
            if (!readErrors.IsEmpty)
            {
                return;
            }

            var full = interpreter.Score(record);
            var card = interpreter.ScoreOnly(input, scores);
            Assert.Equal((full.Total, full.Grade), (card.Total, card.Grade));
            if (full.Succeeded)
            {
                Assert.Equal(full.Indicators.Select(indicator => indicator.Score), scores);
            }
        }, iterations: 1_000, print: generated => generated.ToString());
    }

    [Fact]
    public void The_batch_entries_fill_every_position()
    {
        var interpreter = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme"))).Interpreter;
        var test = interpreter.Plan.Slots.ToDictionary(slot => slot.Key, slot => slot.Kind switch
        {
            SlotKind.Boolean => "是",
            SlotKind.Number when slot.Number.Type == DataTypeKind.Percent => "96%",
            _ => "1",
        });
        var inputs = Enumerable.Range(0, 5).Select(i => interpreter.ReadRow(new DataRecord($"r{i}", test), out _)).ToArray();

        var results = new RecordResult[inputs.Length];
        interpreter.Score(inputs, results);
        var cards = new ScoreCard[inputs.Length];
        interpreter.ScoreOnly(inputs, cards);

        Assert.Equal(inputs.Select(input => input.Id), results.Select(result => result.Id));
        Assert.All(results, result => Assert.True(result.Succeeded, string.Join("；", result.Errors)));
        Assert.Equal(results.Select(result => (result.Total, result.Grade)), cards.Select(card => (card.Total, card.Grade)));
        Assert.Throws<ArgumentException>(() => interpreter.ScoreOnly(inputs, new ScoreCard[inputs.Length - 1]));
    }
}
