using System.Text.Json;
using SchemeLang.Cli;
using SchemeLang.Testing;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Examples;

/// <summary>
/// Every bundled example end to end: it checks clean, its own 测试 blocks pass, and scoring its data reproduces
/// its expected.json (worked out by hand from the seed's standard) for every indicator of every record.
/// </summary>
public class ExampleTests
{
    public static TheoryData<string> ExampleNames() =>
        [.. Directory.GetFiles(Repository.Examples, "*.scheme").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    /// <summary>000's four tables, 001, 002's department table, its two 项目绩效目标完成情况表 and the two tables of its 附件2, 003, 004, and 000's 工作经费 自评表 again under 评分办法 自评表 (005).</summary>
    [Fact]
    public void Every_transcribed_seed_table_is_bundled() => Assert.Equal(13, ExampleNames().Count);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_checks_clean(string name)
    {
        var compilation = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme"));
        Assert.True(compilation.Diagnostics.IsEmpty, string.Join("\n", compilation.Diagnostics.Select(Schemes.Describe)));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_tests_written_in_the_scheme_pass(string name)
    {
        var results = SchemeTestRunner.Run(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme")));
        Assert.NotEmpty(results);
        Assert.All(results, result => Assert.True(result.Passed, $"{result.Name}: {string.Join("；", result.Failures)}"));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_data_reproduces_the_expected_result(string name)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = SchemeLangCli.Run(["score", Path.Combine(Repository.Examples, name + ".scheme"), "--data", DataFile(name)], output, error);
        Assert.True(exit == 0, error.ToString());

        using var actual = JsonDocument.Parse(output.ToString());
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Examples, name + ".expected.json")));
        var expectedRecords = expected.RootElement.EnumerateArray().ToArray();
        var actualRecords = actual.RootElement.EnumerateArray().ToArray();
        Assert.Equal(expectedRecords.Length, actualRecords.Length);
        for (var i = 0; i < expectedRecords.Length; i++)
        {
            var (want, got) = (expectedRecords[i], actualRecords[i]);
            var id = want.GetProperty("id").GetString();
            Assert.Equal(id, got.GetProperty("id").GetString());
            Assert.Equal(Indicators(want), Indicators(got));
            Assert.Equal((want.GetProperty("total").GetDecimal(), want.GetProperty("grade").GetString()), (got.GetProperty("total").GetDecimal(), got.GetProperty("grade").GetString()));
        }
    }

    private static string DataFile(string name)
    {
        var json = Path.Combine(Repository.Examples, name + ".data.json");
        return File.Exists(json) ? json : Path.Combine(Repository.Examples, name + ".data.csv");
    }

    /// <summary>One line per indicator so a mismatch shows exactly which indicator differs.</summary>
    private static string[] Indicators(JsonElement record) =>
        [.. record.GetProperty("indicators").EnumerateArray().Select(indicator =>
            $"{indicator.GetProperty("code")} {indicator.GetProperty("name").GetString()} 权重 {indicator.GetProperty("weight").GetDecimal()} 得分 {indicator.GetProperty("score").GetDecimal()}")];
}
