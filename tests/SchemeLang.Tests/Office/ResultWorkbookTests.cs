using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SchemeLang.Cli.Output.Workbook;
using SchemeLang.Data;
using SchemeLang.Docs.Workbooks;
using SchemeLang.Tests.Cli;

namespace SchemeLang.Tests.Office;

/// <summary>
/// score --format xlsx, read back with the OpenXml SDK: the five sheets and their headers, each record's row with the
/// JSON output's total and grade, inputs beside the scores, errors located, statistics over the batch, text never a
/// formula, the same bytes every time, and a sheet that cannot hold a batch says so in its last row.
/// </summary>
public sealed class ResultWorkbookTests : CliHarness
{
    private const string Data = """
        id,项目名称,满意度,A
        甲,=1+1,0.95,是
        乙,正常项目,0.85,否
        -丙,@SUM(A1),0.5,是
        丁,,很多,是

        """;

    [Fact]
    public void The_workbook_has_its_five_sheets_with_frozen_headers()
    {
        using var workbook = Score(Data);
        Assert.Equal(["汇总", "指标得分", "得分说明", "错误", "统计"], workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value));
        Assert.Equal(["记录编号", "项目名称", "总分", "等级", "A 决策", "B 满意度", "否决", "状态", "错误数"], Rows(workbook, "汇总")[0]);
        Assert.Equal(["记录编号", "项目名称", "满意度", "A", "A 决策", "B 满意度"], Rows(workbook, "指标得分")[0]);
        Assert.Equal(["记录编号", "项目名称", "A 决策", "B 满意度"], Rows(workbook, "得分说明")[0]);
        Assert.Equal(["记录编号", "字段", "代码", "说明", "位置"], Rows(workbook, "错误")[0]);
        Assert.All(workbook.WorkbookPart.WorksheetParts, part =>
            Assert.Equal(PaneStateValues.Frozen, part.Worksheet.Descendants<Pane>().Single().State!.Value));
    }

    /// <summary>A project's name is a phrase: its column is as wide as the template's, on every per-record sheet.</summary>
    [Fact]
    public void The_project_name_column_is_wide_enough_for_a_name()
    {
        using var workbook = Score(Data);
        Assert.All(new[] { "汇总", "指标得分", "得分说明" }, name =>
        {
            var nameColumn = Sheet(workbook, name).Descendants<Column>().Single(column => column.Min!.Value == 2);
            Assert.True(nameColumn.Width!.Value >= 2 * "华宁县城镇职工医疗保险".Length, $"{name}: 项目名称 is {nameColumn.Width.Value} wide");
        });
    }

    [Fact]
    public void Each_record_has_the_total_and_grade_the_json_output_gives()
    {
        var json = Run("score", WriteFile("j.scheme", ValidScheme), "--data", WriteFile("j.csv", Data), "--percent", "ratio");
        using var expected = JsonDocument.Parse(json.Output);
        using var workbook = Score(Data);
        var summary = Rows(workbook, "汇总");
        foreach (var record in expected.RootElement.EnumerateArray().Where(record => record.TryGetProperty("total", out _)))
        {
            var row = summary.Single(row => row[0] == record.GetProperty("id").GetString());
            Assert.Equal(record.GetProperty("total").GetDecimal(), decimal.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(record.GetProperty("grade").GetString(), row[3]);
            Assert.Equal("已计分", row[7]);
        }

        Assert.Equal(["丁", "", "", "", "", "", "", "出错", "1"], summary[4]);
    }

    [Fact]
    public void Scores_are_numbers_with_the_schemes_decimals_and_inputs_are_repeated_as_read()
    {
        using var workbook = Score(Data);
        var scores = Sheet(workbook, "指标得分").Descendants<Row>().ElementAt(1).Elements<Cell>().ToArray();
        Assert.Equal(["甲", "=1+1", "0.95", "是", "5", "5"], scores.Select(Text));
        Assert.Null(scores[2].DataType);
        Assert.Equal(CellValues.InlineString, scores[3].DataType!.Value);
        var formats = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var scoreFormat = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)scores[4].StyleIndex!.Value).NumberFormatId!.Value;
        Assert.Equal("0.00", formats.NumberingFormats!.Elements<NumberingFormat>().Single(format => format.NumberFormatId!.Value == scoreFormat).FormatCode!.Value);
        Assert.Contains("95%", Rows(workbook, "得分说明")[1][3], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_starts_like_a_formula_stays_text_with_the_quote_prefix()
    {
        using var workbook = Score(Data);
        Assert.Empty(workbook.WorkbookPart!.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<CellFormula>()));
        var formats = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
        var cells = Sheet(workbook, "汇总").Descendants<Cell>().Where(cell => Text(cell) is "=1+1" or "@SUM(A1)" or "-丙").ToArray();
        Assert.Equal(3, cells.Length);
        Assert.All(cells, cell =>
        {
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.True(formats[(int)cell.StyleIndex!.Value].QuotePrefix!.Value);
        });
        var plain = Sheet(workbook, "汇总").Descendants<Cell>().First(cell => Text(cell) == "正常项目");
        Assert.True(plain.StyleIndex is null || formats[(int)plain.StyleIndex.Value].QuotePrefix is null);
    }

    [Fact]
    public void Errors_name_the_record_field_code_and_the_cell_that_shows_the_input()
    {
        using var workbook = Score(Data);
        var error = Assert.Single(Rows(workbook, "错误").Skip(1));
        Assert.Equal("丁", error[0]);
        Assert.Equal("满意度", error[1]);
        Assert.StartsWith("SL5", error[2], StringComparison.Ordinal);
        Assert.Equal("指标得分!C5", error[4]);
        Assert.Equal("很多", Rows(workbook, "指标得分")[4][2]);
    }

    [Fact]
    public void Statistics_count_grades_and_give_the_median_and_mean_total()
    {
        using var workbook = Score(Data);
        var rows = Rows(workbook, "统计");
        string[] Find(string name) => rows.First(row => row.Length > 0 && row[0] == name);
        Assert.Equal(["记录", "4", "1"], Find("记录"));
        Assert.Equal(["出错", "1", "0.25"], Find("出错"));
        // Totals 10 (优), 3 (差), 5 (差): the median is 5, the mean 6.
        Assert.Equal("1", Find("优")[1]);
        Assert.Equal("2", Find("差")[1]);
        Assert.Equal("5", Find("中位数")[1]);
        Assert.Equal("6", Find("平均")[1]);
        Assert.Equal(["B 满意度", "5", "2.67", "0.5333", "3"], Find("B 满意度"));
    }

    [Fact]
    public void The_same_batch_gives_the_same_bytes_and_leaves_only_the_workbook()
    {
        var scheme = WriteFile("d.scheme", ValidScheme);
        var data = WriteFile("d.csv", Data);
        var output = Path.Combine(Directory, "out");
        Run("score", scheme, "--data", data, "--format", "xlsx", "--out", Path.Combine(output, "一.xlsx"), "--percent", "ratio");
        Run("score", scheme, "--data", data, "--format", "xlsx", "--out", Path.Combine(output, "二.xlsx"), "--percent", "ratio");
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "一.xlsx")), File.ReadAllBytes(Path.Combine(output, "二.xlsx")));
        Assert.Equal(["一.xlsx", "二.xlsx"], System.IO.Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_workbook_needs_a_file_to_go_to()
    {
        var result = Run("score", WriteFile("u.scheme", ValidScheme), "--data", WriteFile("u.csv", Data), "--format", "xlsx");
        Assert.Equal(2, result.Exit);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
        Assert.Contains("工作簿", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Hidden_characters_and_ones_xml_cannot_carry_are_shown_as_code_points()
    {
        using var workbook = Score("""[{"id": "a\u202Eb\uFFFF", "满意度": 0.95, "A": "是"}]""", "json");
        Assert.Equal("a<U+202E>b<U+FFFF>", Rows(workbook, "汇总")[1][0]);
    }

    [Fact]
    public void A_sheet_that_cannot_hold_the_batch_says_how_many_rows_it_left_out()
    {
        using var rows = new SheetRows("满", maxRows: 4);
        for (var i = 0; i < 6; i++)
        {
            if (rows.BeginRow())
            {
                rows.Number(i, ResultStyles.Whole);
                rows.EndRow();
            }
        }

        using var stream = new MemoryStream();
        WorkbookPackage.Write(stream, [new SheetLayout(rows, [10])], ResultStyles.Part(2));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), isEditable: false);
        var written = Rows(workbook, "满");
        Assert.Equal(4, written.Count);
        Assert.Equal(["0"], written[0]);
        Assert.Equal(["2"], written[2]);
        Assert.Contains("另有 3 行未写入", written[3][0], StringComparison.Ordinal);
    }

    private SpreadsheetDocument Score(string data, string extension = "csv")
    {
        var path = Path.Combine(Directory, $"{Guid.NewGuid():N}.xlsx");
        var result = Run("score", WriteFile("w.scheme", ValidScheme), "--data", WriteFile("w." + extension, data), "--format", "xlsx", "--out", path, "--percent", "ratio");
        Assert.True(File.Exists(path), result.Error);
        return SpreadsheetDocument.Open(path, isEditable: false);
    }

    private static Worksheet Sheet(SpreadsheetDocument workbook, string name)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(sheet => sheet.Name == name);
        return ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>Each row's cells as text, an empty cell (one the row skips) as 「」.</summary>
    private static List<string[]> Rows(SpreadsheetDocument workbook, string name) =>
        [.. Sheet(workbook, name).Descendants<Row>().Select(row =>
        {
            var cells = row.Elements<Cell>().ToArray();
            var texts = new string[cells.Length == 0 ? 0 : CellReference.ColumnIndex(cells[^1].CellReference!.Value) + 1];
            Array.Fill(texts, string.Empty);
            foreach (var cell in cells)
            {
                texts[CellReference.ColumnIndex(cell.CellReference!.Value)] = Text(cell);
            }

            return texts;
        })];

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
}
