using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using CsCheck;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties.Generators;

namespace SchemeLang.Fuzz;

/// <summary>
/// The score invariants of the property tests over many random records: random schemes of every weight style and
/// 不适用 handling, a few dozen records each. Violations are grouped by what broke and by which feature the scheme
/// uses; the shortest scheme per group is printed.
/// </summary>
internal static partial class InvariantRun
{
    // Checking a fresh random scheme costs ~10–25 ms (much of it ANTLR warming to new token sequences), scoring a
    // record ~0.1 ms: many records per scheme keep the million-record run to a few minutes.
    private const int RecordsPerScheme = 250;

    public static bool Run(BenchOptions options)
    {
        var clock = Stopwatch.StartNew();
        long records = 0;
        long schemes = 0;
        long crashes = 0;
        var groups = new ConcurrentDictionary<string, (long Count, string Example)>(StringComparer.Ordinal);
        var schemeGen = SchemeGen.Scheme(SchemeOptions.Everything);

        var threads = Enumerable.Range(0, options.Threads).Select(thread => new Thread(() =>
        {
            var pcg = new PCG((uint)thread + 1, options.Seed);
            while (Interlocked.Read(ref records) < options.Records && (options.Seconds is not { } seconds || clock.Elapsed.TotalSeconds < seconds))
            {
                var scheme = schemeGen.Generate(pcg, null!, out _);
                Interlocked.Increment(ref schemes);
                var batch = RecordGen.For(scheme).Array[RecordsPerScheme].Generate(pcg, null!, out _);
                try
                {
                    Check(scheme, batch, groups);
                }
                catch (Exception exception)
                {
                    Interlocked.Increment(ref crashes);
                    Add(groups, $"异常 {exception.GetType().Name}", scheme.Text + exception);
                }

                Interlocked.Add(ref records, batch.Length);
            }
        }, 8 * 1024 * 1024)).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        var elapsed = clock.Elapsed;
        Console.WriteLine();
        Console.WriteLine($"计分不变量：{records} 条随机记录（{schemes} 个随机方案），{elapsed.TotalSeconds:F1} 秒，{records / elapsed.TotalSeconds:F0} 条/秒；" +
            $"破坏不变量的记录 {groups.Values.Sum(g => g.Count)}（{groups.Count} 种），异常 {crashes}");
        foreach (var (signature, (count, example)) in groups.OrderByDescending(g => g.Value.Count))
        {
            Console.WriteLine($"  {count,8} × {signature}");
        }

        foreach (var (signature, (_, example)) in groups.OrderByDescending(g => g.Value.Count).Take(6))
        {
            Console.WriteLine($"\n最短的例子（{signature}）：\n{example}");
        }

        return crashes > 0;
    }

    private static void Check(SchemeModel scheme, RecordModel[] batch, ConcurrentDictionary<string, (long Count, string Example)> groups)
    {
        var text = scheme.Text;
        var compilation = SchemeEngine.Compile(text);
        var feature = (scheme.Weights == WeightMode.Relative ? "相对权重" : "分值权重")
            + (scheme.Leaves.Any(leaf => leaf.NotApplicable == NotApplicableMode.Redistribute) ? "+重新分配" : string.Empty);
        if (compilation.HasErrors)
        {
            Add(groups, $"[{feature}] 生成的方案有错误 {compilation.Diagnostics.First(d => d.IsError).Code}", text);
            return;
        }

        var score = SchemeEngine.Scorer(compilation);
        foreach (var record in batch)
        {
            var data = new DataRecord("r1", record.Fields);
            var result = score(data);
            var violations = new List<string>();
            if (record.Expect == Expectation.Valid && !result.Succeeded)
            {
                violations.Add($"有效记录无法计分：{result.Errors[0].Code}");
            }
            else if (record.Expect == Expectation.Invalid && result.Succeeded)
            {
                violations.Add("无效记录却计分成功");
            }

            violations.AddRange(ScoreInvariants.Check(compilation.Scheme!, data, result, record.MeetsEveryStandard));
            foreach (var violation in violations.Select(Shape).Distinct())
            {
                Add(groups, $"[{feature}] {violation}", $"{text}{record}\n→ {string.Join("；", violations)}");
            }
        }
    }

    private static void Add(ConcurrentDictionary<string, (long Count, string Example)> groups, string signature, string example) =>
        groups.AddOrUpdate(signature, (1, example), (_, found) => (found.Count + 1, example.Length < found.Example.Length ? example : found.Example));

    /// <summary>A violation without its numbers and names: "A 的下级分值合计 N…" → one group.</summary>
    private static string Shape(string violation) => Numbers().Replace(Keys().Replace(Quoted().Replace(violation, "「X」").Split('（')[0], "X"), "N");

    [GeneratedRegex(@"「[^」]*」", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"-?\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"^(末级|上级)?指标 \S+|^\S+ 的下级", RegexOptions.CultureInvariant)]
    private static partial Regex Keys();
}
