using System.Globalization;

namespace SchemeLang.Cli;

/// <summary>
/// An unexpected exception as the user meets it: one Chinese line on stderr naming the exception and the file that
/// holds its full trace (under the temporary directory), never a trace on the console.
/// </summary>
internal static class InternalErrorReport
{
    public static int Write(Exception exception, string[] args, TextWriter error)
    {
        var summary = $"内部错误：{exception.GetType().FullName}：{OneLine(exception.Message)}";
        var path = Path.Combine(Path.GetTempPath(), $"schemelang-crash-{DateTime.Now.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Environment.ProcessId}.txt");
        try
        {
            File.WriteAllText(path, $"schemelang {string.Join(' ', args)}{Environment.NewLine}{exception}{Environment.NewLine}");
            error.WriteLine($"{summary}。详细信息已写入 {path}");
        }
        catch (Exception writeFailure) when (writeFailure is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{summary}。详细信息无法写入 {path}：{OneLine(writeFailure.Message)}");
        }

        return SchemeLangCli.InternalError;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
