using System.Diagnostics.CodeAnalysis;
using SchemeLang.Binding;
using SchemeLang.Cli.Output;

namespace SchemeLang.Cli.Commands;

/// <summary>What score, build and doc do first: compile the scheme file, and stop with its diagnostics if it has errors.</summary>
internal static class CleanScheme
{
    /// <summary>The compiled scheme and its bound model, or false after writing its diagnostics to <paramref name="error"/>.</summary>
    public static bool TryCompile(
        string path, TextWriter error, [NotNullWhen(true)] out SchemeCompilation? compilation, [NotNullWhen(true)] out BoundScheme? scheme)
    {
        compilation = SchemeCompilation.FromFile(path);
        scheme = compilation.HasErrors ? null : compilation.Scheme;
        if (scheme is null)
        {
            DiagnosticTextRenderer.Render(error, compilation.Diagnostics);
            compilation = null;
            return false;
        }

        return true;
    }
}
