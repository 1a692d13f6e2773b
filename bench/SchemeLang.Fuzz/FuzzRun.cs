using SchemeLang.Tests.Fuzz.Engine;

namespace SchemeLang.Fuzz;

/// <summary>The fuzz part: cases/s, crashes (one reproducer per stack signature, cut down) and hangs (each run again once warm).</summary>
internal static class FuzzRun
{
    public static bool Run(BenchOptions options, string examples, string output)
    {
        var corpus = FuzzCorpus.Load(examples);
        var work = Directory.CreateTempSubdirectory("schemelang-fuzz-bench-").FullName;
        try
        {
            var host = new BenchHost(work, options.CliEvery);
            var settings = new FuzzSettings(options.Cases, options.Seed, options.Threads, options.HangLimit,
                options.Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, FuzzMix.Bench);
            var report = new FuzzRunner(corpus, host, settings).Run(
                progress => Console.WriteLine($"  … {progress.CasesRun} 个用例，{progress.CasesRun / progress.Elapsed.TotalSeconds:F0} 个/秒，崩溃 {progress.Crashes.Values.Sum(c => c.Count)}，超时 {progress.Hangs.Count}"),
                TimeSpan.FromSeconds(15));

            Console.WriteLine();
            Console.WriteLine($"模糊测试：{report.Summary()}；完整 schemelang 命令 {host.CliRuns} 次");
            var number = 0;
            foreach (var crash in report.Crashes.Values.OrderBy(crash => crash.FirstCase.Index))
            {
                number++;
                var minimal = FuzzMinimizer.Minimize(crash.FirstCase, candidate => FuzzRunner.Crashes(candidate, host, crash.Signature), TimeSpan.FromSeconds(20));
                var saved = minimal.Save(output, $"crash-{number}");
                crash.FirstCase.Save(output, $"crash-{number}-original");
                Console.WriteLine($"崩溃 {number}（{crash.Count} 次）：{crash.Signature}");
                Console.WriteLine($"  首个用例 #{crash.FirstCase.Index}；最小复现 {saved}");
                Console.WriteLine(Indent(minimal.Describe()));
            }

            number = 0;
            var hangs = 0;
            foreach (var hang in report.Hangs.OrderBy(hang => hang.FirstCase.Index))
            {
                number++;
                var saved = hang.FirstCase.Save(output, $"hang-{number}");
                // Run again now that the process is warm: a case that then finishes in time only waited for the JIT.
                if (FuzzRunner.Rerun(hang.FirstCase, host, settings.HangLimit) is { } again)
                {
                    Console.WriteLine($"超时 {number}：用例 #{hang.FirstCase.Index}，{hang.Detail}；重跑 {again.TotalSeconds:F2} 秒完成，不算挂起（预热）；复现 {saved}");
                    continue;
                }

                hangs++;
                Console.WriteLine($"超时 {number}：用例 #{hang.FirstCase.Index}，{hang.Detail}，重跑仍超时；复现 {saved}");
            }

            number = 0;
            foreach (var violation in report.Violations.Values.OrderBy(v => v.FirstCase.Index).Take(10))
            {
                number++;
                var saved = violation.FirstCase.Save(output, $"violation-{number}");
                Console.WriteLine($"计分不变量 {number}：{violation.Detail.Split('\n')[0]}；复现 {saved}");
            }

            return !report.Crashes.IsEmpty || hangs > 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Indent(string text) => string.Join('\n', text.TrimEnd().Split('\n').Take(40).Select(line => "    " + line));
}
