using System.Text;
using SchemeLang.Tests.Office;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// Tables as firms keep them: title rows above the header (found by its id column or the scheme's keys in the first
/// 20 rows, or named with --header-row), and 合计/总计/小计 rows, which are no records and no errors.
/// </summary>
public sealed class HeaderRowTests : CliHarness
{
    private (int Exit, string Output, string Error) ScoreCsv(string csv, params string[] options) =>
        Run(["score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.csv", Encoding.UTF8.GetBytes(csv)), "--percent", "ratio", .. options]);

    [Fact]
    public void Csv_title_rows_are_passed_over_and_total_rows_skipped()
    {
        var (exit, output, error) = ScoreCsv("2025年度项目绩效评价数据表,,,\n单位：万元,,,\n,,,\n序号,记录编号,A,满意度\n1,P001,是,95%\n2,P002,否,85%\n合计,,,\n,总计,,\n,,,\n");

        Assert.Equal(0, exit);
        Assert.Equal(["P001: 10 优", "P002: 3 差"], Summaries(output));
        Assert.Contains("共 2 条记录", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_with_the_schemes_keys_but_no_id_column_says_the_id_is_missing()
    {
        var (exit, _, error) = ScoreCsv("2025年度数据,,\n编号,A,满意度\nP001,是,95%\n");

        Assert.Equal(1, exit);
        Assert.Equal($"错误：CSV 数据文件「{Path.Combine(Directory, "d.csv")}」的表头缺少 id 列（或记录编号列；表头是：编号,A,满意度）", error.TrimEnd());
    }

    [Fact]
    public void No_header_in_the_first_20_rows_is_one_line_naming_the_option()
    {
        var csv = string.Concat(Enumerable.Repeat("说明文字,,\n", 20)) + "id,A,满意度\na,是,95%\n";
        var (exit, _, error) = ScoreCsv(csv);
        Assert.Equal(1, exit);
        Assert.Equal($"错误：CSV 数据文件「{Path.Combine(Directory, "d.csv")}」前 20 行中没有表头行（表头需有「记录编号」或 id 列；也可用 --header-row 指定表头所在的行）", error.TrimEnd());

        var (found, output, _) = ScoreCsv(csv, "--header-row", "21");
        Assert.Equal(0, found);
        Assert.Equal(["a: 10 优"], Summaries(output));
    }

    [Fact]
    public void Header_row_names_the_row_even_when_a_row_above_looks_like_a_header()
    {
        var (exit, output, _) = ScoreCsv("id,A,满意度\n说明,是,否\nid,A,满意度\na,是,95%\n", "--header-row", "3");

        Assert.Equal(0, exit);
        Assert.Equal(["a: 10 优"], Summaries(output));
        Assert.Equal(2, ScoreCsv("id,A\n", "--header-row", "0").Exit);
    }

    [Fact]
    public void A_workbook_header_is_found_below_a_merged_title_by_the_schemes_keys_and_total_rows_skipped()
    {
        var workbook = TestWorkbook.Create("填报",
        [
            ["2025年度项目绩效评价数据表"],
            ["序号", "项目名称", "A", "满意度"],
            ["1", "甲", "是", "95%"],
        ]);
        var path = WriteFile("d.xlsx", workbook);
        var (exit, _, error) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", path);
        Assert.Equal(1, exit);
        Assert.Equal($"错误：工作簿「{path}」的表头（填报!第2行）缺少记录编号列（或 id 列）", error.TrimEnd());

        var totals = TestWorkbook.Create("填报", [["2025年度"], ["序号", "记录编号", "A", "满意度"], ["1", "P1", "是", "95%"], ["小计", null, null, null], ["总计"]]);
        var (ok, output, _) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("t.xlsx", totals));
        Assert.Equal(0, ok);
        Assert.Equal(["P1: 10 优"], Summaries(output));
    }
}
