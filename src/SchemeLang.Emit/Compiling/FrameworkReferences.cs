using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace SchemeLang.Emit.Compiling;

/// <summary>
/// The assemblies a generated scorer is compiled against: the .NET 10 reference assemblies (System.Runtime and the
/// two facades generated code uses, shipped inside Basic.Reference.Assemblies, so the same on every machine) plus
/// the Release SchemeLang.Runtime of <see cref="EmbeddedRuntime"/>. Every reference is an image in memory, never a
/// file path, so a single-file publish compiles scorers too. A scorer thus references the public facades, exactly as a project built with the SDK does,
/// and a consumer project that references the scorer's DLL resolves every type it exposes.
/// </summary>
internal static class FrameworkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(() =>
    [
        Net100.References.SystemCollections,
        Net100.References.SystemCollectionsImmutable,
        Net100.References.SystemRuntime,
        MetadataReference.CreateFromImage(EmbeddedRuntime.AssemblyImage, filePath: EmbeddedRuntime.AssemblyFileName),
    ]);

    public static ImmutableArray<MetadataReference> Get() => All.Value;
}
