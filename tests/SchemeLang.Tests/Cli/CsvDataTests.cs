using System.Text;

namespace SchemeLang.Tests.Cli;

/// <summary>CSV data as spreadsheets write it: a row whose values shifted, an unclosed quote, a header without id.</summary>
public sealed class CsvDataTests : CliHarness
{
    private (int Exit, string[] Rows, string Error) Score(string csv)
    {
        var (exit, output, error) = Score("d.csv", Encoding.UTF8.GetBytes(csv), "csv");
        return (exit, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), error);
    }

    [Fact]
    public void A_row_with_more_values_than_columns_is_that_records_error()
    {
        var (exit, rows, error) = Score("id,A,满意度\na,是,1,234\nb,是,95%\nc,\"否\",\"85%\"\n");
        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "id,总分,等级,A 决策,B 满意度,否决,错误",
                "a,,,,,,\"SL5015 记录「a」：这一行有 4 个值，表头有 3 列；值中有「,」时须用英文双引号括起\"",
                "b,10,优,5,5,,",
                "c,3,差,0,3,,",
            ],
            rows);
        Assert.Equal("SL5015 记录「a」：这一行有 4 个值，表头有 3 列；值中有「,」时须用英文双引号括起\n共 3 条记录：计分 2 条，出错 1 条；等级分布：优 1、良 0、中 0、差 1", error.TrimEnd());
    }

    [Fact]
    public void A_row_without_an_id_goes_by_its_line()
    {
        var (exit, rows, error) = Score("id,A,满意度\na,是,95%\n,是,95%\n");
        Assert.Equal(1, exit);
        Assert.Equal("第3行,,,,,,SL5007 记录「第3行」字段「id」：记录没有 id", rows[2]);
        Assert.Equal("SL5007 记录「第3行」字段「id」：记录没有 id\n共 2 条记录：计分 1 条，出错 1 条；等级分布：优 1、良 0、中 0、差 0", error.TrimEnd());
    }

    [Fact]
    public void An_unclosed_quote_stops_reading_at_its_line_and_keeps_the_rows_before()
    {
        var (exit, rows, error) = Score("id,A,满意度\na,是,95%\nb,是,\"95%\nc,否,85%\n");
        Assert.Equal(1, exit);
        Assert.Equal(["id,总分,等级,A 决策,B 满意度,否决,错误", "a,10,优,5,5,,"], rows);
        Assert.Equal($"错误：CSV 数据文件「{Path.Combine(Directory, "d.csv")}」第 3 行起引号不成对，读取到此为止\n共 1 条记录：计分 1 条，出错 0 条；等级分布：优 1、良 0、中 0、差 0", error.TrimEnd());
    }

    /// <summary>
    /// A row over 1 MB (after a row with a quoted line break) is passed over with its own error naming its line; the
    /// rows after it are read, and their line numbers stay true.
    /// </summary>
    [Fact]
    public void A_row_over_1_MB_is_that_records_error_and_the_next_is_read()
    {
        var csv = new StringBuilder("id,A,满意度\na,是,95%\n\"b\n2\",是,95%\nc,是,\"")
            .Append('x', 1 << 20).Append("\n\"\"]\"\nd,否,85%\n,是,95%\n").ToString();
        var (exit, rows, error) = Score(csv);
        Assert.Equal(1, exit);
        Assert.Equal("a,10,优,5,5,,", rows[1]);
        Assert.Equal(2, rows.Count(row => row.EndsWith(",10,优,5,5,,", StringComparison.Ordinal)));
        Assert.Equal(
            [
                "第5行,,,,,,SL5015 记录「第5行」：第 5 行起的这一行超过 1 MB（或其中的引号不成对），不像一条评价数据，已跳过（其后的记录照常读取）",
                "d,3,差,0,3,,",
                "第8行,,,,,,SL5007 记录「第8行」字段「id」：记录没有 id",
            ],
            rows[^3..]);
        Assert.StartsWith("SL5015 记录「第5行」：第 5 行起的这一行超过 1 MB", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("编号,A,满意度\na,是,95%\n", "的表头缺少 id 列（或记录编号列；表头是：编号,A,满意度）")]
    [InlineData("id,满意度,A,满意度\na,95%,是,90%\n", "的表头中 「满意度」 出现了不止一次，不知该用哪一列")]
    [InlineData("", "是空的，没有表头行")]
    public void A_header_that_cannot_be_read_is_a_file_error_and_writes_nothing(string csv, string problem)
    {
        var (exit, rows, error) = Score(csv);
        Assert.Equal(1, exit);
        Assert.Empty(rows);
        Assert.Equal($"错误：CSV 数据文件「{Path.Combine(Directory, "d.csv")}」{problem}", error.TrimEnd());
    }
}
