using System.Reflection;
using SchemeLang.Data;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// A full result keeps the facts (the leaf traces), not an object per indicator: a generated scorer's result for a
/// 004 record stays within 2 KB, reading every indicator's weight and score allocates nothing, and what is read is
/// what the scores-only entry (which keeps the tree it computed) gives.
/// </summary>
public class ResultAllocationTests
{
    private const string Name = "004-huaning-employee-insurance";

    [Fact]
    public void A_compiled_result_for_a_004_record_allocates_at_most_2_KB_and_reading_its_scores_nothing()
    {
        var evaluator = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, Name + ".scheme")));
        var compiled = Engines.Load(evaluator.Plan);
        var measure = typeof(ResultAllocationTests).GetMethod(nameof(Measure), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(compiled.GetType().BaseType!.GetGenericArguments()[0]);
        var records = Records();

        var (perResult, reading, results) = ((long, long, RecordResult[]))measure.Invoke(null, [compiled, records])!;

        Assert.All(results, result => Assert.True(result.Succeeded, string.Join("；", result.Errors)));
        Assert.InRange(perResult, 1, 2048);
        Assert.Equal(0, reading);
        var scores = new decimal[evaluator.Plan.Indicators.Length];
        for (var i = 0; i < records.Length; i++)
        {
            Assert.Equal(compiled.ScoreOnly(records[i], scores).Total, results[i].Total);
            Assert.Equal(scores, results[i].Indicators.Select(indicator => indicator.Score));
            Assert.Equal(evaluator.Plan.Indicators.Select(indicator => indicator.Weight), results[i].Indicators.Select(indicator => indicator.Weight));
        }
    }

    [Fact]
    public void A_record_with_errors_has_no_indicator_results()
    {
        var interpreter = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, Name + ".scheme"))).Interpreter;

        var result = interpreter.Score(new DataRecord("空记录", new Dictionary<string, string>()));

        Assert.False(result.Succeeded);
        Assert.True(result.Indicators.IsEmpty);
        Assert.Empty(result.Indicators);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Indicators[0]);
    }

    /// <summary>Bytes per full result (after one pass to warm up), bytes to read every indicator's key, weight and score, and the results.</summary>
    private static (long PerResult, long Reading, RecordResult[] Results) Measure<TInput>(SchemeScorer<TInput> scorer, DataRecord[] records)
    {
        var inputs = records.Select(record => scorer.ReadRow(record, out var errors) is var input && errors.IsEmpty
            ? input
            : throw new InvalidOperationException(string.Join("；", errors))).ToArray();
        var results = new RecordResult[inputs.Length];
        scorer.Score(inputs, results);
        var before = GC.GetAllocatedBytesForCurrentThread();
        scorer.Score(inputs, results);
        var perResult = (GC.GetAllocatedBytesForCurrentThread() - before) / results.Length;

        before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0m;
        foreach (var result in results)
        {
            foreach (var indicator in result.Indicators)
            {
                sum += indicator.Key.Length + indicator.Weight + indicator.Score;
            }
        }

        var reading = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(sum > 0m);
        return (perResult, reading, results);
    }

    private static DataRecord[] Records()
    {
        Assert.True(DataFileReader.TryOpen(Path.Combine(Repository.Examples, Name + ".data.json"), out var file, out var error), error);
        using (file)
        {
            var records = new List<DataRecord>();
            while (file.Records.Next() is { } entry)
            {
                records.Add(Assert.IsType<DataEntry.Readable>(entry).Record);
            }

            Assert.NotEmpty(records);
            return [.. records];
        }
    }
}
