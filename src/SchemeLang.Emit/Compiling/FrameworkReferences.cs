using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SchemeLang.Emit.Compiling;

/// <summary>
/// The assemblies a generated scorer is compiled against: a fixed, sorted list of the running framework's own
/// assemblies (read from the host's trusted platform assemblies, so it works wherever the compiler itself runs,
/// SDK or not) plus SchemeLang.Runtime. Generated code loads into this same runtime, so compiling against its
/// implementation assemblies binds exactly what will run; all assemblies of one .NET major version carry the
/// same assembly version, so the output does not change between patch releases. The price: a scorer references
/// System.Private.CoreLib rather than the System.Runtime facade, so it is built for the .NET major version that
/// compiled it (which is how scorers are used: compiled and loaded by the same process or the same install).
/// The SDK's reference pack would avoid that, but it is absent where only the runtime is installed, and falling
/// back to it only sometimes would make the bytes depend on the machine.
/// </summary>
internal static class FrameworkReferences
{
    /// <summary>What generated code may use: the core library and the facades that forward to it. Ordinal order.</summary>
    private static readonly string[] FrameworkAssemblyNames =
    [
        "System.Collections",
        "System.Collections.Immutable",
        "System.Linq",
        "System.Private.CoreLib",
        "System.Runtime",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    public static ImmutableArray<MetadataReference> Get() => All.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in trusted)
        {
            byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        var references = ImmutableArray.CreateBuilder<MetadataReference>(FrameworkAssemblyNames.Length + 1);
        foreach (var name in FrameworkAssemblyNames)
        {
            if (!byName.TryGetValue(name, out var path))
            {
                throw new InvalidOperationException($"framework assembly {name} is not among the trusted platform assemblies");
            }

            references.Add(MetadataReference.CreateFromFile(path));
        }

        references.Add(MetadataReference.CreateFromFile(typeof(Runtime.Scoring).Assembly.Location));
        return references.MoveToImmutable();
    }
}
