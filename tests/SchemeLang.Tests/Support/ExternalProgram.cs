using System.Diagnostics;

namespace SchemeLang.Tests.Support;

/// <summary>The real programs the slow tests drive (chromium, LibreOffice, pdftotext): run to the end, or the test fails saying why.</summary>
internal static class ExternalProgram
{
    /// <summary>Runs <paramref name="program"/> and returns what it printed; a time-out or a non-zero exit fails the test.</summary>
    public static string Run(string program, TimeSpan timeout, params IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(timeout), $"{program} 未在 {timeout.TotalSeconds} 秒内结束");
        Assert.True(process.ExitCode == 0, $"{program} 退出码 {process.ExitCode}：{errors.Result}");
        return output;
    }
}
