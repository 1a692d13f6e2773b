using System.Reflection;
using System.Runtime.Loader;
using SchemeLang.Emit.Generation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>A generated scorer as the benchmarks call it: its typed entry points behind an interface, the inputs already read.</summary>
public interface ICompiledRunner
{
    /// <summary>One record's scores into <paramref name="scores"/> (pre-order): what a batch job that needs totals and indicator scores calls.</summary>
    ScoreCard ScoreOnly(int record, Span<decimal> scores);

    /// <summary>One record's full result (explanations rendered only when asked).</summary>
    RecordResult Score(int record);

    /// <summary>Every record's scores in a loop, into one reused span; how many were scored.</summary>
    int ScoreOnlyAll();

    /// <summary>Every record's full result in a loop; how many were scored.</summary>
    int ScoreAll();
}

public static class CompiledScorers
{
    /// <summary>
    /// Builds, loads and instantiates the scorer for <paramref name="plan"/>, with <paramref name="records"/> read into its
    /// input type once, here (<see cref="SchemeScorer{TInput}.ReadRow"/>), so that scoring them reads nothing.
    /// </summary>
    public static ICompiledRunner Load(SchemePlan plan, IReadOnlyList<DataRecord> records)
    {
        var built = ScorerBuilder.Build(plan, "benchmark");
        if (!built.Compiled.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", built.Compiled.Errors));
        }

        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(built.Compiled.Dll));
        var scorerType = assembly.GetType($"{built.AssemblyName}.{ScorerEmitter.ScorerTypeName}", throwOnError: true)!;
        var inputType = assembly.GetType($"{built.AssemblyName}.{ScorerEmitter.InputTypeName}", throwOnError: true)!;
        var scorer = Activator.CreateInstance(scorerType, [null])!;
        var runner = typeof(Runner<>).MakeGenericType(inputType);
        return (ICompiledRunner)Activator.CreateInstance(runner, BindingFlags.Public | BindingFlags.Instance, null, [scorer, records], null)!;
    }

    public sealed class Runner<TInput>(SchemeScorer<TInput> scorer, IReadOnlyList<DataRecord> records) : ICompiledRunner
    {
        private readonly TInput[] _inputs = [.. records.Select(record => Read(scorer, record))];

        private readonly decimal[] _scores = new decimal[scorer.Plan.Indicators.Length];

        public ScoreCard ScoreOnly(int record, Span<decimal> scores) => scorer.ScoreOnly(_inputs[record], scores);

        public RecordResult Score(int record) => scorer.Score(_inputs[record]);

        public int ScoreOnlyAll()
        {
            var scored = 0;
            foreach (var input in _inputs)
            {
                scored += scorer.ScoreOnly(input, _scores).Succeeded ? 1 : 0;
            }

            return scored;
        }

        public int ScoreAll()
        {
            var scored = 0;
            foreach (var input in _inputs)
            {
                scored += scorer.Score(input).Succeeded ? 1 : 0;
            }

            return scored;
        }

        private static TInput Read(SchemeScorer<TInput> scorer, DataRecord record) => scorer.ReadRow(record, out var errors) is var input && errors.IsEmpty
            ? input
            : throw new InvalidOperationException($"{record.Id}: {string.Join("；", errors)}");
    }
}
