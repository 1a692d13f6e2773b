using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SchemeLang.Tests.Fuzz.Engine;

/// <summary>How a fuzz run goes: how many cases (or how long), from which seed, on how many threads, and when a case hangs.</summary>
public sealed record FuzzSettings(long Cases, ulong Seed, int Threads, TimeSpan HangLimit, TimeSpan? Duration = null, FuzzMix? Mix = null)
{
    /// <summary>Worker threads get the stack the CLI's main thread has (8 MB on Linux), so a recursion that overflows here overflows there.</summary>
    public const int StackSize = 8 * 1024 * 1024;
}

/// <summary>A crash (an exception escaped) or a hang (a case ran past the limit), with its first case and how often it came.</summary>
public sealed class FuzzFinding(string signature, FuzzCase fuzzCase, string detail)
{
    public string Signature { get; } = signature;

    public FuzzCase FirstCase { get; set; } = fuzzCase;

    public string Detail { get; set; } = detail;

    public int Count { get; set; } = 1;

    /// <summary>The case cut down while it still fails the same way (set by <see cref="FuzzMinimizer"/>).</summary>
    public FuzzCase? Minimal { get; set; }
}

public sealed class FuzzReport
{
    public long CasesRun;

    public TimeSpan Elapsed { get; set; }

    public double CasesPerSecond => CasesRun / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public ConcurrentDictionary<FuzzKind, long> ByKind { get; } = new();

    public ConcurrentDictionary<FuzzKind, long> TicksByKind { get; } = new();

    public long CleanCompiles;
    public long RecordsScored;
    public long TestsRun;
    public long ViolatingCases;

    public ConcurrentDictionary<string, FuzzFinding> Crashes { get; } = new(StringComparer.Ordinal);

    public ConcurrentBag<FuzzFinding> Hangs { get; } = [];

    public ConcurrentDictionary<string, FuzzFinding> Violations { get; } = new(StringComparer.Ordinal);

    public string Summary() =>
        $"{CasesRun} 个用例，{Elapsed.TotalSeconds:F1} 秒，{CasesPerSecond:F0} 个/秒；崩溃 {Crashes.Values.Sum(c => c.Count)}（{Crashes.Count} 种），" +
        $"超时 {Hangs.Count}，计分不变量被破坏的用例 {ViolatingCases}（{Violations.Count} 种）；检查通过的方案 {CleanCompiles}，计分记录 {RecordsScored}，测试块 {TestsRun}；" +
        string.Join("，", ByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value} 个 {TicksByKind.GetValueOrDefault(k.Key) * 1000.0 / Stopwatch.Frequency / k.Value:F2} ms/个"));
}

/// <summary>
/// Runs cases on worker threads while a watchdog looks at the clock: an exception is a crash (grouped by stack
/// signature), a case past the hang limit is a hang (its thread is abandoned and replaced — .NET cannot stop it).
/// </summary>
public sealed partial class FuzzRunner(FuzzCorpus corpus, IFuzzHost host, FuzzSettings settings)
{
    private readonly FuzzCaseFactory _factory = new(corpus, settings.Mix ?? FuzzMix.Smoke);

    public FuzzReport Run(Action<FuzzReport>? progress = null, TimeSpan? progressEvery = null)
    {
        var report = new FuzzReport();
        var clock = Stopwatch.StartNew();
        long next = -1;
        var stop = false;
        var workers = new List<Worker>();

        Worker Start()
        {
            var worker = new Worker();
            worker.Thread = new Thread(() => Work(worker), FuzzSettings.StackSize) { IsBackground = true, Name = "fuzz" };
            worker.Thread.Start();
            return worker;
        }

        void Work(Worker worker)
        {
            while (!Volatile.Read(ref stop) && !worker.Abandoned)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= settings.Cases || (settings.Duration is { } duration && clock.Elapsed > duration))
                {
                    break;
                }

                var fuzzCase = _factory.Make(settings.Seed, index);
                worker.Current = fuzzCase;
                var started = clock.ElapsedTicks;
                Volatile.Write(ref worker.StartedTicks, started);
                try
                {
                    var outcome = FuzzTarget.Run(fuzzCase, host);
                    Record(report, fuzzCase, outcome);
                }
                catch (Exception exception)
                {
                    var signature = Signature(exception);
                    report.Crashes.AddOrUpdate(signature, _ => new FuzzFinding(signature, fuzzCase, exception.ToString()), (_, found) =>
                    {
                        lock (found)
                        {
                            found.Count++;
                            if (fuzzCase.Index < found.FirstCase.Index)
                            {
                                found.FirstCase = fuzzCase;
                                found.Detail = exception.ToString();
                            }
                        }

                        return found;
                    });
                }

                Volatile.Write(ref worker.StartedTicks, 0);
                if (worker.Abandoned)
                {
                    break;
                }

                report.ByKind.AddOrUpdate(fuzzCase.Kind, 1, (_, n) => n + 1);
                var spent = clock.ElapsedTicks - started;
                report.TicksByKind.AddOrUpdate(fuzzCase.Kind, spent, (_, n) => n + spent);
                Interlocked.Increment(ref report.CasesRun);
            }

            worker.Done = true;
        }

        for (var i = 0; i < settings.Threads; i++)
        {
            workers.Add(Start());
        }

        var lastProgress = clock.Elapsed;
        while (true)
        {
            Thread.Sleep(20);
            foreach (var worker in workers.ToArray())
            {
                var started = Volatile.Read(ref worker.StartedTicks);
                if (worker.Done || worker.Abandoned || started == 0)
                {
                    continue;
                }

                var running = TimeSpan.FromTicks((long)((clock.ElapsedTicks - started) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
                if (running > settings.HangLimit && worker.Current is { } hung)
                {
                    worker.Abandoned = true;
                    report.Hangs.Add(new FuzzFinding("hang", hung, $"运行超过 {settings.HangLimit.TotalSeconds:F1} 秒仍未结束"));
                    // The hung thread keeps a core busy; past a few of them the run says so and stops.
                    if (report.Hangs.Count >= 4)
                    {
                        Volatile.Write(ref stop, true);
                    }
                    else
                    {
                        workers.Add(Start());
                    }
                }
            }

            if (progress is not null && progressEvery is { } every && clock.Elapsed - lastProgress >= every)
            {
                lastProgress = clock.Elapsed;
                report.Elapsed = clock.Elapsed;
                progress(report);
            }

            if (workers.All(worker => worker.Done || worker.Abandoned))
            {
                break;
            }
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static void Record(FuzzReport report, FuzzCase fuzzCase, FuzzOutcome outcome)
    {
        if (outcome.CompiledClean)
        {
            Interlocked.Increment(ref report.CleanCompiles);
        }

        Interlocked.Add(ref report.RecordsScored, outcome.RecordsScored);
        Interlocked.Add(ref report.TestsRun, outcome.TestsRun);
        if (outcome.Violations.Count > 0)
        {
            Interlocked.Increment(ref report.ViolatingCases);
            var signature = NumberInText().Replace(outcome.Violations[0], "N");
            report.Violations.TryAdd(signature, new FuzzFinding(signature, fuzzCase, string.Join("\n", outcome.Violations)));
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberInText();

    /// <summary>Whether <paramref name="fuzzCase"/> still crashes with <paramref name="signature"/>: what cutting a reproducer down keeps.</summary>
    public static bool Crashes(FuzzCase fuzzCase, IFuzzHost host, string signature)
    {
        try
        {
            FuzzTarget.Run(fuzzCase, host);
            return false;
        }
        catch (Exception exception)
        {
            return Signature(exception) == signature;
        }
    }

    /// <summary>
    /// How long <paramref name="fuzzCase"/> takes when run again on its own thread, or null when it does not finish
    /// within <paramref name="limit"/> (a crash finishes it too). A case that passed the hang limit in a run's first
    /// seconds may only have waited for the JIT: run again once the process is warm, it says whether it really hangs.
    /// </summary>
    public static TimeSpan? Rerun(FuzzCase fuzzCase, IFuzzHost host, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                FuzzTarget.Run(fuzzCase, host);
            }
            catch (Exception)
            {
                // A crash is reported by its own finding; here only the time matters.
            }
        }, FuzzSettings.StackSize) { IsBackground = true, Name = "fuzz-rerun" };
        thread.Start();
        return thread.Join(limit) ? clock.Elapsed : null;
    }

    /// <summary>
    /// The exception's type and the innermost frame of the compiler's own code: one signature per distinct bug. Outer
    /// frames are left out because tiered JIT inlines them differently as a run warms up.
    /// </summary>
    public static string Signature(Exception exception)
    {
        var frames = (exception.StackTrace ?? string.Empty).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("at ", StringComparison.Ordinal))
            .Select(line => line[3..].Split(" in ")[0])
            .ToArray();
        var own = frames.FirstOrDefault(frame => frame.StartsWith("SchemeLang.", StringComparison.Ordinal) && !frame.StartsWith("SchemeLang.Tests.", StringComparison.Ordinal))
            ?? frames.FirstOrDefault() ?? "?";
        return $"{(exception is ReportedCrash reported ? reported.TypeName : exception.GetType().FullName)} ← {own}";
    }

    private sealed class Worker
    {
        public Thread? Thread;
        public volatile FuzzCase? Current;
        public long StartedTicks;
        public volatile bool Done;
        public volatile bool Abandoned;
    }
}

/// <summary>Cuts a failing case down (lines, then characters, then record fields) while it fails with the same signature.</summary>
public static class FuzzMinimizer
{
    public static FuzzCase Minimize(FuzzCase fuzzCase, Func<FuzzCase, bool> stillFails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        bool InTime() => clock.Elapsed < budget;

        var current = fuzzCase;
        if (current.Text is { } text)
        {
            text = Reduce(text.Split('\n'), parts => stillFails(current with { Text = string.Join('\n', parts) }), InTime, joiner: "\n");
            text = Reduce([.. text.Select(c => c.ToString())], parts => stillFails(current with { Text = string.Concat(parts) }), InTime, joiner: string.Empty);
            current = current with { Text = text };
        }

        if (current.Bytes is { } bytes)
        {
            var reduced = Reduce([.. bytes.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))], parts => stillFails(current with { Bytes = [.. parts.Select(byte.Parse)] }), InTime, joiner: ",");
            current = current with { Bytes = reduced.Length == 0 ? [] : [.. reduced.Split(',').Select(byte.Parse)] };
        }

        // Fewer records, then fewer fields in each.
        for (var i = current.Records.Count - 1; i >= 0 && InTime(); i--)
        {
            var fewer = current with { Records = [.. current.Records.Where((_, j) => j != i)] };
            if (stillFails(fewer))
            {
                current = fewer;
            }
        }

        for (var r = 0; r < current.Records.Count && InTime(); r++)
        {
            foreach (var key in current.Records[r].Keys.ToArray())
            {
                var records = current.Records.Select(record => new Dictionary<string, string>(record, StringComparer.Ordinal)).ToList();
                records[r].Remove(key);
                if (stillFails(current with { Records = records }))
                {
                    current = current with { Records = records };
                }
            }
        }

        return current;
    }

    /// <summary>Delta debugging over parts: remove chunks, halving the chunk size, while the predicate holds.</summary>
    private static string Reduce(string[] parts, Func<string[], bool> fails, Func<bool> inTime, string joiner)
    {
        var current = parts.ToList();
        for (var chunk = Math.Max(1, current.Count / 2); chunk >= 1 && inTime(); chunk /= 2)
        {
            for (var start = 0; start < current.Count && inTime();)
            {
                var removed = Math.Min(chunk, current.Count - start);
                var candidate = new string[current.Count - removed];
                current.CopyTo(0, candidate, 0, start);
                current.CopyTo(start + removed, candidate, start, current.Count - start - removed);
                if (candidate.Length < current.Count && fails(candidate))
                {
                    current = [.. candidate];
                }
                else
                {
                    start += chunk;
                }
            }

            if (chunk == 1)
            {
                break;
            }
        }

        return string.Join(joiner, current);
    }
}
