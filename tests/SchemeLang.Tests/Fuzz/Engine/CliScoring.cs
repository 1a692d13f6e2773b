using SchemeLang.Cli.Commands;
using SchemeLang.Cli.Data;

namespace SchemeLang.Tests.Fuzz.Engine;

/// <summary>A data file through the score command's own path in-process: open it, score each record, write each result.</summary>
internal static class CliScoring
{
    public static void Score(FuzzExample example, string path, bool csv)
    {
        if (!DataFileReader.TryOpen(path, out var file, out _))
        {
            return;
        }

        using (file)
        {
            using var output = new StringWriter();
            using var writer = ScoreCommand.CreateWriter(csv ? OutputFormat.Csv : OutputFormat.Json, output, example.SchemeCompilation.Scheme!);
            ScoreCommand.Score(example.Score, file.Records, writer, TextWriter.Null);
        }
    }
}
