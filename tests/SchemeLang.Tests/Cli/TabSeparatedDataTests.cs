using System.Text;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// Tab-separated text, as Excel saves 「Unicode 文本」 (UTF-16LE with a byte order mark) and 「文本（制表符分隔）」
/// (GB18030), or as UTF-8: known by its header line whatever the file is called, never taken for JSON or bad CSV.
/// </summary>
public sealed class TabSeparatedDataTests : CliHarness
{
    private const string Table = "记录编号\t项目名称\tA\t满意度\r\nP001\t项目甲\t是\t95%\r\nP002\t项目乙，二期\t否\t85%\r\n";

    public static TheoryData<string, string> Encodings => new()
    {
        { "d.txt", "utf-16" },
        { "d.txt", "utf-16BE" },
        { "d.tsv", "utf-8" },
        { "d.txt", "gb18030" },
        { "d.json", "utf-8" },
        { "d.csv", "utf-16" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void An_excel_text_export_is_read_by_its_tabs_in_its_encoding(string name, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(encoding);
        var (exit, output, error) = Score(name, [.. text.GetPreamble(), .. text.GetBytes(Table)]);

        Assert.Equal(0, exit);
        Assert.Equal(["P001: 10 优", "P002: 3 差"], Summaries(output));
        Assert.Contains("项目乙，二期", output, StringComparison.Ordinal);
        Assert.DoesNotContain("JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_separated_row_with_a_value_too_many_says_tabs()
    {
        var (exit, output, error) = Score("d.tsv", Encoding.UTF8.GetBytes("id\tA\t满意度\na\t是\t95%\t多\n"));

        Assert.Equal(1, exit);
        Assert.Equal(["a: SL5015"], Summaries(output));
        Assert.Contains("这一行有 4 个值，表头有 3 列；值中有「制表符」时须用英文双引号括起", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_text_that_breaks_off_mid_character_is_refused_in_one_line()
    {
        var (exit, _, error) = Score("d.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("id\tA\n"), 0x00, 0xD8, 0x41, 0x00]);

        Assert.Equal(1, exit);
        Assert.Equal($"错误：数据文件「{Path.Combine(Directory, "d.txt")}」以 UTF-16 的字节顺序标记开头（Excel 的「Unicode 文本」），但其中有不是 UTF-16 的字节，请另存为 UTF-8 编码", error.TrimEnd());
    }
}
