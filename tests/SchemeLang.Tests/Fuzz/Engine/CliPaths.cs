using System.Text;
using SchemeLang.Cli.Batch;
using SchemeLang.Cli.Commands;
using SchemeLang.Cli.Output;
using SchemeLang.Data;

namespace SchemeLang.Tests.Fuzz.Engine;

/// <summary>The CLI's own paths in-process, for every host: diagnostics rendered both ways, and a data file scored as `score` does.</summary>
internal static class CliPaths
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Text always; JSON only for text that could have come from a file: a scheme reaches the CLI as strict UTF-8, so
    /// it never holds a lone surrogate, and JSON refuses invalid UTF-16 by design.
    /// </summary>
    public static void Render(SchemeCompilation compilation)
    {
        using var text = new StringWriter();
        DiagnosticTextRenderer.Render(text, compilation.Diagnostics);
        if (compilation.Diagnostics.All(diagnostic => IsUtf8(diagnostic.Location.Source.Text)))
        {
            using var json = new StringWriter();
            DiagnosticJsonWriter.Write(json, compilation.Diagnostics);
        }
    }

    /// <summary>Open the file, score each record and write each result as it comes.</summary>
    public static void Score(FuzzExample example, string path, bool csv)
    {
        if (!DataFileReader.TryOpen(path, out var file, out _))
        {
            return;
        }

        using (file)
        {
            using var output = new StringWriter();
            using var writer = ScoreCommand.CreateWriter(csv ? OutputFormat.Csv : OutputFormat.Json, output, example.SchemeCompilation.Scheme!, []);
            new ScoringPipeline(example.Score, writer, TextWriter.Null, new SchemeLang.Docs.Layout.BatchCounts(example.SchemeCompilation.Scheme!)).Run(file.Records);
        }
    }

    private static bool IsUtf8(string text)
    {
        try
        {
            StrictUtf8.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
