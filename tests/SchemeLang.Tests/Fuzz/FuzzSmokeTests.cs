using System.Text;
using SchemeLang.Tests.Fuzz.Engine;
using SchemeLang.Tests.Support;
using Xunit.Abstractions;

namespace SchemeLang.Tests.Fuzz;

/// <summary>
/// "Bad input of any kind gets diagnostics, never an exception trace": 10,000 mutated examples, data files and
/// records, each bounded by a hang limit, from a fixed seed so that CI sees the same cases every run. The long run
/// is bench/SchemeLang.Fuzz (same mutators, same target).
/// </summary>
[Trait("Category", "Slow")]
public sealed class FuzzSmokeTests(ITestOutputHelper output)
{
    private const long Cases = 10_000;
    private const ulong Seed = 20261201;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public void Mutated_examples_data_files_and_records_never_crash_or_hang()
    {
        var corpus = FuzzCorpus.Load(Repository.Examples);
        using var host = new CliFuzzHost();
        var report = new FuzzRunner(corpus, host, new FuzzSettings(Cases, Seed, Threads: 2, HangLimit)).Run();
        output.WriteLine(report.Summary());

        Assert.Equal(Cases, report.CasesRun + report.Hangs.Count);
        var problems = new StringBuilder();
        foreach (var crash in report.Crashes.Values.OrderBy(crash => crash.FirstCase.Index))
        {
            var minimal = FuzzMinimizer.Minimize(crash.FirstCase, candidate => FuzzRunner.Crashes(candidate, host, crash.Signature), TimeSpan.FromSeconds(5));
            problems.Append($"崩溃 ×{crash.Count}：{crash.Signature}\n最小复现：\n{minimal.Describe()}\n原始用例：{Truncate(crash.FirstCase.Describe())}\n{crash.Detail}\n\n");
        }

        foreach (var hang in report.Hangs)
        {
            problems.Append($"超时：{hang.Detail}\n{hang.FirstCase.Describe()}\n\n");
        }

        Assert.True(problems.Length == 0, $"种子 {Seed}：{report.Summary()}\n\n{problems}");
    }

    private static string Truncate(string text) => text.Length <= 3000 ? text : text[..3000] + "…";
}
