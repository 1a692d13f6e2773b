using CsvHelper;
using SchemeLang.Diagnostics;

namespace SchemeLang.Data;

/// <summary>
/// A CSV or tab-separated data file (Excel's 「CSV」 and 「Unicode 文本」), read one row at a time: title rows above the
/// header row are passed over (<see cref="HeaderRow"/>), and so are blank rows and 合计 rows.
/// </summary>
internal sealed class CsvRecordSource : IRecordSource
{
    private static readonly CsvReaderOptions CommaOptions = OptionsFor(',');
    private static readonly CsvReaderOptions TabOptions = OptionsFor('\t');

    private readonly string _path;
    private readonly CsvReader _csv;
    private readonly string[] _header;
    private readonly int _idColumn;
    private readonly CsvRowGuard _guard;

    /// <summary>A row read past a row too large to read that lies before it; returned after that row's error.</summary>
    private DataEntry? _held;
    private long _heldLine;

    private CsvRecordSource(string path, CsvReader csv, string[] header, CsvRowGuard guard)
    {
        (_path, _csv, _header, _guard) = (path, csv, header, guard);
        _idColumn = Array.FindIndex(header, DataFileReader.IsIdField);
    }

    /// <summary>How the file is named in messages: 「CSV 数据文件」 or 「制表符分隔的数据文件」.</summary>
    public static string Kind(char separator) => separator == '\t' ? "制表符分隔的数据文件" : "CSV 数据文件";

    /// <summary>Reads down to the header row; null, with the problem, when there is none, it lacks the id column or names a column twice.</summary>
    public static CsvRecordSource? Open(string path, Stream utf8, char separator, DataReadOptions options, out string problem)
    {
        var guard = new CsvRowGuard(utf8);
        var csv = CsvReader.Create(guard, separator == '\t' ? TabOptions : CommaOptions, leaveOpen: false);
        var kind = Kind(separator);
        try
        {
            var (ordinal, isHeader, header) = (0, false, Array.Empty<string>());
            while (!isHeader && csv.Read())
            {
                header = [.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim())];
                if (HeaderRow.Decide(header, csv.LineNumber, ++ordinal, options, out isHeader) && !isHeader)
                {
                    break;
                }
            }

            problem = ordinal == 0 ? $"{kind}「{path}」是空的，没有表头行"
                : !isHeader ? $"{kind}「{path}」{HeaderRow.NotFound(options)}"
                : HeaderProblem($"{kind}「{path}」", header) ?? string.Empty;
            if (problem.Length == 0)
            {
                return new CsvRecordSource(path, csv, header, guard);
            }
        }
        catch (CsvFormatException exception)
        {
            problem = $"{kind}「{path}」的表头（第 {exception.LineNumber} 行）引号不成对或过长";
        }

        csv.Dispose();
        return null;
    }

    /// <summary>The next row in file order; a row too large to read comes in its place, as its own unreadable record.</summary>
    public DataEntry? Next()
    {
        try
        {
            while (_held is null && _csv.Read())
            {
                (_held, _heldLine) = (ReadRow(), _csv.LineNumber);
            }
        }
        catch (CsvFormatException exception)
        {
            return new DataEntry.Stop($"{Kind(_csv.Separator)}「{_path}」第 {exception.LineNumber} 行起引号不成对，读取到此为止");
        }
        catch (IOException exception)
        {
            return new DataEntry.Stop($"读取数据文件「{_path}」时出错：{exception.Message}");
        }

        if (_guard.Skipped.TryPeek(out var skipped) && (_held is null || skipped < _heldLine))
        {
            _guard.Skipped.Dequeue();
            var id = $"第{skipped}行";
            return new DataEntry.Unreadable(id, [RecordDiagnostics.RecordTooLarge(id, $"第 {skipped} 行起的这一行超过 {CsvRowGuard.MaxRowBytes >> 20} MB（或其中的引号不成对）")]);
        }

        var next = _held;
        _held = null;
        return next;
    }

    public IReadOnlyList<string> Columns => _header;

    public string Place(long row) => $"第 {row} 行";

    public void Dispose() => _csv.Dispose();

    /// <summary>The row as a record; null for a blank row or a 合计 row, which are passed over.</summary>
    private DataEntry? ReadRow()
    {
        var fields = new Dictionary<string, string>(_header.Length, StringComparer.Ordinal);
        IReadOnlyList<(string? Field, string Message)> problems = _csv.FieldCount == _header.Length
            ? []
            : [(null, $"这一行有 {_csv.FieldCount} 个值，表头有 {_header.Length} 列；值中有「{Separator}」时须用英文双引号括起")];
        string? id = null;
        var blank = true;
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            var value = _csv.GetString(i).Trim();
            blank &= value.Length == 0;
            if (i >= _header.Length || _header[i].Length == 0)
            {
                continue;
            }

            if (i == _idColumn)
            {
                id = value;
            }
            else if (value.Length > 0)
            {
                fields[_header[i]] = value;
            }
        }

        if (blank || HeaderRow.IsTotal(id, _csv.FieldCount > 0 ? _csv.GetString(0) : null))
        {
            return null;
        }

        return DataEntry.FromFields(id, fields, problems, id is { Length: > 0 } ? string.Empty : $"第{_csv.LineNumber}行", _csv.LineNumber);
    }

    private string Separator => _csv.Separator == '\t' ? "制表符" : _csv.Separator.ToString();

    /// <summary>The header's problem, after <paramref name="file"/> (the words naming the file); blank columns are no names.</summary>
    private static string? HeaderProblem(string file, string[] header)
    {
        var repeated = header.Where(name => name.Length > 0).GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => $"「{group.Key}」").ToArray();
        if (repeated.Length > 0)
        {
            return $"{file}的表头中 {string.Join("、", repeated)} 出现了不止一次，不知该用哪一列";
        }

        if (header.Count(DataFileReader.IsIdField) > 1)
        {
            return $"{file}的表头既有 id 列又有记录编号列，不知该用哪一列";
        }

        return header.Any(DataFileReader.IsIdField) ? null : $"{file}的表头缺少 id 列（或记录编号列；表头是：{string.Join(",", header)}）";
    }

    private static CsvReaderOptions OptionsFor(char separator) => new()
    {
        Separator = separator,
        HasHeader = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
        MaxRecordSize = CsvRowGuard.MaxRowBytes,

        // A column of 是/否, a level's names or a constant repeats its few values on every row: one string each.
        PoolStrings = true,
    };
}
