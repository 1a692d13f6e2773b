using System.Text;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// Data files in the encodings users have: UTF-8 with or without a byte order mark, GB18030/GBK as Chinese Excel
/// saves it (read, with a notice), and anything else refused with the line where it stops being text.
/// </summary>
public sealed class DataEncodingTests : CliHarness
{
    private const string JsonRecords = """[{"id": "华宁", "A": "是", "满意度": "95%"}, {"id": "宁洱", "A": "否", "满意度": "85%"}]""";
    private const string CsvRecords = "id,A,满意度\n华宁,是,95%\n宁洱,否,85%\n";

    private static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936).GetBytes(text);
    }

    [Fact]
    public void Gbk_json_is_read_as_gb18030_with_a_notice()
    {
        var (exit, output, error) = Score("gbk.json", Gb18030(JsonRecords));
        Assert.Equal(0, exit);
        Assert.Equal(["华宁: 10 优", "宁洱: 3 差"], Summaries(output));
        Assert.Equal($"提示：数据文件「{Path.Combine(Directory, "gbk.json")}」不是 UTF-8 编码，已按 GB18030（GBK）编码读取。\n共 2 条记录：计分 2 条，出错 0 条；等级分布：优 1、良 0、中 0、差 1", error.TrimEnd());
    }

    [Fact]
    public void Gbk_csv_is_read_as_gb18030_with_a_notice()
    {
        var (exit, output, error) = Score("gbk.csv", Gb18030(CsvRecords), "csv");
        Assert.Equal(0, exit);
        Assert.Equal(["id,总分,等级,A 决策,B 满意度,否决,错误", "华宁,10,优,5,5,,", "宁洱,3,差,0,3,,"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"提示：数据文件「{Path.Combine(Directory, "gbk.csv")}」不是 UTF-8 编码", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bom.json", JsonRecords)]
    [InlineData("bom.csv", CsvRecords)]
    public void A_utf8_byte_order_mark_is_skipped(string name, string text)
    {
        var (exit, output, error) = Score(name, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);
        Assert.Equal(0, exit);
        Assert.Equal(["华宁: 10 优", "宁洱: 3 差"], Summaries(output));
        Assert.Equal("共 2 条记录：计分 2 条，出错 0 条；等级分布：优 1、良 0、中 0、差 1", error.TrimEnd());
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_a_file_error_naming_the_line()
    {
        byte[] data = [.. Encoding.UTF8.GetBytes("[{\"id\": \"a\", \"A\": \"是\", \"满意度\": \"95%\"},\n{\"id\": \"b\", \"A\": \""), 0xFF, 0xFE, .. "\"}]"u8];
        var (exit, output, error) = Score("bad.json", data);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"错误：数据文件「{Path.Combine(Directory, "bad.json")}」第 2 行起既不是 UTF-8 也不是 GB18030（GBK）编码的文字，请另存为 UTF-8 编码", error.TrimEnd());
    }

    /// <summary>Fuzzing found a BOM file with one stray byte decoded as GB18030 from byte 0 (「表头缺少 id 列（表头是：锘縤d,A）」).</summary>
    [Fact]
    public void A_file_marked_utf8_with_a_damaged_byte_is_not_read_as_gb18030()
    {
        byte[] data = [.. Encoding.UTF8.Preamble, .. "id,A,满意度\na,是,95%\n"u8, 0x80, .. "b,是,95%\n"u8];
        var (exit, output, error) = Score("damaged.csv", data, "csv");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"错误：数据文件「{Path.Combine(Directory, "damaged.csv")}」以 UTF-8 的字节顺序标记（BOM）开头，但第 3 行起有不是 UTF-8 的字节，请另存为 UTF-8 编码", error.TrimEnd());
    }

    [Fact]
    public void Utf16_text_is_read_as_the_same_records_as_utf8()
    {
        var utf16 = Score("unicode.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(CsvRecords)], "csv");
        var utf8 = Score("plain.csv", Encoding.UTF8.GetBytes(CsvRecords), "csv");
        Assert.NotEmpty(utf8.Output);
        Assert.Equal((utf8.Exit, utf8.Output, utf8.Error), utf16);
    }
}
