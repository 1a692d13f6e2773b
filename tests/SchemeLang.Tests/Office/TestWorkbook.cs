using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SchemeLang.Data;

namespace SchemeLang.Tests.Office;

/// <summary>A cell of a test workbook: text, a number (shown as a percentage or not), a formula with or without its cached value, an error, a boolean.</summary>
internal abstract record TestCell
{
    public sealed record Text(string Value) : TestCell;

    /// <summary>A number as a workbook stores it (the shortest text of a double, e.g. 0.94999999999999996).</summary>
    public sealed record Number(string Stored, bool Percent = false) : TestCell;

    public sealed record Formula(string Expression, string? Cached, bool Percent = false) : TestCell;

    public sealed record Error(string Value) : TestCell;

    public sealed record Boolean(bool Value) : TestCell;

    public static implicit operator TestCell(string text) => new Text(text);
}

/// <summary>Workbooks written cell by cell with the OpenXml SDK, as Excel stores them (shared strings, a percent style).</summary>
internal static class TestWorkbook
{
    private const uint PercentStyle = 1;

    public static byte[] Create(string sheet, IEnumerable<TestCell?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var data = new SheetData();
            var r = 0u;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = ++r };
                for (var c = 0; c < values.Length; c++)
                {
                    if (values[c] is { } value)
                    {
                        row.Append(Cell($"{CellReference.Column(c)}{r}", value, strings));
                    }
                }

                data.Append(row);
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(data);
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(text => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text))));
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 2 });
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheet }));
        }

        return stream.ToArray();
    }

    private static Cell Cell(string reference, TestCell value, List<string> strings)
    {
        var cell = new Cell { CellReference = reference };
        switch (value)
        {
            case TestCell.Text text:
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                strings.Add(text.Value);
                break;
            case TestCell.Number number:
                cell.CellValue = new CellValue(number.Stored);
                cell.StyleIndex = number.Percent ? PercentStyle : null;
                break;
            case TestCell.Formula formula:
                cell.CellFormula = new CellFormula(formula.Expression);
                cell.CellValue = formula.Cached is null ? null : new CellValue(formula.Cached);
                cell.StyleIndex = formula.Percent ? PercentStyle : null;
                break;
            case TestCell.Error error:
                cell.DataType = CellValues.Error;
                cell.CellValue = new CellValue(error.Value);
                break;
            case TestCell.Boolean flag:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(flag.Value ? "1" : "0");
                break;
        }

        return cell;
    }
}
