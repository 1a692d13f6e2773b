using System.Reflection;
using System.Runtime.Loader;
using SchemeLang.Emit.Generation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>A generated scorer as the benchmarks call it: its typed entry points behind an interface, the input already read.</summary>
public interface ICompiledRunner
{
    /// <summary>Scores only, into a reused span: what a batch job that needs totals and indicator scores calls.</summary>
    decimal? ScoreOnly();

    /// <summary>The full result (explanations rendered only when asked).</summary>
    RecordResult Score();
}

public static class CompiledScorers
{
    /// <summary>Builds, loads and instantiates the scorer for <paramref name="plan"/>, with <paramref name="record"/> read into its input type.</summary>
    public static ICompiledRunner Load(SchemePlan plan, DataRecord record)
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
        return (ICompiledRunner)Activator.CreateInstance(runner, BindingFlags.Public | BindingFlags.Instance, null, [scorer, record], null)!;
    }

    public sealed class Runner<TInput>(SchemeScorer<TInput> scorer, DataRecord record) : ICompiledRunner
    {
        private readonly TInput _input = scorer.ReadRow(record, out var errors) is var input && errors.IsEmpty
            ? input
            : throw new InvalidOperationException($"{record.Id}: {string.Join("；", errors)}");

        private readonly decimal[] _scores = new decimal[scorer.Plan.Indicators.Length];

        public decimal? ScoreOnly() => scorer.ScoreOnly(_input, _scores).Total;

        public RecordResult Score() => scorer.Score(_input);
    }
}
