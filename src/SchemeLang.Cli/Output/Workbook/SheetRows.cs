using System.Globalization;
using System.Text;
using System.Xml;
using SchemeLang.Data;
using SchemeLang.Docs.Workbooks;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output.Workbook;

/// <summary>
/// The rows of one worksheet, written as SpreadsheetML <c>&lt;row&gt;</c> elements to a temporary file as the records
/// are scored (gone when closed, on a failure or a kill too), so a sheet of a million rows never sits in memory;
/// <see cref="WorkbookPackage"/> copies them into the workbook at the end. Text goes out only as inline string cells,
/// never as a formula: hidden characters shown (<see cref="VisibleText"/>), and a text a spreadsheet would read as a
/// formula (<see cref="SpreadsheetText.StartsLikeFormula"/>) gets Excel's quotePrefix style rather than an apostrophe in
/// its content, so the cell shows exactly the text. Numbers are numeric cells in one of <see cref="ResultStyles"/>.
/// A sheet holds at most Excel's 1,048,576 rows: what does not fit is counted and named in the sheet's last row.
/// </summary>
internal sealed class SheetRows : IDisposable
{
    /// <summary>Excel's rows per sheet.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Excel's characters per cell; a longer text is cut and ends with 「…」.</summary>
    public const int MaxCellText = 32_767;

    private static readonly XmlWriterSettings Settings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    private readonly FileStream _file;
    private readonly XmlWriter _xml;
    private readonly int _maxRows;
    private readonly List<string> _letters = [];
    private int _column;
    private string _row = string.Empty;
    private bool _inRow;

    /// <param name="maxRows">The rows the sheet may hold (Excel's limit; smaller in tests).</param>
    public SheetRows(string name, int maxRows = MaxRows)
    {
        Name = name;
        _maxRows = maxRows;
        var path = Path.Combine(Path.GetTempPath(), $"schemelang-sheet-{Guid.NewGuid():N}.tmp");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // Unlinked at once, the file lives only as long as the open handle: a process killed mid-run leaves nothing
            // behind (Windows deletes a DeleteOnClose file when the process ends, killed or not).
            File.Delete(path);
        }

        _xml = XmlWriter.Create(_file, Settings);
    }

    /// <summary>The sheet's name, as its tab shows it.</summary>
    public string Name { get; }

    /// <summary>Rows written so far; the number of the last one.</summary>
    public int Rows { get; private set; }

    /// <summary>Rows that did not fit.</summary>
    public long Omitted { get; private set; }

    /// <summary>
    /// Starts the next row, or returns false when the sheet is full (its last row is kept for the note on what did not
    /// fit): the caller then writes no cells.
    /// </summary>
    public bool BeginRow()
    {
        if (Rows >= _maxRows - 1)
        {
            Omitted++;
            return false;
        }

        StartRow();
        return true;
    }

    public void EndRow()
    {
        _xml.WriteEndElement();
        _inRow = false;
    }

    /// <summary>A text cell; an empty text leaves the cell empty.</summary>
    public void Text(string text, int style = ResultStyles.Default)
    {
        if (text.Length == 0)
        {
            _column++;
            return;
        }

        var visible = XmlSafe(VisibleText.Of(text));
        if (visible.Length > MaxCellText)
        {
            visible = visible[..(MaxCellText - 1)] + "…";
        }

        StartCell(SpreadsheetText.StartsLikeFormula(visible) ? ResultStyles.Quoted(style) : style);
        _xml.WriteAttributeString("t", "inlineStr");
        _xml.WriteStartElement("is");
        _xml.WriteStartElement("t");
        if (visible[0] is ' ' or '\t' or '\n' or '\r' || visible[^1] is ' ' or '\t' or '\n' or '\r')
        {
            _xml.WriteAttributeString("xml", "space", null, "preserve");
        }

        _xml.WriteString(visible);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A number cell, shown in <paramref name="style"/>'s number format.</summary>
    public void Number(decimal value, int style)
    {
        StartCell(style);
        _xml.WriteElementString("v", NumberText.Plain(value));
        _xml.WriteEndElement();
    }

    /// <summary>A number cell, or an empty cell when there is no value.</summary>
    public void Number(decimal? value, int style)
    {
        if (value is { } number)
        {
            Number(number, style);
        }
        else
        {
            _column++;
        }
    }

    /// <summary>Leaves the next cell empty.</summary>
    public void Skip() => _column++;

    /// <summary>
    /// The rows as UTF-8 bytes, copied to <paramref name="target"/> (a zip entry), after the note on what did not fit.
    /// </summary>
    public void CopyTo(Stream target)
    {
        if (_inRow)
        {
            EndRow();
        }

        if (Omitted > 0)
        {
            StartRow();
            Text($"本表已满（Excel 每张工作表最多 {MaxRows:N0} 行），另有 {Omitted:N0} 行未写入：请分批计分，或用 csv 格式输出。");
            EndRow();
        }

        _xml.Flush();
        _file.Position = 0;
        _file.CopyTo(target);
    }

    public void Dispose()
    {
        _xml.Dispose();
        _file.Dispose();
    }

    private void StartRow()
    {
        Rows++;
        _column = 0;
        _inRow = true;
        _row = Rows.ToString(CultureInfo.InvariantCulture);
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", _row);
    }

    private void StartCell(int style)
    {
        while (_letters.Count <= _column)
        {
            _letters.Add(CellReference.Column(_letters.Count));
        }

        _xml.WriteStartElement("c");
        _xml.WriteStartAttribute("r");
        _xml.WriteString(_letters[_column]);
        _xml.WriteString(_row);
        _xml.WriteEndAttribute();
        if (style != ResultStyles.Default)
        {
            _xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }

        _column++;
    }

    /// <summary>
    /// <paramref name="text"/> with the characters XML cannot carry (U+FFFE, U+FFFF; <see cref="VisibleText"/> has shown
    /// the rest already) shown as their code points too, so no record's text can stop the workbook being written.
    /// </summary>
    private static string XmlSafe(string text)
    {
        if (text.AsSpan().IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return text;
        }

        return text.Replace("\uFFFE", "<U+FFFE>", StringComparison.Ordinal).Replace("\uFFFF", "<U+FFFF>", StringComparison.Ordinal);
    }
}
