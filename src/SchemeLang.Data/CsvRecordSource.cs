using CsvHelper;
using SchemeLang.Diagnostics;

namespace SchemeLang.Data;

/// <summary>A CSV data file with a header row (one column "id"), read one row at a time.</summary>
internal sealed class CsvRecordSource : IRecordSource
{
    private static readonly CsvReaderOptions Options = new()
    {
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
        MaxRecordSize = CsvRowGuard.MaxRowBytes,
    };

    private readonly string _path;
    private readonly CsvReader _csv;
    private readonly string[] _header;
    private readonly CsvRowGuard _guard;

    /// <summary>A row read past a row too large to read that lies before it; returned after that row's error.</summary>
    private DataEntry? _held;
    private long _heldLine;

    private CsvRecordSource(string path, CsvReader csv, string[] header, CsvRowGuard guard) => (_path, _csv, _header, _guard) = (path, csv, header, guard);

    /// <summary>Reads the header row; null, with the problem, when it lacks the id column or names a column twice.</summary>
    public static CsvRecordSource? Open(string path, Stream utf8, out string problem)
    {
        var guard = new CsvRowGuard(utf8);
        var csv = CsvReader.Create(guard, Options, leaveOpen: false);
        try
        {
            var header = csv.Headers.Select(name => name.Trim()).ToArray();
            if (HeaderProblem(path, header) is not { } headerProblem)
            {
                problem = string.Empty;
                return new CsvRecordSource(path, csv, header, guard);
            }

            problem = headerProblem;
        }
        catch (CsvFormatException exception)
        {
            problem = $"CSV 数据文件「{path}」的表头（第 {exception.LineNumber} 行）引号不成对或过长";
        }

        csv.Dispose();
        return null;
    }

    /// <summary>The next row in file order; a row too large to read comes in its place, as its own unreadable record.</summary>
    public DataEntry? Next()
    {
        try
        {
            if (_held is null && _csv.Read())
            {
                (_held, _heldLine) = (ReadRow(), _csv.LineNumber);
            }
        }
        catch (CsvFormatException exception)
        {
            return new DataEntry.Stop($"CSV 数据文件「{_path}」第 {exception.LineNumber} 行起引号不成对，读取到此为止");
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

    private DataEntry ReadRow()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<(string? Field, string Message)>();
        string? id = null;
        if (_csv.FieldCount != _header.Length)
        {
            problems.Add((null, $"这一行有 {_csv.FieldCount} 个值，表头有 {_header.Length} 列；值中有「{_csv.Separator}」时须用英文双引号括起"));
        }

        for (var i = 0; i < Math.Min(_header.Length, _csv.FieldCount); i++)
        {
            var value = _csv.GetString(i).Trim();
            if (DataFileReader.IsIdField(_header[i]))
            {
                id = value;
            }
            else if (value.Length > 0)
            {
                fields[_header[i]] = value;
            }
        }

        return DataEntry.FromFields(id, fields, problems, $"第{_csv.LineNumber}行", _csv.LineNumber);
    }

    private static string? HeaderProblem(string path, string[] header)
    {
        if (header.Length == 0)
        {
            return $"CSV 数据文件「{path}」是空的，没有表头行";
        }

        var repeated = header.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => $"「{group.Key}」").ToArray();
        if (repeated.Length > 0)
        {
            return $"CSV 数据文件「{path}」的表头中 {string.Join("、", repeated)} 出现了不止一次，不知该用哪一列";
        }

        if (header.Count(DataFileReader.IsIdField) > 1)
        {
            return $"CSV 数据文件「{path}」的表头既有 id 列又有记录编号列，不知该用哪一列";
        }

        return header.Any(DataFileReader.IsIdField) ? null : $"CSV 数据文件「{path}」的表头缺少 id 列（或记录编号列；表头是：{string.Join(",", header)}）";
    }
}
