using System.Reflection;
using System.Runtime.Loader;
using SchemeLang.Emit.Compiling;

namespace SchemeLang.Tests.Emit;

/// <summary>A compiled scorer loaded into its own collectible load context, unloaded on dispose.</summary>
internal sealed class LoadedScorer : IDisposable
{
    private readonly AssemblyLoadContext context;

    private LoadedScorer(CompiledScorer compiled)
    {
        Assert.True(compiled.Succeeded, string.Join(Environment.NewLine, compiled.Errors));
        context = new AssemblyLoadContext("scorer-test", isCollectible: true);
        Assembly = context.LoadFromStream(new MemoryStream(compiled.Dll), new MemoryStream(compiled.Pdb));
    }

    public Assembly Assembly { get; }

    public static LoadedScorer Load(CompiledScorer compiled) => new(compiled);

    /// <summary>Compiles <paramref name="source"/> with no metadata and loads it.</summary>
    public static LoadedScorer Compile(string source) =>
        new(ScorerCompiler.Compile("Scorer.Test", new Version(1, 0, 0, 0), source, new Dictionary<string, string>()));

    public object? Invoke(string type, string method) =>
        Assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);

    public object? Constant(string type, string field) =>
        Assembly.GetType(type, throwOnError: true)!.GetField(field, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue();

    public void Dispose() => context.Unload();
}
