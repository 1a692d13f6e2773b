using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SchemeLang.Data;

/// <summary>
/// What a workbook made by <c>schemelang template</c> says it was made from: its 说明 sheet holds the scheme's name in
/// B1, its 年度 in B2 and the fingerprint of its text (SHA-256, hex) in B3. A caller compares the fingerprint with its
/// own scheme's and warns when a firm filled a template of another scheme.
/// </summary>
/// <param name="Path">The workbook file.</param>
public sealed record WorkbookStamp(string Path, string SchemeName, string Year, string Fingerprint)
{
    public const string Sheet = "说明";
    public const string SchemeNameCell = "B1";
    public const string YearCell = "B2";
    public const string FingerprintCell = "B3";

    /// <summary>The stamp in the workbook's 说明 sheet, or null when it has none (not a template, or B3 is empty).</summary>
    internal static WorkbookStamp? Read(string path, WorkbookPart workbook)
    {
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(candidate => candidate.Name?.Value == Sheet);
        if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return null;
        }

        var cells = new XlsxCells(workbook, Sheet);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement && ((Row)reader.LoadCurrentElement()!) is var row)
            {
                if (row.RowIndex?.Value > 3)
                {
                    break;
                }

                foreach (var cell in row.Elements<Cell>().Where(cell => cell.CellReference?.Value is SchemeNameCell or YearCell or FingerprintCell))
                {
                    found[cell.CellReference!.Value!] = cells.Text(cell)?.Trim() ?? string.Empty;
                }
            }
        }

        return found.GetValueOrDefault(FingerprintCell) is { Length: > 0 } fingerprint
            ? new WorkbookStamp(path, found.GetValueOrDefault(SchemeNameCell, string.Empty), found.GetValueOrDefault(YearCell, string.Empty), fingerprint)
            : null;
    }
}
