using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SchemeLang.Data;

/// <summary>
/// A workbook's sheet (the first, or the one named) read as records, a row at a time with the OpenXml SDK's streaming
/// reader: the header row is found as <see cref="HeaderRow"/> says (title rows above it passed over); blank rows and
/// 合计/小计 rows are skipped. Cells are read by type (<see cref="XlsxCells"/>), and a cell that
/// cannot be read is named as an Excel user names it: 「填报!D7」.
/// </summary>
internal sealed class XlsxRecordSource : IRecordSource
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _rows;
    private readonly XlsxCells _cells;
    private readonly string _sheet;
    private readonly Dictionary<int, string> _header;
    private readonly int _idColumn;

    private XlsxRecordSource(SpreadsheetDocument document, OpenXmlReader rows, XlsxCells cells, string sheet, Dictionary<int, string> header, int idColumn) =>
        (_document, _rows, _cells, _sheet, _header, _idColumn) = (document, rows, cells, sheet, header, idColumn);

    /// <summary>Opens the sheet and reads down to its header row; null, with the problem in Chinese, when it cannot.</summary>
    public static XlsxRecordSource? Open(string path, Stream stream, DataReadOptions options, out string problem)
    {
        var sheetName = options.Sheet;
        SpreadsheetDocument? document = null;
        OpenXmlReader? rows = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToArray() ?? [];
            var sheet = sheetName is null
                ? sheets.FirstOrDefault(candidate => candidate.State is null || candidate.State.Value == SheetStateValues.Visible)
                : sheets.FirstOrDefault(candidate => candidate.Name?.Value == sheetName);
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                problem = sheetName is null
                    ? $"工作簿「{path}」中没有可读的工作表"
                    : $"工作簿「{path}」中没有名为「{sheetName}」的工作表（有：{string.Join("、", sheets.Select(candidate => candidate.Name?.Value))}）";
                document.Dispose();
                return null;
            }

            var name = sheet.Name?.Value ?? "Sheet1";
            var cells = new XlsxCells(workbook, name);
            rows = OpenXmlReader.Create(part);
            var ordinal = 0;
            while (NextRow(rows) is { } row)
            {
                var header = new Dictionary<int, string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    if (cells.Text(cell) is { Length: > 0 } text)
                    {
                        header[CellReference.ColumnIndex(cell.CellReference?.Value)] = text.Trim();
                    }
                }

                var number = row.RowIndex?.Value ?? 0;
                if (!HeaderRow.Decide(header.Values, number, ++ordinal, options, out var isHeader))
                {
                    continue;
                }

                if (!isHeader)
                {
                    break;
                }

                var idColumn = header.FirstOrDefault(entry => DataFileReader.IsIdField(entry.Value), new(-1, string.Empty)).Key;
                problem = idColumn < 0
                    ? $"工作簿「{path}」的表头（{name}!第{number}行）缺少记录编号列（或 id 列）"
                    : RepeatedHeaders(header, name, number) is { } repeated ? $"工作簿「{path}」的表头中 {repeated}，不知该用哪一列" : string.Empty;
                if (problem.Length == 0)
                {
                    return new XlsxRecordSource(document, rows, cells, name, header, idColumn) { Stamp = WorkbookStamp.Read(path, workbook) };
                }

                rows.Dispose();
                document.Dispose();
                return null;
            }

            problem = $"工作簿「{path}」的工作表「{name}」{HeaderRow.NotFound(options)}";
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            problem = $"「{path}」不是有效的 Excel 工作簿（.xlsx），无法读取";
        }

        rows?.Dispose();
        document?.Dispose();
        return null;
    }

    public DataEntry? Next()
    {
        while (NextRow(_rows) is { } row)
        {
            var rowNumber = row.RowIndex?.Value ?? 0;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var problems = new List<(string? Field, string Message)>();
            string? id = null;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = CellReference.ColumnIndex(cell.CellReference?.Value);
                if (!_header.TryGetValue(column, out var field))
                {
                    continue;
                }

                var (value, problem) = _cells.Value(cell);
                if (problem is not null)
                {
                    problems.Add((field, problem));
                }
                else if (column == _idColumn)
                {
                    id = value;
                }
                else if (value is { Length: > 0 })
                {
                    fields[field] = value;
                }
            }

            if (fields.Count == 0 && problems.Count == 0 && string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            if (HeaderRow.IsTotal(id, FirstCell(row)))
            {
                continue;
            }

            return DataEntry.FromFields(id?.Trim(), fields, problems, $"{_sheet}!第{rowNumber}行", rowNumber);
        }

        return null;
    }

    /// <summary>What the workbook's 说明 sheet says it was made from, when it is a template.</summary>
    public WorkbookStamp? Stamp { get; private init; }

    public string Place(long row) => $"{_sheet}!{CellReference.Column(_idColumn)}{row}";

    public IReadOnlyList<string> Columns => [.. _header.OrderBy(column => column.Key).Select(column => column.Value)];

    public void Dispose()
    {
        _rows.Dispose();
        _document.Dispose();
    }

    /// <summary>The text of the row's leftmost cell, when it is in the table's first column (序号 or the like).</summary>
    private string? FirstCell(Row row) =>
        row.Elements<Cell>().FirstOrDefault() is { } cell && CellReference.ColumnIndex(cell.CellReference?.Value) == _header.Keys.Min()
            ? _cells.Text(cell)
            : null;

    private static Row? NextRow(OpenXmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                return (Row)reader.LoadCurrentElement()!;
            }
        }

        return null;
    }

    private static string? RepeatedHeaders(Dictionary<int, string> header, string sheet, uint row)
    {
        var repeated = header.GroupBy(entry => DataFileReader.IsIdField(entry.Value) ? DataFileReader.IdField : entry.Value, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"「{group.Key}」（{string.Join("、", group.Select(entry => $"{sheet}!{CellReference.Column(entry.Key)}{row}"))}）")
            .ToArray();
        return repeated.Length == 0 ? null : string.Join("、", repeated) + " 出现了不止一次";
    }
}
