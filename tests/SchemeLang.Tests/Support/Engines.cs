using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Tests.Support;

/// <summary>The two scoring engines: the interpreter, and the scorer generated from the same plan and loaded.</summary>
public enum Engine
{
    Interpreter,
    Compiled,
}

/// <summary>
/// Both engines for a scheme, and the comparison that proves them the same: every evaluation test scores through
/// <see cref="Schemes.Score"/>, which runs both and requires identical results, explanations and errors included.
/// </summary>
internal static class Engines
{
    private static readonly ConcurrentDictionary<string, Lazy<Type>> Compiled = new(StringComparer.Ordinal);

    public static IRecordScorer Create(SchemeCompilation compilation, Engine engine, PercentReading? reading = null)
    {
        var evaluator = new Evaluator(compilation, reading);
        return engine switch
        {
            Engine.Interpreter => evaluator.Interpreter,
            Engine.Compiled => Load(evaluator.Plan, reading),
            _ => throw new ArgumentOutOfRangeException(nameof(engine)),
        };
    }

    /// <summary>The generated scorer for <paramref name="plan"/>, compiled once per distinct source and plan and loaded into its own context.</summary>
    public static IRecordScorer Load(SchemePlan plan, PercentReading? reading = null)
    {
        // The plan travels as a resource beside the code: two plans with the same code are still two scorers.
        var key = ScorerEmitter.EmitText(plan) + Encoding.UTF8.GetString(PlanJson.ToResource(plan));
        var type = Compiled.GetOrAdd(key, _ => new Lazy<Type>(() => Compile(plan))).Value;
        return (IRecordScorer)Activator.CreateInstance(type, [reading])!;
    }

    private static Type Compile(SchemePlan plan)
    {
        var built = ScorerBuilder.Build(plan, "test");
        Assert.True(built.Compiled.Succeeded, string.Join("\n", built.Compiled.Errors) + "\n" + built.Source);
        var context = new AssemblyLoadContext("scorer-" + built.AssemblyName, isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(built.Compiled.Dll), new MemoryStream(built.Compiled.Pdb));
        return assembly.GetType($"{built.AssemblyName}.{ScorerEmitter.ScorerTypeName}", throwOnError: true)!;
    }

    /// <summary>Everything a result says, as text: two engines agree when these are equal.</summary>
    public static string Describe(RecordResult result)
    {
        var text = new StringBuilder();
        text.Append($"{result.Id} total={result.Total} grade={result.Grade}\n");
        foreach (var indicator in result.Indicators)
        {
            text.Append($"  {indicator.Key} [{indicator.Code}] {indicator.Name} {indicator.Weight}/{indicator.Score}: {indicator.Explanation}\n");
        }

        foreach (var veto in result.Vetoes)
        {
            text.Append($"  veto {veto.Key} {veto.Text} {veto.Written} {veto.Deducted}\n");
        }

        foreach (var error in result.Errors)
        {
            text.Append($"  error {error}\n");
        }

        return text.ToString();
    }
}
