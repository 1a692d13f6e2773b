using CsvHelper;

namespace SchemeLang.Cli.Data;

/// <summary>A CSV data file with a header row (one column "id"), read one row at a time.</summary>
internal sealed class CsvRecordSource : IRecordSource
{
    /// <summary>An evaluation record is one short line; an unclosed quote must not make one record of the whole file.</summary>
    private const int MaxRecordBytes = 1 << 20;

    private static readonly CsvReaderOptions Options = new()
    {
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
        MaxRecordSize = MaxRecordBytes,
    };

    private readonly string _path;
    private readonly CsvReader _csv;
    private readonly string[] _header;

    private CsvRecordSource(string path, CsvReader csv, string[] header) => (_path, _csv, _header) = (path, csv, header);

    /// <summary>Reads the header row; null, with the problem, when it lacks the id column or names a column twice.</summary>
    public static CsvRecordSource? Open(string path, Stream utf8, out string problem)
    {
        var csv = CsvReader.Create(utf8, Options, leaveOpen: false);
        try
        {
            var header = csv.Headers.Select(name => name.Trim()).ToArray();
            if (HeaderProblem(path, header) is not { } headerProblem)
            {
                problem = string.Empty;
                return new CsvRecordSource(path, csv, header);
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

    public DataEntry? Next()
    {
        try
        {
            return _csv.Read() ? ReadRow() : null;
        }
        catch (CsvFormatException exception)
        {
            return new DataEntry.Stop($"CSV 数据文件「{_path}」第 {exception.LineNumber} 行起引号不成对，或一行超过 {MaxRecordBytes >> 20} MB，读取到此为止");
        }
        catch (IOException exception)
        {
            return new DataEntry.Stop($"读取数据文件「{_path}」时出错：{exception.Message}");
        }
    }

    public IReadOnlyList<string> Columns => _header;

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

        return DataEntry.FromFields(id, fields, problems, $"第{_csv.LineNumber}行");
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
