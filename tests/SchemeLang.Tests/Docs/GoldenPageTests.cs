using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// Reviewed pages kept as golden files in Docs/Golden: three examples' 评分标准 pages and 004's score report for the
/// inputs its report gives. Any change to a page's bytes shows here as the first line that differs. Set
/// SCHEMELANG_ACCEPT=1 to rewrite the files after a deliberate change, then review the diff (and the page in a browser).
/// </summary>
public class GoldenPageTests
{
    private static readonly string Folder = Repository.InTests("Docs", "Golden");

    public static TheoryData<string> StandardPages => ["000-zhuji-outsourcing", "001-nanchang-working-funds", "004-huaning-employee-insurance"];

    [Theory]
    [MemberData(nameof(StandardPages))]
    public void The_standard_page_matches_its_golden_file(string name) =>
        Matches(name + ".standard.html", PageRenderer.Standard(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme")).Scheme!));

    [Fact]
    public void The_score_report_of_004s_reported_inputs_matches_its_golden_file()
    {
        var (scheme, result) = ScoreReportTests.Scored("004-huaning-employee-insurance.scheme").First();
        Assert.Equal("报告原值复算", result.Id);
        Matches("004-huaning-employee-insurance.report.html", PageRenderer.Report(scheme, result));
    }

    private static void Matches(string file, string actual) => GoldenFile.Matches(Folder, file, actual);
}
