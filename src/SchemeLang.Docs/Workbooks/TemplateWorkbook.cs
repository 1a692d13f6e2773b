using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SchemeLang.Binding;
using SchemeLang.Data;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Rendering;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Workbooks;

/// <summary>
/// The data-entry workbook a firm fills in (<c>schemelang template</c>). Sheet 填报: the identity columns, then one
/// column per record field in the scheme's order, headed by the exact key <c>score</c> reads, each header with its
/// note, the header row frozen, each column formatted and checked as its field needs. Sheet 说明: the scheme it was
/// made from (name, 年度, content fingerprint, which <c>score</c> compares) and every column, what it means and which
/// indicators use it. A hidden sheet 选项 holds the lists the checks refer to. Scheme text goes into cells only as
/// text (inline strings, never formulas), hidden characters shown.
/// </summary>
public static class TemplateWorkbook
{
    public const string EntrySheet = "填报";
    public const string GuideSheet = WorkbookStamp.Sheet;
    public const string ListSheet = "选项";

    /// <summary>Rows the checks cover below the header: more than any batch a firm enters by hand.</summary>
    public const int CheckedRows = 100_000;

    /// <summary>Where the 说明 sheet keeps what the template was made from: name, 年度 and fingerprint in column B.</summary>
    public const string SchemeNameCell = WorkbookStamp.SchemeNameCell;
    public const string SchemeYearCell = WorkbookStamp.YearCell;
    public const string FingerprintCell = WorkbookStamp.FingerprintCell;

    public static byte[] Write(BoundScheme scheme, string fingerprint) => Write(scheme, RecordFieldsBuilder.Build(scheme), fingerprint);

    /// <param name="fields">The scheme's record fields (<see cref="RecordFieldsBuilder"/>), when the caller has them already.</param>
    public static byte[] Write(BoundScheme scheme, IReadOnlyList<RecordField> fields, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var columns = TemplateColumn.For(fields);
        var styles = new WorkbookStyles();
        var columnStyles = columns.Select(styles.ForColumn).ToArray();
        var lists = ChoiceLists(columns);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Every part gets a fixed relationship id: the SDK would otherwise pick random ones, and the file would differ each run.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var sheets = new Sheets();
            AddSheet(workbook, sheets, EntrySheet, EntryWorksheet(columns, columnStyles, styles, lists));
            AddSheet(workbook, sheets, GuideSheet, GuideWorksheet(scheme, fingerprint, columns, styles));
            AddSheet(workbook, sheets, ListSheet, ListWorksheet(lists), SheetStateValues.Hidden);
            workbook.Workbook.Append(sheets);
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = styles.Stylesheet();
        }

        return DeterministicPackage.Normalize(stream.ToArray());
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, Worksheet worksheet, SheetStateValues? state = null)
    {
        var number = (uint)sheets.ChildElements.Count + 1;
        var part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{number}");
        part.Worksheet = worksheet;
        var sheet = new Sheet { Id = workbook.GetIdOfPart(part), SheetId = number, Name = name };
        if (state is { } hidden)
        {
            sheet.State = hidden;
        }

        sheets.Append(sheet);
    }

    /// <summary>
    /// Each distinct list of choices (是/否, each level table) once, a column of the hidden 选项 sheet each, with the
    /// absolute range a list check refers to.
    /// </summary>
    private static List<(string[] Choices, string Range)> ChoiceLists(IReadOnlyList<TemplateColumn> columns)
    {
        var lists = new List<(string[] Choices, string Range)>();
        foreach (var field in columns.Select(column => column.Field).OfType<RecordField>().Where(field => field.Choices.Count > 0))
        {
            if (!lists.Any(list => list.Choices.SequenceEqual(field.Choices, StringComparer.Ordinal)))
            {
                var letter = CellReference.Column(lists.Count);
                lists.Add(([.. field.Choices], $"{ListSheet}!${letter}$1:${letter}${field.Choices.Count}"));
            }
        }

        return lists;
    }

    /// <summary>
    /// Wide enough for the header and for what is typed under it: an amount such as 94,767,246.66元 shows as ### in a
    /// column narrower than its digits, and a project's name is a phrase, not a code.
    /// </summary>
    private static double Width(TemplateColumn column)
    {
        var content = column.Field?.Kind switch
        {
            RecordFieldKind.Money or RecordFieldKind.Number => 18,
            null when column.Header != TemplateColumn.Identity[0].Header => 28,
            _ => 10,
        };
        return Math.Clamp(Math.Max(column.Header.Length * 2.2 + 2, content), 10, 40);
    }

    private static Worksheet EntryWorksheet(IReadOnlyList<TemplateColumn> columns, uint[] columnStyles, WorkbookStyles styles, List<(string[] Choices, string Range)> lists)
    {
        var header = new Row { RowIndex = 1 };
        var validations = new DataValidations();
        var widths = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var letter = CellReference.Column(i);
            header.Append(TextCell($"{letter}1", column.Header, styles.Header, styles.QuotedHeader));
            widths.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Width(column), CustomWidth = true, Style = columnStyles[i] });
            validations.Append(TemplateValidation.HeaderNote($"{letter}1", column));
            var list = column.Field is { Choices.Count: > 0 } field ? lists.First(entry => entry.Choices.SequenceEqual(field.Choices, StringComparer.Ordinal)).Range : null;
            if (TemplateValidation.ForData($"{letter}2:{letter}{CheckedRows + 1}", column, list) is { } check)
            {
                validations.Append(check);
            }
        }

        validations.Count = (uint)validations.ChildElements.Count;
        var frozen = new SheetView(new Pane
        {
            HorizontalSplit = 2,
            VerticalSplit = 1,
            TopLeftCell = "C2",
            ActivePane = PaneValues.BottomRight,
            State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0, TabSelected = true };
        return new Worksheet(new SheetViews(frozen), widths, new SheetData(header), validations);
    }

    private static Worksheet GuideWorksheet(BoundScheme scheme, string fingerprint, IReadOnlyList<TemplateColumn> columns, WorkbookStyles styles)
    {
        var rows = new SheetData();
        void AddRow(uint style, params string[] cells)
        {
            var row = new Row { RowIndex = (uint)rows.ChildElements.Count + 1 };
            for (var i = 0; i < cells.Length; i++)
            {
                row.Append(TextCell($"{CellReference.Column(i)}{row.RowIndex}", cells[i], style, style == styles.Header ? styles.QuotedHeader : styles.QuotedText));
            }

            rows.Append(row);
        }

        AddRow(styles.TextCell, "方案", scheme.Title);
        AddRow(styles.TextCell, "年度", scheme.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        AddRow(styles.TextCell, "方案指纹", fingerprint);
        AddRow(styles.TextCell, "填写方法", "在「填报」表中每行填一条记录；表头是计分读取的字段名，不要改动。百分比可直接输入 95%；金额按表头单位填写；是否填「是」或「否」；选中表头可看该列的说明。");
        AddRow(styles.TextCell);
        AddRow(styles.Header, "列名（表头）", "类型", "单位", "取值范围", "含义", "使用该列的指标", "评分标准");
        foreach (var column in columns)
        {
            var field = column.Field;
            AddRow(styles.TextCell,
                column.Header,
                field?.Type ?? "文本",
                field?.Unit ?? string.Empty,
                field is { Choices.Count: > 0 } ? string.Join("、", field.Choices) : field?.Range ?? string.Empty,
                column.Meaning,
                field is null ? string.Empty : string.Join("、", field.Indicators),
                field?.Standard ?? string.Empty);
        }

        var widths = new Columns(
            new Column { Min = 1, Max = 1, Width = 24, CustomWidth = true },
            new Column { Min = 2, Max = 4, Width = 14, CustomWidth = true },
            new Column { Min = 5, Max = 6, Width = 36, CustomWidth = true },
            new Column { Min = 7, Max = 7, Width = 80, CustomWidth = true });
        return new Worksheet(widths, rows);
    }

    private static Worksheet ListWorksheet(List<(string[] Choices, string Range)> lists)
    {
        var rows = new SheetData();
        var longest = lists.Count == 0 ? 0 : lists.Max(list => list.Choices.Length);
        for (var r = 0; r < longest; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < lists.Count; c++)
            {
                if (r < lists[c].Choices.Length)
                {
                    row.Append(TextCell($"{CellReference.Column(c)}{r + 1}", lists[c].Choices[r], 0, 0));
                }
            }

            rows.Append(row);
        }

        return new Worksheet(rows);
    }

    /// <summary>A text cell as an inline string (never a formula), hidden characters shown, quote-prefixed where it starts like a formula.</summary>
    private static Cell TextCell(string reference, string text, uint style, uint quotedStyle)
    {
        var visible = VisibleText.Of(text);
        return new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(visible) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = SpreadsheetText.StartsLikeFormula(visible) ? quotedStyle : style,
        };
    }
}
