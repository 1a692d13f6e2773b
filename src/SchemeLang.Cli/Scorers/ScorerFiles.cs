using SchemeLang.Emit.Compiling;
using SchemeLang.Emit.Generation;

namespace SchemeLang.Cli.Scorers;

/// <summary>What <c>build</c> writes next to each other: the scorer's DLL, PDB and XML docs, the Release runtime it references (with its PDB and XML docs), and optionally its C#.</summary>
internal static class ScorerFiles
{
    /// <summary>
    /// Writes the scorer into <paramref name="directory"/>; returns the DLL's path. The runtime is copied beside it
    /// for a consumer (<paramref name="withRuntime"/>); the cache needs no copy, as its loader already has one.
    /// </summary>
    public static string Write(BuiltScorer built, string directory, bool withSource, bool withRuntime)
    {
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, built.AssemblyName);
        WriteAtomically(stem + ".dll", built.Compiled.Dll);
        WriteAtomically(stem + ".pdb", built.Compiled.Pdb);
        WriteAtomically(stem + ".xml", System.Text.Encoding.UTF8.GetBytes(built.Compiled.XmlDoc));
        if (withSource)
        {
            WriteAtomically(stem + ".cs", System.Text.Encoding.UTF8.GetBytes(built.Source));
        }

        if (withRuntime)
        {
            // The Release runtime the scorer was compiled against, with its PDB and XML docs; a consumer copies them all.
            foreach (var file in EmbeddedRuntime.FileNames)
            {
                WriteAtomically(Path.Combine(directory, file), EmbeddedRuntime.Read(file));
            }
        }

        return stem + ".dll";
    }

    /// <summary>Writes a temporary file and moves it into place, so no reader (another build, a running score) sees half a file.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
