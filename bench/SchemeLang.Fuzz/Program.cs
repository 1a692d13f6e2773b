using System.Globalization;
using System.Text;
using SchemeLang.Fuzz;
using SchemeLang.Tests.Fuzz.Engine;

// schemelang fuzz bench: the long run of the fuzz smoke test, and the score invariants over a million random records.
//   dotnet run -c Release --project bench/SchemeLang.Fuzz -- [--cases N] [--seed S] [--seconds T] [--records N]
//     [--threads N] [--hang-ms MS] [--cli-every N] [--out DIR]
// and what must cost linear time, at two sizes ten times apart, with the 1 MB scheme built in 20 s and 1 GB (ScaleRun):
//   dotnet run -c Release --project bench/SchemeLang.Fuzz -- scale
// or writes its generated scheme of LEAVES leaves, to time with another CLI (bench/build-time/measure.sh 3 FILE):
//   dotnet run -c Release --project bench/SchemeLang.Fuzz -- scale-scheme LEAVES FILE
// and where one build's time goes, phase by phase in one process (ScalePhases):
//   dotnet run -c Release --project bench/SchemeLang.Fuzz -- scale-phases [LEAVES]
// and the results workbook target, 100,000 rows of 004 xlsx→xlsx in 15 s and 500 MB (WorkbookRun):
//   dotnet run -c Release --project bench/SchemeLang.Fuzz -- xlsx [ROWS]
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
switch (args)
{
    case ["scale"]:
        return ScaleRun.Run(FuzzCorpus.FindExamples(AppContext.BaseDirectory));
    case ["xlsx"]:
        return WorkbookRun.Run(FuzzCorpus.FindExamples(AppContext.BaseDirectory), 100_000);
    case ["xlsx", var rows] when int.TryParse(rows, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0:
        return WorkbookRun.Run(FuzzCorpus.FindExamples(AppContext.BaseDirectory), count);
    case ["scale-phases"]:
        return ScalePhases.Run(15_120);
    case ["scale-phases", var leaves] when int.TryParse(leaves, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0:
        return ScalePhases.Run(count);
    case ["scale-child", .. var command]:
        return ScaleRun.Child(command);
    case ["scale-scheme", var leaves, var file] when int.TryParse(leaves, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0:
        File.WriteAllText(file, ScaleInputs.Scheme(size));
        return 0;
}

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("用法：SchemeLang.Fuzz [--cases N] [--seed S] [--seconds T] [--records N] [--threads N] [--hang-ms MS] [--cli-every N] [--out DIR]");
    return 2;
}

var examples = FuzzCorpus.FindExamples(AppContext.BaseDirectory);
var output = options.Output ?? Path.Combine(Path.GetDirectoryName(examples)!, "artifacts", "fuzz", $"seed-{options.Seed}");
Directory.CreateDirectory(output);
Console.WriteLine($"种子 {options.Seed}，{options.Cases} 个用例{(options.Seconds is { } s ? $"（最多 {s} 秒）" : string.Empty)}，{options.Threads} 个线程，超时 {options.HangLimit.TotalMilliseconds} ms，" +
    $"每 {options.CliEvery} 个用例走一次完整的 schemelang 命令；复现文件写到 {output}");

var failed = false;
if (options.Cases > 0)
{
    failed |= FuzzRun.Run(options, examples, output);
}

if (options.Records > 0)
{
    failed |= InvariantRun.Run(options);
}

return failed ? 1 : 0;

internal sealed record BenchOptions(long Cases, ulong Seed, int? Seconds, long Records, int Threads, TimeSpan HangLimit, int CliEvery, string? Output)
{
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(1_000_000, 1, null, 1_000_000, Environment.ProcessorCount, TimeSpan.FromSeconds(2), 500, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException(args[i]);
            long Number() => long.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            try
            {
                options = args[i] switch
                {
                    "--cases" => options with { Cases = Number() },
                    "--seed" => options with { Seed = (ulong)Number() },
                    "--seconds" => options with { Seconds = (int)Number() },
                    "--records" => options with { Records = Number() },
                    "--threads" => options with { Threads = (int)Number() },
                    "--hang-ms" => options with { HangLimit = TimeSpan.FromMilliseconds(Number()) },
                    "--cli-every" => options with { CliEvery = (int)Number() },
                    "--out" => options with { Output = Next() },
                    _ => throw new FormatException(args[i]),
                };
            }
            catch (Exception exception) when (exception is FormatException or OverflowException)
            {
                return null;
            }
        }

        return options;
    }
}
