namespace SchemeLang.Emit.Compiling;

/// <summary>
/// The Release build of SchemeLang.Runtime (DLL, PDB and XML docs) that this assembly carries as resources: what a
/// scorer is compiled against and what <c>build</c> places beside it, whatever configuration SchemeLang itself was
/// built in. Read from resources rather than files, so a single-file publish (where no assembly has a path) compiles
/// and ships scorers too. It is built from the same source as the runtime loaded in this process, so a scorer compiled
/// against it runs against either.
/// </summary>
public static class EmbeddedRuntime
{
    /// <summary>The runtime assembly's file name.</summary>
    public const string AssemblyFileName = "SchemeLang.Runtime.dll";

    /// <summary>The files a scorer's consumer needs beside it: the assembly, its portable PDB and its XML docs.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [AssemblyFileName, "SchemeLang.Runtime.pdb", "SchemeLang.Runtime.xml"];

    private static readonly Lazy<byte[]> Assembly = new(() => Read(AssemblyFileName));

    /// <summary>The runtime assembly's bytes, read once.</summary>
    public static byte[] AssemblyImage => Assembly.Value;

    /// <summary>The bytes of one of <see cref="FileNames"/>.</summary>
    public static byte[] Read(string fileName)
    {
        using var stream = typeof(EmbeddedRuntime).Assembly.GetManifestResourceStream(fileName)
            ?? throw new InvalidOperationException($"SchemeLang.Emit carries no resource {fileName}: the build that embeds the Release runtime did not run");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
