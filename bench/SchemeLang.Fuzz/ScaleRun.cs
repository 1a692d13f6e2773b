using System.Diagnostics;
using System.Globalization;
using SchemeLang.Cli;

namespace SchemeLang.Fuzz;

/// <summary>
/// `scale`: costs that must grow linearly, each measured at two sizes ten times apart, each run in a fresh process
/// (wall time, CPU time, peak working set): `schemelang build` of a generated scheme (1,512 and 15,120 leaves, the
/// second a 1 MB file), and `schemelang score --interpret` of one record with 100,000 and 1,000,000 unknown fields
/// (each an error of the record's own). Ten times the input may cost at most twelve times the time, and the 1 MB
/// scheme's build at most 20 s and 1 GB.
/// </summary>
internal static class ScaleRun
{
    private const double AllowedRatio = 12;

    /// <summary>The fuzz issue's bound on `build` of the 1 MB scheme: 20 s and 1 GB (taken as 1,000 MB of peak working set).</summary>
    private const double LargeBuildSeconds = 20;
    private const int LargeBuildMegabytes = 1_000;

    public static int Run(string examples)
    {
        var directory = Directory.CreateTempSubdirectory("schemelang-scale-").FullName;
        try
        {
            Console.WriteLine($"{"测量",-28} {"规模",10} {"墙钟 s",8} {"CPU s",8} {"峰值内存 MB",12}");
            var build = Measure("build（叶指标数）", [1_512, 15_120], size =>
            {
                var scheme = Path.Combine(directory, $"scale-{size}.scheme");
                File.WriteAllText(scheme, ScaleInputs.Scheme(size));
                return ["build", scheme, "--out", Path.Combine(directory, $"out-{size}")];
            });
            var withinLimits = build.Seconds <= LargeBuildSeconds && build.PeakMegabytes <= LargeBuildMegabytes;
            Console.WriteLine($"{"build（叶指标数）",-28} 15,120 个（1 MB 的方案）：{build.Seconds:F2} 秒、{build.PeakMegabytes} MB" +
                $"（上限 {LargeBuildSeconds} 秒、{LargeBuildMegabytes} MB）：{(withinLimits ? "达标" : "超标")}");
            var score = Measure("score 一条记录（多余字段数）", [100_000, 1_000_000], size =>
            {
                var data = Path.Combine(directory, $"unknown-{size}.json");
                File.WriteAllText(data, ScaleInputs.RecordWithUnknownFields(size));
                return ["score", Path.Combine(examples, "004-huaning-employee-insurance.scheme"), "--data", data, "--interpret"];
            });
            return build.Linear && withinLimits && score.Linear ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>In the child process: one `schemelang` command, then its costs on one line for the parent.</summary>
    public static int Child(string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var error = new StringWriter();
        var exit = SchemeLangCli.Run(args, TextWriter.Null, error);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{exit} {clock.Elapsed.TotalSeconds:F2} {self.TotalProcessorTime.TotalSeconds:F2} {self.PeakWorkingSet64 >> 20}"));
        return 0;
    }

    /// <summary>Whether ten times the input cost at most <see cref="AllowedRatio"/> times the time, and the largest size's wall time and peak.</summary>
    private static (bool Linear, double Seconds, int PeakMegabytes) Measure(string what, int[] sizes, Func<int, string[]> command)
    {
        var seconds = new List<double>();
        var peak = 0;
        foreach (var size in sizes)
        {
            using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["scale-child", .. command(size)]) { RedirectStandardOutput = true })!;
            var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
            child.WaitForExit();
            seconds.Add(double.Parse(line[1], CultureInfo.InvariantCulture));
            peak = int.Parse(line[3], CultureInfo.InvariantCulture);
            Console.WriteLine($"{what,-28} {size,10:N0} {line[1],8} {line[2],8} {line[3],12}（退出码 {line[0]}）");
        }

        var ratio = seconds[^1] / seconds[0];
        var passed = ratio <= AllowedRatio;
        Console.WriteLine($"{what,-28} 规模 ×{sizes[^1] / sizes[0]}，时间 ×{ratio:F1}（上限 ×{AllowedRatio}）：{(passed ? "线性" : "超线性")}");
        return (passed, seconds[^1], peak);
    }
}
