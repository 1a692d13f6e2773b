using System.Text.RegularExpressions;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Tests.Support;
using SchemeLang.Text;

namespace SchemeLang.Tests.Checks;

/// <summary>
/// Every diagnostic code has a Chinese page whose failing example compiles to exactly that code and whose
/// correction compiles clean. Data-record codes (SL5xxx) also carry a data block scored the same way.
/// </summary>
public partial class DiagnosticPageTests
{
    // Codes whose trigger is a file no markdown block can hold (bytes, sizes, missing files): tested in CliTests.
    private static readonly HashSet<string> ProseOnly = ["SL0002", "SL0003", "SL0004", "SL0005", "SL0006", "SL0007"];

    public static TheoryData<string> Codes() => [.. DiagnosticCatalog.All.Select(descriptor => descriptor.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_exists_with_title_and_severity(string code)
    {
        var page = DiagnosticPages.Find(code);
        Assert.NotNull(page);
        var descriptor = DiagnosticCatalog.All.Single(d => d.Code == code);
        var lines = page.Split('\n');
        Assert.Equal($"# {code} {descriptor.Title}", lines[0].TrimEnd());
        var severity = descriptor.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
        Assert.Contains($"严重程度：{severity}", page, StringComparison.Ordinal);
        Assert.Contains("## 含义", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Example_gives_exactly_its_code_and_the_correction_is_clean(string code)
    {
        if (ProseOnly.Contains(code))
        {
            return;
        }

        var page = DiagnosticPages.Find(code)!;
        var example = Section(page, "示例");
        var correction = Section(page, "修正");
        var (exampleScheme, exampleData) = (Block(example, "scheme"), Block(example, "json"));
        var (fixedScheme, fixedData) = (Block(correction, "scheme"), Block(correction, "json"));
        Assert.NotNull(exampleScheme);
        Assert.NotNull(fixedScheme);

        var broken = Schemes.Compile(exampleScheme, $"{code}.scheme");
        var repaired = Schemes.Compile(fixedScheme, $"{code}-fixed.scheme");
        Assert.True(repaired.Diagnostics.IsEmpty, string.Join("\n", repaired.Diagnostics.Select(Schemes.Describe)));
        if (exampleData is null)
        {
            Assert.NotEmpty(broken.Diagnostics);
            Assert.All(broken.Diagnostics, diagnostic => Assert.Equal(code, diagnostic.Code));
            return;
        }

        Assert.True(broken.Diagnostics.IsEmpty, string.Join("\n", broken.Diagnostics.Select(Schemes.Describe)));
        Assert.Equal([code], ScoreErrors(broken, exampleData).Distinct());
        Assert.Empty(ScoreErrors(repaired, fixedData ?? exampleData));
    }

    private static IEnumerable<string> ScoreErrors(SchemeCompilation compilation, string data)
    {
        var path = Path.Combine(Path.GetTempPath(), $"schemelang-page-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, data);
        try
        {
            var output = new StringWriter();
            var scheme = Path.ChangeExtension(path, ".scheme");
            File.WriteAllText(scheme, compilation.Scheme!.Source.Text);
            // --strict-columns: a column the scheme does not know is the record's SL5002, as the page shows, not a notice.
            SchemeLang.Cli.SchemeLangCli.Run(["score", scheme, "--data", path, "--strict-columns"], output, new StringWriter());
            File.Delete(scheme);
            return ErrorCode().Matches(output.ToString()).Select(match => match.Groups[1].Value).ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"## {heading}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"missing section {heading}");
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static string? Block(string section, string language)
    {
        var match = Regex.Match(section, $"```{language}\\n(.*?)```", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("\"code\": \"(SL\\d{4})\"")]
    private static partial Regex ErrorCode();
}
