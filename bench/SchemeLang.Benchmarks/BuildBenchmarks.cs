using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// `build` in-process for the largest example (001, 44 indicators) and 004, warm: in a process that has built often
/// enough for the JIT to have optimised Roslyn (what a long-running service pays on a scorer-cache miss). The first
/// builds in a process are slower; a new process is what <see cref="ColdBuildBenchmarks"/> measures.
/// </summary>
[WarmupCount(60)]
public class BuildBenchmarks
{
    private SchemePlan _plan = null!;

    [Params("001-nanchang-working-funds", "004-huaning-employee-insurance")]
    public string Example { get; set; } = null!;

    [GlobalSetup]
    public void Setup() =>
        _plan = new Evaluator(SchemeCompilation.FromFile(Path.Combine(CheckBenchmarks.FindRoot(), "examples", Example + ".scheme"))).Plan;

    [Benchmark]
    public int WarmBuild() => ScorerBuilder.Build(_plan, "benchmark").Compiled.Dll.Length;
}

/// <summary>
/// `schemelang build` cold: a new process each time, for the same examples. It uses the CLI named by SCHEMELANG_CLI
/// (the ReadyToRun publish, see bench/build-time/README.md), else the schemelang.dll built beside this benchmark.
/// </summary>
public class ColdBuildBenchmarks
{
    private string _scheme = null!;
    private string _output = null!;

    [Params("001-nanchang-working-funds", "004-huaning-employee-insurance")]
    public string Example { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scheme = Path.Combine(CheckBenchmarks.FindRoot(), "examples", Example + ".scheme");
        _output = Directory.CreateTempSubdirectory("schemelang-build-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark]
    public int ColdBuildProcess()
    {
        var cli = Environment.GetEnvironmentVariable("SCHEMELANG_CLI");
        var start = cli is { Length: > 0 } ? new ProcessStartInfo(cli) : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "schemelang.dll") } };
        foreach (var arg in new[] { "build", _scheme, "--out", _output })
        {
            start.ArgumentList.Add(arg);
        }

        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"schemelang build exited {process.ExitCode}");
    }
}
