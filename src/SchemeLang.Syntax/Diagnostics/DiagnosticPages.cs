namespace SchemeLang.Diagnostics;

/// <summary>The Chinese page for each diagnostic code, embedded from Diagnostics/Pages/SLxxxx.md.</summary>
public static class DiagnosticPages
{
    public static string? Find(string code)
    {
        using var stream = typeof(DiagnosticPages).Assembly.GetManifestResourceStream($"SchemeLang.Diagnostics.Pages.{code}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
