using System.Text.Json;
using SchemeLang.Tests.Cli;
using Number = SchemeLang.Tests.Office.TestCell.Number;

namespace SchemeLang.Tests.Office;

/// <summary>
/// score reads a workbook as evaluators keep it: by cell type (a percent-formatted number is the ratio it shows, a
/// plain one obeys the reading of bare percentages), numbers as the 15 digits a person sees, title rows, blank rows
/// and 合计 rows skipped, 项目名称 and 备注 beside the data, and every cell it cannot read named as 「填报!D7」.
/// </summary>
public sealed class XlsxDataTests : CliHarness
{
    private (int Exit, string Output, string Error) ScoreWorkbook(IEnumerable<TestCell?[]> rows, params string[] options) =>
        Run(["score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.xlsx", TestWorkbook.Create("填报", rows)), .. options]);

    /// <summary>17-digit doubles on both sides of the 90% edge: what Excel shows decides, not the binary value.</summary>
    [Theory]
    [InlineData("0.89999999999999991", "5 差", "90%")]
    [InlineData("0.90000000000000002", "5 差", "90%")]
    [InlineData("0.89999999999990000", "3 差", "89.99999999999%")]
    [InlineData("0.8", "3 差", "80%")]
    [InlineData("1", "5 差", "100%")]
    public void A_percent_formatted_cell_is_the_ratio_it_shows(string stored, string expected, string shown)
    {
        var (exit, output, _) = ScoreWorkbook([["记录编号", "A", "满意度"], ["r1", "否", new Number(stored, Percent: true)]]);

        Assert.Equal(0, exit);
        Assert.Equal([$"r1: {expected}"], Summaries(output));
        using var json = JsonDocument.Parse(output);
        Assert.Contains(shown, json.RootElement[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "B").GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_number_for_a_percentage_obeys_the_declared_reading()
    {
        TestCell?[][] rows = [["id", "A", "满意度"], ["r1", "是", new Number("0.95")]];
        Assert.Equal(["r1: SL5012"], Summaries(ScoreWorkbook(rows).Output));
        Assert.Equal(["r1: 10 优"], Summaries(ScoreWorkbook(rows, "--percent", "ratio").Output));
        Assert.Equal(["r1: 5 差"], Summaries(ScoreWorkbook(rows, "--percent", "percent").Output));
    }

    [Fact]
    public void Title_rows_blank_rows_and_total_rows_are_skipped_and_identity_columns_are_not_errors()
    {
        var (exit, output, error) = ScoreWorkbook(
        [
            ["2024年绩效评价数据"],
            [],
            ["序号", "记录编号", "项目名称", "A", "满意度", "备注"],
            ["1", "r1", "项目甲", "是", new Number("0.95", Percent: true), "按时"],
            [],
            ["2", "r2", "项目乙", new TestCell.Boolean(false), new Number("0.85", Percent: true), null],
            [null, "合计", null, null, null, null],
        ]);

        Assert.Equal(0, exit);
        Assert.Equal(["r1: 10 优", "r2: 3 差"], Summaries(output));
        Assert.EndsWith("提示：数据中的列 「序号」、「备注」 不是方案读取的字段，已忽略（加 --strict-columns 可把它们当作错误）", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_is_read_by_its_cached_value_and_one_without_is_an_error_naming_the_cell()
    {
        var (exit, output, error) = ScoreWorkbook(
        [
            ["记录编号", "A", "满意度"],
            ["r1", "是", new TestCell.Formula("0.5+0.45", "0.95", Percent: true)],
            ["r2", "是", new TestCell.Formula("0.5+0.45", null, Percent: true)],
            ["r3", "是", new TestCell.Error("#DIV/0!")],
        ]);

        Assert.Equal(1, exit);
        Assert.Equal(["r1: 10 优", "r2: SL5015", "r3: SL5015"], Summaries(output));
        Assert.Contains("单元格 填报!C3 的公式没有保存计算结果", error, StringComparison.Ordinal);
        Assert.Contains("单元格 填报!C4 是错误值 #DIV/0!", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_header_is_a_file_error_naming_both_cells()
    {
        var (exit, output, error) = ScoreWorkbook([["记录编号", "满意度", "A", "满意度"], ["r1", "是", new Number("0.9", Percent: true), "是"]]);

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("「满意度」（填报!B1、填报!D1） 出现了不止一次", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_is_chosen_by_name_and_a_missing_one_lists_those_there_are()
    {
        TestCell?[][] rows = [["id", "A", "满意度"], ["r1", "是", new Number("0.95", Percent: true)]];
        Assert.Equal(["r1: 10 优"], Summaries(ScoreWorkbook(rows, "--sheet", "填报").Output));

        var (exit, _, error) = ScoreWorkbook(rows, "--sheet", "汇总");
        Assert.Equal(1, exit);
        Assert.Contains("没有名为「汇总」的工作表（有：填报）", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("old.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "是旧版 Excel、WPS 或 OpenDocument 表格，无法直接读取，请另存为 .xlsx")]
    [InlineData("broken.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01 }, "不是有效的 Excel 工作簿（.xlsx），无法读取")]
    public void A_file_that_is_no_workbook_we_read_is_one_chinese_line(string name, byte[] bytes, string message)
    {
        var (exit, output, error) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile(name, bytes));

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    /// <summary>A column keyed like one of the scheme's leaves is a mistake about that leaf, never a column to ignore.</summary>
    [Fact]
    public void A_column_keyed_like_a_leaf_still_fails_its_record_and_strict_columns_fail_the_rest()
    {
        TestCell?[][] rows = [["id", "A", "满意度", "A.不适用", "备注"], ["r1", "是", new Number("0.95", Percent: true), "是", "x"]];
        Assert.Equal(["r1: SL5005"], Summaries(ScoreWorkbook(rows).Output));
        Assert.Equal(["r1: SL5005 SL5002"], Summaries(ScoreWorkbook(rows, "--strict-columns").Output));
    }

    /// <summary>A percent-formatted cell too large to multiply by 100 in decimal is that record's error, not a crash.</summary>
    [Fact]
    public void A_huge_percent_formatted_cell_is_the_records_error()
    {
        var (exit, output, _) = ScoreWorkbook([["id", "A", "满意度"], ["r1", "是", new Number("7.9E+27", Percent: true)], ["r2", "是", new Number("0.95", Percent: true)]]);

        Assert.Equal(1, exit);
        Assert.Equal(["r1: SL5013", "r2: 10 优"], Summaries(output));
    }
}
