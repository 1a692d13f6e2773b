using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SchemeLang.Runtime;

namespace SchemeLang.Data;

/// <summary>
/// A workbook cell's value as the text a CSV cell would hold, by the cell's type: a number formatted as a percentage
/// is the ratio it shows (0.95 → 「95%」, unambiguous whatever the scheme's reading of bare percentages); any other
/// number is plain (and obeys that reading); text is text; TRUE/FALSE are 是/否; a formula by its cached result. A
/// formula without a cached result, or an error value (#DIV/0!), is the record's error naming the cell.
/// </summary>
internal sealed class XlsxCells
{
    private readonly string[] _sharedStrings;
    private readonly bool[] _percentStyles;
    private readonly string _sheet;

    public XlsxCells(WorkbookPart workbook, string sheet)
    {
        _sheet = sheet;
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => format.NumberFormatId is not null)
            .ToDictionary(format => format.NumberFormatId!.Value, format => format.FormatCode?.Value ?? string.Empty) ?? [];
        _percentStyles = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(format => IsPercentFormat(format.NumberFormatId?.Value ?? 0, custom))
            .ToArray() ?? [];
    }

    /// <summary>The cell's text for a header: its string, or a number as written.</summary>
    public string? Text(Cell cell) => Value(cell).Value;

    public (string? Value, string? Problem) Value(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return (cell.InlineString is { } inline ? ItemText(inline) : string.Empty, null);
        }

        if (raw is null)
        {
            return cell.CellFormula is null ? (null, null) : (null, $"单元格 {Where(cell)} 的公式没有保存计算结果，请在 Excel 或 WPS 中打开后保存一次");
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, out var index) && index >= 0 && index < _sharedStrings.Length
                ? (_sharedStrings[index], null)
                : (null, $"单元格 {Where(cell)} 引用的文字不存在，工作簿可能已损坏");
        }

        if (type == CellValues.Boolean)
        {
            return (raw == "1" ? "是" : "否", null);
        }

        if (type == CellValues.Error)
        {
            return (null, $"单元格 {Where(cell)} 是错误值 {raw}");
        }

        if (type == CellValues.String || type == CellValues.Date)
        {
            return (raw, null);
        }

        if (!SpreadsheetNumber.TryParse(raw, out var number))
        {
            return (null, $"单元格 {Where(cell)} 的数值 {raw} 超出可计算的范围");
        }

        var style = (int)(cell.StyleIndex?.Value ?? 0);
        var percent = style < _percentStyles.Length && _percentStyles[style];
        return (percent ? NumberText.Percent(number) : NumberText.Plain(number), null);
    }

    private string Where(Cell cell) => $"{_sheet}!{cell.CellReference?.Value}";

    /// <summary>Excel's built-in 9 (0%) and 10 (0.00%), or a custom format with a % outside quotes and brackets.</summary>
    private static bool IsPercentFormat(uint id, Dictionary<uint, string> custom)
    {
        if (id is 9 or 10)
        {
            return true;
        }

        if (!custom.TryGetValue(id, out var code))
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '[' when !quoted:
                    bracket = true;
                    break;
                case ']' when !quoted:
                    bracket = false;
                    break;
                case '\\' or '_' or '*' when !quoted:
                    i++;
                    break;
                case '%' when !quoted && !bracket:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A string item's text: its plain text, or its runs' text, without the phonetic guide (rPh).</summary>
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlCompositeElement item) =>
        item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));
}
