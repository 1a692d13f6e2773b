using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SchemeLang.Data;
using SchemeLang.Docs.Workbooks;
using SchemeLang.Evaluation;
using SchemeLang.Tests.Cli;
using SchemeLang.Tests.Docs;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Office;

/// <summary>
/// The data-entry template: a 填报 sheet whose headers are exactly the keys score reads (after the identity columns),
/// each with its note and check, formats that make a typed 95% the ratio 0.95; a 说明 sheet; the same bytes every time.
/// </summary>
public sealed class TemplateWorkbookTests : CliHarness
{
    public static TheoryData<string> Examples => StandardPageTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_entry_sheet_heads_a_column_for_every_field_score_reads(string file)
    {
        var compilation = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file));
        var bytes = TemplateWorkbook.Write(compilation.Scheme!, "指纹");
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var (entry, _) = Sheet(document, TemplateWorkbook.EntrySheet);

        var headers = entry.Descendants<Row>().First().Elements<Cell>().Select(cell => cell.InnerText).ToArray();
        var keys = new Evaluator(compilation).Plan.Slots.Select(slot => slot.Key);
        Assert.Equal(["记录编号", "项目名称", "项目单位", .. keys], headers);

        var validations = entry.Descendants<DataValidation>().ToArray();
        Assert.All(headers.Select((_, i) => $"{CellReference.Column(i)}1"), cell =>
            Assert.Contains(validations, validation => validation.SequenceOfReferences!.InnerText == cell && validation.Prompt!.Value!.Length is > 0 and <= 255));
        Assert.All(validations, validation => Assert.True(validation.PromptTitle is null || validation.PromptTitle.Value!.Length <= 32));
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<CellFormula>()));
        Assert.Equal(bytes, TemplateWorkbook.Write(compilation.Scheme!, "指纹"));
    }

    /// <summary>
    /// A column is as wide as what a firm types under it: 004's budget in 元 (「94,767,246.66元」, as its number format
    /// shows it) showed as ### in LibreOffice, and a project's name was cut off after four characters.
    /// </summary>
    [Fact]
    public void Columns_are_wide_enough_for_an_amount_and_a_project_name()
    {
        var scheme = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme")).Scheme!;
        using var document = SpreadsheetDocument.Open(new MemoryStream(TemplateWorkbook.Write(scheme, "x")), isEditable: false);
        var (entry, _) = Sheet(document, TemplateWorkbook.EntrySheet);
        var headers = entry.Descendants<Row>().First().Elements<Cell>().Select(cell => cell.InnerText).ToList();
        var widths = entry.Descendants<Column>().ToDictionary(column => (int)column.Min!.Value - 1, column => column.Width!.Value);

        // Excel's width counts digits of the default font; a Chinese character takes two.
        var amount = "94,767,246.66".Length + 2;
        Assert.True(widths[headers.IndexOf("预算收入")] >= amount, $"预算收入 is {widths[headers.IndexOf("预算收入")]} wide");
        Assert.True(widths[headers.IndexOf("项目名称")] >= 2 * "华宁县城镇职工医疗保险".Length, $"项目名称 is {widths[headers.IndexOf("项目名称")]} wide");
        Assert.True(widths[headers.IndexOf("项目单位")] >= 2 * "华宁县医疗保障局".Length);
        Assert.InRange(widths[headers.IndexOf("记录编号")], 10, 14);
    }

    [Fact]
    public void The_template_heads_the_id_and_identity_columns_the_reader_knows()
    {
        var headers = TemplateColumn.Identity.Select(column => column.Header).ToArray();
        Assert.True(DataFileReader.IsIdField(headers[0]));
        Assert.Equal(RecordColumns.Identity, headers[1..]);
    }

    [Fact]
    public void Columns_are_formatted_and_checked_as_their_fields_need()
    {
        var scheme = Schemes.Clean("""
            方案 模板测试
            总分 20
            等级 合格 ≥ 12；不合格 < 12
            数据
              完成率：百分比 范围 [0%, 100%]
              到位资金：金额（万元） 范围 [0万元, 500万元]
            A 完成 5分
              按比例 完成率
            B 资金 5分
              区间 到位资金
                ≥ 100万元 得5分
                < 100万元 不得分
            C 质量 5分
              等次
                好 得5分
                差 得0分
            D 问题 5分
              扣分，扣完为止
                ① 发现问题 每例扣1分
            """).Scheme!;
        using var document = SpreadsheetDocument.Open(new MemoryStream(TemplateWorkbook.Write(scheme, "x")), isEditable: false);
        var (entry, _) = Sheet(document, TemplateWorkbook.EntrySheet);
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToArray();
        string FormatOf(string header)
        {
            var index = Array.IndexOf(entry.Descendants<Row>().First().Elements<Cell>().Select(cell => cell.InnerText).ToArray(), header);
            var column = entry.Descendants<Column>().Single(column => column.Min!.Value == index + 1);
            var id = formats[(int)column.Style!.Value].NumberFormatId!.Value;
            return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(format => format.NumberFormatId!.Value == id)?.FormatCode?.Value ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal("10", FormatOf("完成率"));
        Assert.Equal("#,##0.00\"万元\"", FormatOf("到位资金"));
        Assert.Equal("1", FormatOf("D.1"));
        Assert.Equal("49", FormatOf("C"));

        var checks = entry.Descendants<DataValidation>().Where(validation => validation.Type is not null).ToDictionary(validation => validation.SequenceOfReferences!.InnerText![..1]);
        Assert.Equal((DataValidationValues.Decimal, "0", "1"), (checks["D"].Type!.Value, checks["D"].Formula1!.Text, checks["D"].Formula2!.Text));
        Assert.Equal((DataValidationValues.Decimal, "0", "500"), (checks["E"].Type!.Value, checks["E"].Formula1!.Text, checks["E"].Formula2!.Text));
        Assert.Equal((DataValidationValues.List, "选项!$A$1:$A$2"), (checks["F"].Type!.Value, checks["F"].Formula1!.Text));
        Assert.Equal((DataValidationValues.Whole, "0"), (checks["G"].Type!.Value, checks["G"].Formula1!.Text));
        Assert.Contains("C 质量", checks["F"].Prompt!.Value, StringComparison.Ordinal);
        var (lists, sheet) = Sheet(document, TemplateWorkbook.ListSheet);
        Assert.Equal(SheetStateValues.Hidden, sheet.State!.Value);
        Assert.Equal(["好", "差"], lists.Descendants<Cell>().Select(cell => cell.InnerText));
    }

    [Fact]
    public void Scheme_text_goes_in_as_text_never_as_a_formula()
    {
        var scheme = Schemes.Clean("方案 「=HYPERLINK(\"x\")」\n总分 5\n等级 合格 ≥ 0\n「=1+1\u202E」 5分\n  是否 达标\n").Scheme!;
        using var document = SpreadsheetDocument.Open(new MemoryStream(TemplateWorkbook.Write(scheme, "x")), isEditable: false);
        var (entry, _) = Sheet(document, TemplateWorkbook.EntrySheet);
        var header = entry.Descendants<Cell>().Single(cell => cell.CellReference!.Value == "D1");

        Assert.Equal("=1+1<U+202E>", header.InnerText);
        Assert.Equal(CellValues.InlineString, header.DataType!.Value);
        Assert.True(document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value).QuotePrefix!.Value);
        Assert.Empty(document.WorkbookPart.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public void The_command_writes_the_workbook_or_a_csv_header_row_with_a_bom()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var csv = Path.Combine(Directory, "t.csv");
        Assert.Equal(0, Run("template", scheme, "--format", "csv", "--out", csv).Exit);
        Assert.Equal([.. Encoding.UTF8.Preamble, .. "记录编号,项目名称,项目单位,满意度,A\r\n"u8], File.ReadAllBytes(csv));

        var xlsx = Path.Combine(Directory, "t.xlsx");
        var (exit, output, _) = Run("template", scheme, "--out", xlsx);
        Assert.Equal(0, exit);
        Assert.Contains("2 个字段", output, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        Assert.Equal(["填报", "说明", "选项"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value));
    }

    /// <summary>The template filled in as an evaluator would and saved: score reads it, the identity columns included.</summary>
    [Fact]
    public void A_filled_template_scores()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var csv = Path.Combine(Directory, "t.csv");
        Run("template", scheme, "--format", "csv", "--out", csv);
        var data = WriteFile("filled.csv", File.ReadAllText(csv) + "r1,项目甲,单位甲,95%,是\r\n");

        Assert.Equal(["r1: 10 优"], Summaries(Run("score", scheme, "--data", data).Output));
    }

    private static (Worksheet Sheet, Sheet Entry) Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(sheet => sheet.Name!.Value == name);
        return (((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet, sheet);
    }

    /// <summary>The page's 数据说明 lists every field the template has, so a firm reading either sees the same columns.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void The_page_lists_every_field_of_the_template(string file)
    {
        var scheme = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file)).Scheme!;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(SchemeLang.Docs.Rendering.PageRenderer.Standard(scheme));
        using var document = SpreadsheetDocument.Open(new MemoryStream(TemplateWorkbook.Write(scheme, "x")), isEditable: false);
        var (entry, _) = Sheet(document, TemplateWorkbook.EntrySheet);

        Assert.Equal(
            entry.Descendants<Row>().First().Elements<Cell>().Select(cell => cell.InnerText).Skip(TemplateColumn.Identity.Count),
            page.QuerySelectorAll("table.fields tbody tr td:first-child").Select(cell => cell.TextContent));
    }
}
