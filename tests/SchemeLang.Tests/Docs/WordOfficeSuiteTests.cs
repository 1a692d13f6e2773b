using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Rendering;
using SchemeLang.Runtime;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// Every example's Word 评分标准 opened by a real office suite: LibreOffice (Debian's libreoffice-writer-nogui,
/// headless, with a profile of its own) converts the .docx to PDF and to ODT in one run for all examples. The PDF,
/// read back with pdftotext, holds every leaf's name and its whole standard on A4 landscape pages; the ODT shows what
/// LibreOffice understood of the table: a repeated header row, every parent spanning its leaves' rows, every cell
/// bordered.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class WordOfficeSuiteTests(WordOfficeSuiteTests.Converted converted) : IClassFixture<WordOfficeSuiteTests.Converted>
{
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private static readonly XNamespace Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    public static TheoryData<string> Examples => StandardPageTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_printed_document_holds_every_leaf_and_its_whole_standard_on_A4_landscape(string file)
    {
        var pdf = converted.Output(file, "pdf");
        var printed = Whitespace().Replace(Run("pdftotext", "-raw", pdf, "-"), string.Empty);
        var info = Run("pdfinfo", pdf);

        Assert.Matches(@"Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)", info);
        var rows = StandardPageBuilder.Build(WordDocumentTests.Scheme(file)).Table.Rows.Where(row => row.Kind == RowKind.Leaf).ToList();
        Assert.All(rows, row =>
        {
            Assert.Contains(Whitespace().Replace(VisibleText.Of(row.Cells[^1].Name), string.Empty), printed, StringComparison.Ordinal);
            Assert.Contains(Whitespace().Replace(VisibleText.Of(row.Standard), string.Empty), printed, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_office_suite_reads_a_bordered_table_with_a_repeated_header_and_merged_parents(string file)
    {
        using var odt = ZipFile.OpenRead(converted.Output(file, "odt"));
        var content = XDocument.Load(odt.GetEntry("content.xml")!.Open());
        var table = content.Descendants(Table + "table").First();

        var header = Assert.Single(table.Elements(Table + "table-header-rows"));
        Assert.Equal("一级指标", Compact(header.Descendants(Table + "table-cell").First()));

        var scheme = WordDocumentTests.Scheme(file);
        var cells = table.Descendants(Table + "table-cell").ToList();
        foreach (var parent in scheme.AllIndicators.Where(indicator => !indicator.IsLeaf && !indicator.IsEmptyGroup))
        {
            var label = Whitespace().Replace($"{WordDocumentTests.Label(parent)}（{NumberText.Plain(parent.Weight)}分）", string.Empty);
            var cell = Assert.Single(cells, cell => Compact(cell) == label);
            Assert.Equal(WordDocumentTests.LeafCount(parent), (int?)cell.Attribute(Table + "number-rows-spanned") ?? 1);
        }

        // Each span of the layout, down and across, covers as many cells as the office suite hides under it.
        var spans = StandardPageBuilder.Build(scheme).Table.Rows.SelectMany(row => row.Cells).Sum(cell => (cell.RowSpan * cell.ColSpan) - 1);
        Assert.Equal(spans, table.Descendants(Table + "covered-table-cell").Count());

        // Each cell's style draws all four sides: the borders survive the office suite's reading.
        var cellStyles = content.Descendants(Style + "style")
            .Where(style => (string?)style.Attribute(Style + "family") == "table-cell")
            .ToDictionary(style => (string)style.Attribute(Style + "name")!, style => style.Element(Style + "table-cell-properties"));
        Assert.All(cells, cell =>
        {
            var properties = cellStyles[(string)cell.Attribute(Table + "style-name")!]!;
            Assert.All(new[] { "border-top", "border-bottom", "border-left", "border-right" }, side =>
                Assert.Contains("solid", (string?)properties.Attribute(Fo + side) ?? (string?)properties.Attribute(Fo + "border") ?? "none", StringComparison.Ordinal));
        });
    }

    private static string Compact(XElement cell) => Whitespace().Replace(string.Concat(cell.Descendants(Text + "p").Select(paragraph => paragraph.Value)), string.Empty);

    private static string Run(string program, params string[] arguments) => ExternalProgram.Run(program, TimeSpan.FromMinutes(5), arguments);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>
    /// Every example's .docx, converted by one LibreOffice run to PDF and one to ODT in a temporary folder with its own
    /// user profile. No LibreOffice is not a reason to skip: each test fails saying what to install.
    /// </summary>
    public sealed class Converted : IDisposable
    {
        private const string Missing = "未找到 LibreOffice（soffice）：请安装 Debian 软件包 libreoffice-writer-nogui 和 poppler-utils（bash .ci/run 会安装）";

        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("schemelang-docx-");

        private readonly string? office = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);

        private readonly Lazy<string> converted;

        public Converted() => converted = new Lazy<string>(Convert);

        /// <summary>The converted file of <paramref name="example"/> with the <paramref name="extension"/> asked for.</summary>
        public string Output(string example, string extension)
        {
            Assert.True(office is not null, Missing);
            var path = Path.Combine(converted.Value, Path.ChangeExtension(example, extension));
            Assert.True(File.Exists(path), $"LibreOffice did not write {path}");
            return path;
        }

        public void Dispose() => folder.Delete(recursive: true);

        private string Convert()
        {
            var documents = new List<string>();
            foreach (var example in Directory.GetFiles(Repository.Examples, "*.scheme").Select(path => Path.GetFileName(path)))
            {
                var path = Path.Combine(folder.FullName, Path.ChangeExtension(example, "docx"));
                File.WriteAllBytes(path, WordRenderer.Standard(WordDocumentTests.Scheme(example)));
                documents.Add(path);
            }

            var outFolder = Path.Combine(folder.FullName, "out");
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            foreach (var format in new[] { "pdf", "odt" })
            {
                string[] arguments = [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", format, "--outdir", outFolder, .. documents];
                Run(office!, arguments);
            }

            return outFolder;
        }
    }
}
