using System.Text;
using SchemeLang.Cli;
using SchemeLang.Evaluation;
using SchemeLang.Tests.Fuzz.Engine;

namespace SchemeLang.Fuzz;

/// <summary>
/// The CLI's paths for the bench: every case through the CLI's own (linked) renderers, data reader and result
/// writers in-process; one case in <c>cliEvery</c> also through the real `schemelang check`/`score` command, whose
/// "Unhandled exception" output becomes a <see cref="ReportedCrash"/>.
/// </summary>
internal sealed class BenchHost(string directory, int cliEvery) : IFuzzHost
{
    private readonly ThreadLocal<(int Slot, int Calls)> _thread = new(() => (Interlocked.Increment(ref _slots), 0));
    private static int _slots;
    private long _cliRuns;

    public long CliRuns => Interlocked.Read(ref _cliRuns);

    public void Render(FuzzCase fuzzCase, SchemeCompilation compilation)
    {
        CliPaths.Render(compilation);

        if (TakeCliTurn())
        {
            var path = PathFor("scheme.scheme");
            if (fuzzCase.Bytes is { } bytes)
            {
                File.WriteAllBytes(path, bytes);
            }
            else
            {
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(fuzzCase.Text!));
            }

            RunCli("check", path, "--format", fuzzCase.Index % 2 == 0 ? "json" : "text");
            if (!compilation.HasErrors)
            {
                RunCli("test", path);
            }
        }
    }

    public void ScoreDataFile(FuzzExample example, byte[] data, bool csv)
    {
        var path = PathFor(csv ? "data.csv" : "data.json");
        File.WriteAllBytes(path, data);
        CliPaths.Score(example, path, csv);

        if (TakeCliTurn())
        {
            var scheme = PathFor("example.scheme");
            File.WriteAllText(scheme, example.SchemeText);
            RunCli("score", scheme, "--data", path, "--format", csv ? "csv" : "json");
        }
    }

    private bool TakeCliTurn()
    {
        var (slot, calls) = _thread.Value;
        _thread.Value = (slot, calls + 1);
        return cliEvery > 0 && calls % cliEvery == 0;
    }

    private string PathFor(string name) => Path.Combine(directory, $"t{_thread.Value.Slot}-{name}");

    private void RunCli(params string[] args)
    {
        Interlocked.Increment(ref _cliRuns);
        using var output = new StringWriter();
        using var error = new StringWriter();
        SchemeLangCli.Run(args, output, error);
        if (ReportedCrash.FromCliError(error.ToString()) is { } crash)
        {
            throw crash;
        }
    }

}
