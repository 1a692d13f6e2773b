using AngleSharp.Html.Parser;
using SchemeLang.Cli.Output;

namespace SchemeLang.Tests.Cli;

/// <summary>score --format html: one report page for all records on standard output, or one page per record with --out.</summary>
public sealed class HtmlReportTests : CliHarness
{
    private const string Records = """[{"id": "a", "A": "是", "满意度": "95%"}, {"id": "b", "A": "否", "满意度": "81%"}, {"id": "c", "A": "是", "满意度": "不知道"}]""";

    [Fact]
    public void One_page_holds_every_record_in_file_order_and_a_failed_record_says_why()
    {
        var (exit, output, _) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.json", Records), "--format", "html");

        Assert.Equal(1, exit);
        var page = new HtmlParser().ParseDocument(output);
        Assert.Equal(["记录 a", "记录 b", "记录 c"], page.QuerySelectorAll("section.record h2").Select(h2 => h2.TextContent));
        Assert.Equal(["10", "3"], page.QuerySelectorAll("section.record .summary .total").Select(total => total.TextContent));
        Assert.Contains("满意度", Assert.Single(page.QuerySelectorAll("section.record")[2].QuerySelectorAll("ul.errors li")).TextContent, StringComparison.Ordinal);
        Assert.EndsWith("</html>", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Per_record_writes_one_page_per_record_named_after_its_id()
    {
        var folder = Path.Combine(Directory, "报告");
        var data = WriteFile("d.json", """[{"id": "../甲", "A": "是", "满意度": "95%"}, {"id": "..\\甲", "A": "否", "满意度": "81%"}, {"id": "CON", "A": "是", "满意度": "95%"}]""");

        var (exit, output, _) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", data, "--format", "html", "--per-record", folder);

        Assert.Equal(0, exit);
        Assert.Equal($"已生成 3 份评分报告：{folder}", output.Trim());
        Assert.Equal(["_CON.html", "_甲-2.html", "_甲.html"], System.IO.Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "_甲-2.html")));
        Assert.Equal("记录 ..\\甲", Assert.Single(page.QuerySelectorAll("section.record h2")).TextContent);
        Assert.Equal("3", page.QuerySelector(".summary .total")!.TextContent);
    }

    [Fact]
    public void Per_record_is_only_for_html()
    {
        var (exit, _, error) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.json", Records), "--per-record", Path.Combine(Directory, "x"));

        Assert.Equal(2, exit);
        Assert.Contains("--per-record 只用于 --format html", error, StringComparison.Ordinal);
        Assert.False(System.IO.Directory.Exists(Path.Combine(Directory, "x")));
    }

    [Theory]
    [InlineData("甲单位", "甲单位")]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("a:b*c?d\"e<f>g|h", "a_b_c_d_e_f_g_h")]
    [InlineData("...", "记录")]
    [InlineData("   ", "记录")]
    [InlineData("nul", "_nul")]
    [InlineData("a\u202Eb\u0007c", "a_b_c")]
    [InlineData("尾点.", "尾点")]
    [InlineData("con.txt", "_con.txt")]
    [InlineData("aux.html", "_aux.html")]
    [InlineData("AUX .tar.gz", "_AUX .tar.gz")]
    [InlineData("COM¹", "_COM¹")]
    [InlineData("LPT².x", "_LPT².x")]
    [InlineData("com0", "_com0")]
    [InlineData("CONOUT$", "_CONOUT$")]
    [InlineData("console", "console")]
    [InlineData("COM10", "COM10")]
    public void An_id_becomes_a_safe_file_name(string id, string expected) =>
        Assert.Equal(expected, HtmlReportFolderWriter.FileName(id));

    [Fact]
    public void A_long_id_is_cut_on_a_character_boundary()
    {
        var name = HtmlReportFolderWriter.FileName(string.Concat(Enumerable.Repeat("😀", 100)));
        Assert.Equal(80, name.Length);
        Assert.True(name.EnumerateRunes().All(rune => rune.Value == 0x1F600));
    }
}
