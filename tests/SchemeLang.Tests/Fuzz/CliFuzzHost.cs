using System.Text;
using SchemeLang.Cli.Output;
using SchemeLang.Tests.Fuzz.Engine;

namespace SchemeLang.Tests.Fuzz;

/// <summary>
/// The CLI's own code paths, called in-process: `check` renders every compilation as text and JSON; `score` reads a
/// data file (JSON or CSV) with its reader, scores every record and writes the results both ways.
/// </summary>
internal sealed class CliFuzzHost : IFuzzHost, IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string _directory = Directory.CreateTempSubdirectory("schemelang-fuzz-").FullName;
    private readonly ThreadLocal<int> _slot;
    private int _slots;

    public CliFuzzHost() => _slot = new ThreadLocal<int>(() => Interlocked.Increment(ref _slots));

    public void Render(FuzzCase fuzzCase, SchemeCompilation compilation)
    {
        using var text = new StringWriter();
        DiagnosticTextRenderer.Render(text, compilation.Diagnostics);

        // A scheme file reaches the CLI only as strict UTF-8, so its text never holds a lone surrogate; text that
        // could not have come from a file is rendered as text only (JSON refuses invalid UTF-16 by design).
        if (compilation.Diagnostics.All(diagnostic => IsUtf8(diagnostic.Location.Source.Text)))
        {
            using var json = new StringWriter();
            DiagnosticJsonWriter.Write(json, compilation.Diagnostics);
        }
    }

    public void ScoreDataFile(FuzzExample example, byte[] data, bool csv)
    {
        var path = Path.Combine(_directory, $"data{_slot.Value}{(csv ? ".csv" : ".json")}");
        File.WriteAllBytes(path, data);
        CliScoring.Score(example, path, csv);
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

    public void Dispose()
    {
        _slot.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
