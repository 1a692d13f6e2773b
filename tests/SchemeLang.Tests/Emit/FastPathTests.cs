using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemeLang.Data;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>
/// The generated fast path (<c>TryScoreOnly</c>): taken for the usual record, refused for any record it cannot score
/// exactly as the general path does, and printing each comparison exactly as <see cref="Interval.Contains"/> means it.
/// That its scores equal the general path's, digit for digit, is the engine-agreement properties' third engine.
/// </summary>
public class FastPathTests
{
    private delegate bool FastPath<TInput>(TInput input, Span<decimal> scores, out decimal total);

    /// <summary>The examples whose every rule the fast path covers; their bundled records and 测试 inputs are what is scored.</summary>
    public static TheoryData<string> ExamplesWithAFastPath() =>
    [
        "000-zhuji-outsourcing", "000-zhuji-system-maintenance", "000-zhuji-system-upgrade", "000-zhuji-working-funds", "001-nanchang-working-funds",
        "002-guanghan-capacity-project", "002-guanghan-capacity-targets", "002-guanghan-department", "002-guanghan-retiree-medical-project",
        "002-guanghan-retiree-medical-targets", "003-baojing-department", "004-huaning-employee-insurance", "005-zhuji-working-funds-self-evaluation",
    ];

    [Theory]
    [MemberData(nameof(ExamplesWithAFastPath))]
    public void Every_complete_bundled_record_takes_the_fast_path(string name)
    {
        var evaluator = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme")));
        var interpreter = evaluator.Interpreter;
        var compiled = Engines.Load(interpreter.Plan);
        var scored = 0;
        var tests = evaluator.Scheme.Tests.Select(test => new DataRecord(test.Name, test.Inputs.ToDictionary(input => input.Key, input => input.Value, StringComparer.Ordinal)));
        foreach (var record in BundledRecords(name).Concat(tests))
        {
            var result = interpreter.Score(record);
            // A record that lacks a field its scheme scores as 0 (缺失数据 不得分) is the general path's, as a veto is.
            if (!result.Succeeded || !result.Vetoes.IsEmpty || result.Indicators.Any(indicator => indicator.Explanation.EndsWith("按规定不得分", StringComparison.Ordinal)))
            {
                continue;
            }

            scored++;
            var (taken, scores, total) = TryFastPath(compiled, record);
            Assert.True(taken, $"{name}：记录「{record.Id}」没有走快速计分");
            Assert.Equal(result.Total, total);
            Assert.Equal(result.Indicators.Select(indicator => indicator.Score.ToString(CultureInfo.InvariantCulture)), scores.Select(score => score.ToString(CultureInfo.InvariantCulture)));
        }

        Assert.True(scored > 0, $"{name} 没有计分成功的记录");
    }

    [Fact]
    public void A_record_the_fast_path_cannot_score_as_the_general_path_does_is_left_to_it()
    {
        var interpreter = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme"))).Interpreter;
        var compiled = Engines.Load(interpreter.Plan);
        var complete = BundledRecords("004-huaning-employee-insurance").First();
        DataRecord With(string key, string? text)
        {
            var fields = complete.Fields.Where(field => field.Key != key).ToDictionary(StringComparer.Ordinal);
            if (text is not null)
            {
                fields[key] = text;
            }

            return new DataRecord(complete.Id, fields);
        }

        // Missing, out of its declared range (a share above 100%), a divisor of 0 (0 份问卷): the general path's to report.
        Assert.False(TryFastPath(compiled, With("A11", null)).Taken);
        Assert.False(TryFastPath(compiled, With("参保人员满意度", "100.5%")).Taken);
        Assert.False(TryFastPath(compiled, With("回收问卷数", "0")).Taken);

        // A numerator of 0 is an ordinary record: the fast path scores it, as the general path does.
        var noneHelped = With("有帮助问卷数", "0");
        var (taken, scores, total) = TryFastPath(compiled, noneHelped);
        Assert.True(taken);
        Assert.Equal(interpreter.Score(noneHelped).Total, total);
        Assert.Equal(interpreter.Score(noneHelped).Indicators.Select(indicator => indicator.Score), scores);
    }

    /// <summary>
    /// Every interval on a grid (each end infinite or one of the grid's values, open or closed, at three scales), printed by <see cref="ComparisonPrinter"/> into one compiled class, then asked at each
    /// bound, its neighbours a step and a hair away, and beyond both ends: every answer must be <see cref="Interval.Contains"/>'s.
    /// </summary>
    [Fact]
    public void Printed_comparisons_mean_what_Interval_Contains_means_at_every_bound_and_its_neighbours()
    {
        decimal?[] ends = [null, -2m, -1m, 0m, 0.5m, 1m, 2m, 3m];
        var intervals = (
            from scale in new[] { 1m, 0.01m, 1000m }
            from lower in ends
            from upper in ends
            from lowerClosed in new[] { true, false }
            from upperClosed in new[] { true, false }
            select new Interval(lower * scale, lowerClosed, upper * scale, upperClosed)).ToArray();
        var source = new StringBuilder("namespace Printed;\npublic static class Conditions\n{\n");
        for (var i = 0; i < intervals.Length; i++)
        {
            var condition = ComparisonPrinter.Contains(SyntaxFactory.IdentifierName("value"), intervals[i]).NormalizeWhitespace().ToFullString();
            source.Append(CultureInfo.InvariantCulture, $"    public static bool C{i}(decimal value) => {condition};\n");
        }

        using var loaded = LoadedScorer.Compile(source.Append("}\n").ToString());
        var conditions = loaded.Assembly.GetType("Printed.Conditions", throwOnError: true)!;
        for (var i = 0; i < intervals.Length; i++)
        {
            var printed = conditions.GetMethod($"C{i}", BindingFlags.Public | BindingFlags.Static)!;
            foreach (var value in Probes(intervals[i]))
            {
                Assert.True(intervals[i].Contains(value) == (bool)printed.Invoke(null, [value])!,
                    $"{IntervalProperties.Show(intervals[i])} 在 {value} 处：打印的条件与 Interval.Contains 不同");
            }
        }
    }

    private static IEnumerable<decimal> Probes(Interval interval)
    {
        foreach (var bound in new[] { interval.Lower, interval.Upper }.OfType<decimal>())
        {
            foreach (var offset in new[] { 0m, 0.01m, -0.01m, 0.0000000001m, -0.0000000001m, 1m, -1m })
            {
                yield return bound + offset;
            }
        }

        yield return 0m;
        yield return -1_000_000m;
        yield return 1_000_000m;
    }

    private static List<DataRecord> BundledRecords(string name)
    {
        var path = Path.Combine(Repository.Examples, name + ".data.json");
        Assert.True(DataFileReader.TryOpen(path, out var file, out var error), error);
        using (file)
        {
            var records = new List<DataRecord>();
            while (file.Records.Next() is { } entry)
            {
                if (entry is DataEntry.Readable readable)
                {
                    records.Add(readable.Record);
                }
            }

            return records;
        }
    }

    /// <summary>Calls the scorer's protected <c>TryScoreOnly</c> directly, through a delegate typed with its input.</summary>
    private static (bool Taken, decimal[] Scores, decimal Total) TryFastPath(IRecordScorer scorer, DataRecord record)
    {
        var read = scorer.GetType().GetMethod(nameof(SchemeScorer<object>.ReadRow))!;
        var inputType = read.ReturnType;
        var call = typeof(FastPathTests).GetMethod(nameof(Call), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(inputType);
        return ((bool, decimal[], decimal))call.Invoke(null, [scorer, record])!;
    }

    private static (bool, decimal[], decimal) Call<TInput>(SchemeScorer<TInput> scorer, DataRecord record)
    {
        var input = scorer.ReadRow(record, out var errors);
        Assert.True(errors.IsEmpty, string.Join("；", errors));
        var method = scorer.GetType().GetMethod("TryScoreOnly", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var fast = method.CreateDelegate<FastPath<TInput>>(scorer);
        var scores = new decimal[scorer.Plan.Indicators.Length];
        var taken = fast(input, scores, out var total);
        return (taken, scores, total);
    }
}
