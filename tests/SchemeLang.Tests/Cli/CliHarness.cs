using System.Text;
using System.Text.Json;
using SchemeLang.Cli;

namespace SchemeLang.Tests.Cli;

/// <summary>The base of the CLI tests: a temporary directory for each test's files, and the command run in-process.</summary>
public abstract class CliHarness : IDisposable
{
    /// <summary>Two leaves: A (是否, 5分) and B (满意度 bands: ≥90% 5分, [80%, 90%) 3分, below 0).</summary>
    public const string ValidScheme = """
        方案 测试方案
        总分 10
        等级 优 ≥ 9；良 [8, 9)；中 [6, 8)；差 < 6
        数据
          满意度：百分比 范围 [0%, 100%]
        A 决策 5分
          是否 程序合规
        B 满意度 5分
          区间 满意度
            90%以上 得5分
            [80%, 90%) 得3分
            不满80% 不得分
        """;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("schemelang-cli-").FullName;

    public void Dispose()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    public string WriteFile(string name, string text) => WriteFile(name, Encoding.UTF8.GetBytes(text));

    public string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static (int Exit, string Output, string Error) Run(params string[] args) => Run(new StringWriter(), args);

    public static (int Exit, string Output, string Error) Run(TextWriter output, params string[] args)
    {
        var error = new StringWriter();
        var exit = SchemeLangCli.Run(args, output, error);
        return (exit, output.ToString()!, error.ToString());
    }

    /// <summary>
    /// Scores <paramref name="data"/> (a file name whose extension says its format) with <see cref="ValidScheme"/>,
    /// reading bare percentages as ratios (0.95 = 95%), as a spreadsheet stores them.
    /// </summary>
    public (int Exit, string Output, string Error) Score(string name, byte[] data, string format = "json") =>
        Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile(name, data), "--format", format, "--percent", "ratio");

    /// <summary>Each JSON output record as (id, total, grade), or (id, error codes) when it failed.</summary>
    public static string[] Summaries(string jsonOutput)
    {
        using var json = JsonDocument.Parse(jsonOutput);
        return [.. json.RootElement.EnumerateArray().Select(record => record.TryGetProperty("errors", out var errors)
            ? $"{record.GetProperty("id").GetString()}: {string.Join(" ", errors.EnumerateArray().Select(e => e.GetProperty("code").GetString()))}"
            : $"{record.GetProperty("id").GetString()}: {record.GetProperty("total").GetDecimal()} {record.GetProperty("grade").GetString()}")];
    }
}
