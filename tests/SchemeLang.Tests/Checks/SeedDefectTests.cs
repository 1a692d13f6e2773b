using System.Text;
using SchemeLang.Testing;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Checks;

/// <summary>
/// The defective originals from the seed documents (see SeedDefects/README.md). Each file's findings are kept in a
/// golden baseline, <c>name.diagnostics.scheme</c>: the file itself with every diagnostic written under the
/// offending line as a <c>//@</c> comment, and the outcome of its 测试 blocks at the end. Set
/// SCHEMELANG_ACCEPT=1 to rewrite the baselines after a deliberate change, then review the diff.
/// </summary>
public class SeedDefectTests
{
    private static readonly string Folder = Repository.InTests("Checks", "SeedDefects");

    public static TheoryData<string> Files() =>
        [.. Directory.GetFiles(Folder, "*.scheme").Where(path => !path.EndsWith(".diagnostics.scheme", StringComparison.Ordinal))
            .Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Findings_match_the_baseline(string name)
    {
        var path = Path.Combine(Folder, name + ".scheme");
        var actual = Render(path);
        var baseline = Path.Combine(Folder, name + ".diagnostics.scheme");
        if (Environment.GetEnvironmentVariable("SCHEMELANG_ACCEPT") == "1")
        {
            File.WriteAllText(baseline, actual);
        }

        Assert.True(File.Exists(baseline), $"no baseline for {name}; run the tests with SCHEMELANG_ACCEPT=1 and review it");
        Assert.Equal(File.ReadAllText(baseline), actual);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_defect_is_found_by_the_checker_or_by_a_failing_test(string name)
    {
        var compilation = SchemeCompilation.FromFile(Path.Combine(Folder, name + ".scheme"));
        var found = compilation.Diagnostics.Any() || SchemeTestRunner.Run(compilation).Any(result => !result.Passed);
        Assert.True(found, $"{name}: the defect went unnoticed");
    }

    private static string Render(string path)
    {
        var compilation = SchemeCompilation.FromFile(path);
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var byLine = compilation.Diagnostics.ToLookup(diagnostic => diagnostic.Location.Start.Line);
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0)
            {
                break;
            }

            text.Append(lines[i]).Append('\n');
            foreach (var diagnostic in byLine[i])
            {
                var start = diagnostic.Location.Start;
                text.Append($"//@[{start.Line + 1}:{start.Column + 1}] {diagnostic.Code} {diagnostic.Severity}: {diagnostic.Message}\n");
            }
        }

        if (!compilation.HasErrors)
        {
            foreach (var result in SchemeTestRunner.Run(compilation))
            {
                text.Append($"//@ 测试「{result.Name}」{(result.Passed ? "通过" : "失败")}\n");
                foreach (var failure in result.Failures)
                {
                    text.Append($"//@   {failure}\n");
                }
            }
        }

        return text.ToString();
    }
}
