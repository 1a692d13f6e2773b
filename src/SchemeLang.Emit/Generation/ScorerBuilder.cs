using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SchemeLang.Emit.Compiling;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// A scheme's scorer: its assembly name, the C# it was compiled from with what in the scheme each stretch of it
/// prints, the plan it carries as a resource (<see cref="PlanJson.ToResource"/>), and the compiled DLL, PDB and XML docs.
/// </summary>
public sealed record BuiltScorer(string AssemblyName, string Source, byte[] Plan, ImmutableArray<CodeOrigin> Origins, CompiledScorer Compiled)
{
    /// <summary>What in the scheme produced the code a compile error is in; null for the fixed scaffolding.</summary>
    public CodeOrigin? OriginOf(Diagnostic error) => CodeOrigins.Of(Origins, error);
}

/// <summary>Plan → C# → DLL: the whole of <c>schemelang build</c> that does not touch files.</summary>
public static class ScorerBuilder
{
    /// <summary>Assembly metadata keys a scorer carries.</summary>
    public const string SchemeKey = "SchemeLang.Scheme";
    public const string YearKey = "SchemeLang.Year";
    public const string SourceHashKey = "SchemeLang.SourceSha256";

    /// <param name="sourceSha256">The scheme source's SHA-256 (hex), recorded in the assembly so a scorer names the text it came from.</param>
    public static BuiltScorer Build(SchemePlan plan, string sourceSha256)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(sourceSha256);
        var assemblyName = ScorerEmitter.NamespaceFor(plan);
        // The plan's JSON and the C# do not depend on each other: the JSON is written on another core meanwhile.
        var planJson = Task.Run(() => PlanJson.ToResource(plan));
        var (source, origins) = Print(plan);
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [SchemeKey] = plan.Name,
            [SourceHashKey] = sourceSha256,
        };
        if (plan.Year is { } year)
        {
            metadata[YearKey] = year.ToString(CultureInfo.InvariantCulture);
        }

        var version = plan.Year is { } y and > 0 and < 65535 ? new Version(y, 0, 0, 0) : new Version(1, 0, 0, 0);
        var resource = planJson.GetAwaiter().GetResult();
        ReleaseLayoutGarbage(source);
        return new BuiltScorer(assemblyName, source, resource, origins, ScorerCompiler.Compile(assemblyName, version, source, metadata, resource));
    }

    /// <summary>The C# text of a scheme this large (about 1,000 leaves) or larger is worth a collection before its compile.</summary>
    private const int LargeSource = 1 << 20;

    /// <summary>
    /// Returns the syntax trees the layout built and dropped (several times the text's size) to the operating system
    /// before Roslyn starts, so that the compile's own peak does not stack on them: for 15,120 leaves the build's peak
    /// working set fell from 810-825 MB to 704-738 MB, and its time did not grow. A small scheme's heap is not worth it.
    /// </summary>
    internal static void ReleaseLayoutGarbage(string source)
    {
        if (source.Length >= LargeSource)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>
    /// The scorer's text and origins, in a method of their own so that the printed tree is garbage before Roslyn
    /// starts: unoptimized (tier-0) code keeps a local alive to the end of its method, and for a large scheme that
    /// tree, held through the compile, made every collection in it slower.
    /// </summary>
    private static (string Source, ImmutableArray<CodeOrigin> Origins) Print(SchemePlan plan)
    {
        var unit = ScorerEmitter.Emit(plan);
        return (unit.ToFullString(), CodeOrigins.Find(unit));
    }
}
