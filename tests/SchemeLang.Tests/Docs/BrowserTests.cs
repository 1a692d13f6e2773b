using System.Text.RegularExpressions;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// Each example's page printed by a real browser (Debian's chromium, headless; tests/run installs it with poppler-utils
/// and CJK fonts) to A4 landscape, then read back with pdftotext: every leaf's name and its whole 评分标准 must be
/// on the printed pages — text cut off by a table wider than the page would be missing — on a plausible number of pages.
/// </summary>
[Trait("Category", "Slow")]
public partial class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    public static TheoryData<string> Examples => StandardPageTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_printed_page_holds_every_leaf_and_its_whole_standard(string file)
    {
        RequireChromium();
        var scheme = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file)).Scheme!;
        var folder = Directory.CreateTempSubdirectory("schemelang-print-");
        try
        {
            var pdf = PrintToPdf(PageRenderer.Standard(scheme), folder);
            var printed = Whitespace().Replace(Run("pdftotext", "-raw", pdf, "-"), string.Empty);
            var pages = int.Parse(PageCount().Match(Run("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

            var standard = StandardPageBuilder.Build(scheme);
            var rows = standard.Table.Rows.Where(row => row.Kind == RowKind.Leaf).ToList();
            Assert.All(rows, row =>
            {
                var leaf = row.Cells[^1];
                Assert.Contains(Whitespace().Replace(leaf.Name, string.Empty), printed, StringComparison.Ordinal);
                Assert.Contains(Whitespace().Replace(row.Standard, string.Empty), printed, StringComparison.Ordinal);
            });
            // A page holds at least four leaves' standards, or ten rows of the record fields' table.
            Assert.InRange(pages, 1, 2 + (rows.Count / 4) + (standard.Fields.Count / 10));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The printed page breaks where a reader expects: no page ends with a heading whose content starts on the next,
    /// and the grade table is on one page.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void No_heading_ends_a_printed_page_and_the_grades_are_printed_together(string file)
    {
        RequireChromium();
        var scheme = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file)).Scheme!;
        var folder = Directory.CreateTempSubdirectory("schemelang-print-");
        try
        {
            var pdf = PrintToPdf(PageRenderer.Standard(scheme), folder);
            var pages = Run("pdftotext", "-raw", pdf, "-").Split('\f')
                .Select(page => page.Split('\n').Select(line => Whitespace().Replace(line, string.Empty)).Where(line => line.Length > 0).ToList())
                .Where(lines => lines.Count > 0)
                .ToList();

            string[] headings = ["评分标准", "否决", "约束", "等级", "数据说明"];
            Assert.All(pages, lines => Assert.DoesNotContain(lines[^1], headings));
            var grades = StandardPageBuilder.Build(scheme).Grades.Select(grade => Whitespace().Replace(grade.Name + grade.Range, string.Empty)).ToList();
            Assert.Single(pages, lines => lines.Intersect(grades).Any());
            Assert.Contains(pages, lines => grades.All(lines.Contains));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The standard page and the score report laid out by the browser at the width of an A4 landscape page's printable
    /// area (297 mm less 12 mm margins each side: 1032 CSS px): the document does not overflow, nor does any table
    /// its container. The page itself has no script; the measuring script is added to a copy for the test only.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Nothing_is_wider_than_an_A4_landscape_page(string file)
    {
        RequireChromium();
        var (scheme, result) = ScoreReportTests.Scored(file).First();
        var folder = Directory.CreateTempSubdirectory("schemelang-layout-");
        try
        {
            foreach (var (name, html) in new[] { ("standard", PageRenderer.Standard(scheme)), ("report", PageRenderer.Report(scheme, result)) })
            {
                var path = Path.Combine(folder.FullName, name + ".html");
                File.WriteAllText(path, html.Replace("</body>", MeasuringScript + "</body>", StringComparison.Ordinal));
                var dom = Run(Chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--hide-scrollbars", "--window-size=1032,800", "--virtual-time-budget=5000", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", "--dump-dom", new Uri(path).AbsoluteUri);
                var layout = Layout().Match(dom);
                Assert.True(layout.Success, $"{name}: the browser did not measure the page");
                var (scrollWidth, clientWidth, wideTables) = (Number(layout, 1), Number(layout, 2), Number(layout, 3));
                Assert.Equal(1032, clientWidth);
                Assert.True(scrollWidth <= clientWidth, $"{name}: the page is {scrollWidth}px wide, the A4 landscape print area {clientWidth}px");
                Assert.True(wideTables == 0, $"{name}: {wideTables} table(s) wider than their container");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A batch's report (004's records, each twice) printed and laid out: the summary's headings, every chart's figures
    /// (SVG text, so they print as text) and every record's link are on the printed pages, and nothing is wider than A4.
    /// </summary>
    [Fact]
    public void A_batch_report_prints_its_summary_charts_as_text_and_fits_the_page()
    {
        RequireChromium();
        var scored = ScoreReportTests.Scored("004-huaning-employee-insurance.scheme").ToList();
        var scheme = scored[0].Scheme;
        var results = scored.Concat(scored).Select(pair => pair.Result).ToList();
        var summary = new BatchSummaryBuilder(scheme);
        results.ForEach(summary.Add);
        var page = PageRenderer.ReportHead(scheme) + PageRenderer.ReportSummary(summary.Build())
            + string.Concat(results.Select((result, index) => PageRenderer.ReportIndexRow(scheme, result, index + 1))) + PageRenderer.ReportSummaryEnd()
            + string.Concat(results.Select((result, index) => PageRenderer.ReportRecord(scheme, result, index + 1))) + PageRenderer.ReportFoot();
        var folder = Directory.CreateTempSubdirectory("schemelang-batch-");
        try
        {
            var pdf = PrintToPdf(page, folder);
            var html = Path.ChangeExtension(pdf, ".html");
            var printed = Whitespace().Replace(Run("pdftotext", "-raw", pdf, "-"), string.Empty);
            var built = summary.Build();
            Assert.All(
                ["汇总", "等级分布", "各一级指标得分率", "各二级指标得分率", "各条记录", .. built.FirstLevel.Select(rates => $"平均{rates.Spread!.MeanText}（{rates.Spread.MinText}～{rates.Spread.MaxText}）"), .. built.Grades.Select(grade => $"{grade.Count}条（{grade.Share}）")],
                text => Assert.Contains(Whitespace().Replace(text, string.Empty), printed, StringComparison.Ordinal));

            File.WriteAllText(html, page.Replace("</body>", MeasuringScript + "</body>", StringComparison.Ordinal));
            var dom = Run(Chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--hide-scrollbars", "--window-size=1032,800", "--virtual-time-budget=5000", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", "--dump-dom", new Uri(html).AbsoluteUri);
            var layout = Layout().Match(dom);
            Assert.True(layout.Success, "the browser did not measure the batch page");
            Assert.True(Number(layout, 1) <= Number(layout, 2), $"the batch page is {Number(layout, 1)}px wide, the A4 landscape print area {Number(layout, 2)}px");
            Assert.Equal(0, Number(layout, 3));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void RequireChromium() =>
        Assert.True(File.Exists(Chromium), $"{Chromium} 未安装：以 root 运行 bash tests/run 会安装 chromium、poppler-utils 和 fonts-noto-cjk");

    /// <summary><paramref name="page"/> printed by the browser to an A4 PDF in <paramref name="folder"/> (beside page.html); returns the PDF's path.</summary>
    private static string PrintToPdf(string page, DirectoryInfo folder)
    {
        var html = Path.Combine(folder.FullName, "page.html");
        var pdf = Path.Combine(folder.FullName, "page.pdf");
        File.WriteAllText(html, page);
        Run(Chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri);
        return pdf;
    }

    private const string MeasuringScript = """
        <script>addEventListener('load', () => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('table')].filter(table => table.offsetWidth > table.parentElement.clientWidth).length;
          document.title = 'layout ' + root.scrollWidth + ' ' + root.clientWidth + ' ' + wide;
        });</script>
        """;

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Run(string program, params string[] arguments) => ExternalProgram.Run(program, TimeSpan.FromSeconds(60), arguments);

    [GeneratedRegex(@"<title>layout (\d+) (\d+) (\d+)</title>")]
    private static partial Regex Layout();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PageCount();
}
