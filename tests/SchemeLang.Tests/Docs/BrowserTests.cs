using System.Diagnostics;
using System.Text.RegularExpressions;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// Each example's page printed by a real browser (Debian's chromium, headless; .ci/run installs it with poppler-utils
/// and CJK fonts) to A4 landscape, then read back with pdftotext: every leaf's name and its whole 评分标准 must be
/// on the printed pages — text cut off by a table wider than the page would be missing — on a plausible number of pages.
/// </summary>
public partial class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    public static TheoryData<string> Examples => StandardPageTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_printed_page_holds_every_leaf_and_its_whole_standard(string file)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} 未安装：bash .ci/run 会安装 chromium、poppler-utils 和 fonts-noto-cjk");
        var scheme = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file)).Scheme!;
        var folder = Directory.CreateTempSubdirectory("schemelang-print-");
        try
        {
            var html = Path.Combine(folder.FullName, "page.html");
            var pdf = Path.Combine(folder.FullName, "page.pdf");
            File.WriteAllText(html, PageRenderer.Standard(scheme));

            Run(Chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri);
            var printed = Whitespace().Replace(Run("pdftotext", "-raw", pdf, "-"), string.Empty);
            var pages = int.Parse(PageCount().Match(Run("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

            var rows = StandardPageBuilder.Build(scheme).Rows.Where(row => row.Kind == RowKind.Leaf).ToList();
            Assert.All(rows, row =>
            {
                var leaf = row.Cells[^1];
                Assert.Contains(Whitespace().Replace(leaf.Name, string.Empty), printed, StringComparison.Ordinal);
                Assert.Contains(Whitespace().Replace(row.Standard, string.Empty), printed, StringComparison.Ordinal);
            });
            Assert.InRange(pages, 1, 2 + (rows.Count / 4));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"{program} did not finish in 60 s");
        Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {errors.Result}");
        return output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PageCount();
}
