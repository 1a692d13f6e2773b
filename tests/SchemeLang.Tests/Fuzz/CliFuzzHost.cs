using SchemeLang.Tests.Fuzz.Engine;

namespace SchemeLang.Tests.Fuzz;

/// <summary>
/// The CLI's own code paths, called in-process: `check` renders every compilation as text and JSON; `score` reads a
/// data file (JSON or CSV) with its reader, scores every record and writes the results both ways.
/// </summary>
internal sealed class CliFuzzHost : IFuzzHost, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("schemelang-fuzz-").FullName;
    private readonly ThreadLocal<int> _slot;
    private int _slots;

    public CliFuzzHost() => _slot = new ThreadLocal<int>(() => Interlocked.Increment(ref _slots));

    public void Render(FuzzCase fuzzCase, SchemeCompilation compilation)
    {
        CliPaths.Render(compilation);
    }

    public void ScoreDataFile(FuzzExample example, byte[] data, bool csv)
    {
        var path = Path.Combine(_directory, $"data{_slot.Value}{(csv ? ".csv" : ".json")}");
        File.WriteAllBytes(path, data);
        CliPaths.Score(example, path, csv);
    }

    public void Dispose()
    {
        _slot.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
