using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SchemeLang.Docs.Layout;

namespace SchemeLang.Docs.Workbooks;

/// <summary>
/// The template's cell styles: a bold wrapped header (and the same with Excel's quote prefix, for a header that starts
/// like a formula), and per kind of column the number format a typed value gets — percent columns as 0.00% so a typed
/// 95% is the unambiguous ratio 0.95, money as #,##0.00 with its unit shown, counts as whole numbers, text as text (so
/// 001 stays 001).
/// </summary>
internal sealed class WorkbookStyles
{
    // Excel's built-in number formats.
    private const uint General = 0;
    private const uint Whole = 1;
    private const uint TwoPlaces = 2;
    private const uint Percent = 10;
    private const uint Text = 49;
    private const uint FirstCustomFormat = 164;

    private readonly List<CellFormat> _formats = [];
    private readonly List<NumberingFormat> _customFormats = [];
    private readonly Dictionary<string, uint> _byKey = new(StringComparer.Ordinal);

    public WorkbookStyles()
    {
        Add("default", General, bold: false);
        Header = Add("header", General, bold: true);
        QuotedHeader = Add("header-quoted", General, bold: true, quotePrefix: true);
        TextCell = Add("text", Text, bold: false);
        QuotedText = Add("text-quoted", Text, bold: false, quotePrefix: true);
    }

    public uint Header { get; }

    public uint QuotedHeader { get; }

    public uint TextCell { get; }

    public uint QuotedText { get; }

    /// <summary>The style a column's data cells take.</summary>
    public uint ForColumn(TemplateColumn column) => column.Field switch
    {
        null => TextCell,
        { Kind: RecordFieldKind.Percent } => Add("percent", Percent, bold: false),
        { Kind: RecordFieldKind.Money, Unit: var unit } => Add("money:" + unit, Custom($"#,##0.00\"{unit ?? "元"}\""), bold: false),
        { Kind: RecordFieldKind.Count } => Add("count", Whole, bold: false),
        { Kind: RecordFieldKind.Score } => Add("score", TwoPlaces, bold: false),
        { Kind: RecordFieldKind.Number } => Add("number", General, bold: false),
        { Kind: RecordFieldKind.Boolean or RecordFieldKind.Level or RecordFieldKind.Reason or RecordFieldKind.Text } => TextCell,
        _ => throw new System.Diagnostics.UnreachableException($"record field kind {column.Field.Kind}"),
    };

    public Stylesheet Stylesheet()
    {
        var numberingFormats = new NumberingFormats(_customFormats.Select(format => (NumberingFormat)format.CloneNode(true))) { Count = (uint)_customFormats.Count };
        return new Stylesheet(
            numberingFormats,
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(_formats.Select(format => (CellFormat)format.CloneNode(true))) { Count = (uint)_formats.Count });
    }

    private uint Custom(string code)
    {
        if (_customFormats.FirstOrDefault(format => format.FormatCode?.Value == code) is { } existing)
        {
            return existing.NumberFormatId!.Value;
        }

        var id = FirstCustomFormat + (uint)_customFormats.Count;
        _customFormats.Add(new NumberingFormat { NumberFormatId = id, FormatCode = code });
        return id;
    }

    private uint Add(string key, uint numberFormat, bool bold, bool quotePrefix = false)
    {
        if (_byKey.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = bold ? 1u : 0u,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != General,
            ApplyFont = bold,
        };
        if (bold)
        {
            format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center });
            format.ApplyAlignment = true;
        }

        if (quotePrefix)
        {
            format.QuotePrefix = true;
        }

        _formats.Add(format);
        var index = (uint)(_formats.Count - 1);
        _byKey[key] = index;
        return index;
    }
}
