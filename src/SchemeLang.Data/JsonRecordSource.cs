using System.Text.Json;
using SchemeLang.Diagnostics;

namespace SchemeLang.Data;

/// <summary>
/// A JSON data file, an array of records, read one element at a time. Its columns are the first record's fields, read
/// ahead when first asked for, so that a record's 项目名称 reaches a CSV or workbook column as it does from a table.
/// </summary>
internal sealed class JsonRecordSource : IRecordSource
{
    private readonly string _path;
    private readonly Stream _utf8;
    private readonly JsonArrayReader _array;
    private int _ordinal;
    private IReadOnlyList<string>? _columns;
    private bool _holding;
    private DataEntry? _held;

    private JsonRecordSource(string path, Stream utf8, JsonArrayReader array) => (_path, _utf8, _array) = (path, utf8, array);

    /// <summary>Reads up to the array's opening bracket; null, with the problem, when the document does not start one.</summary>
    public static JsonRecordSource? Open(string path, Stream utf8, out string problem)
    {
        var array = new JsonArrayReader(utf8);
        try
        {
            if (array.ReadStart() == JsonTokenType.StartArray)
            {
                problem = string.Empty;
                return new JsonRecordSource(path, utf8, array);
            }

            problem = $"JSON 数据文件「{path}」应是一个数组（以 [ 开头），每个元素是一条记录";
        }
        catch (JsonException exception)
        {
            problem = $"数据文件「{path}」不是有效的 JSON（第 {Line(exception)} 行）";
        }

        return null;
    }

    public IReadOnlyList<string> Columns => _columns ??= ReadAhead() is DataEntry.Readable readable ? [.. readable.Record.Fields.Keys] : [];

    public DataEntry? Next()
    {
        if (_holding)
        {
            _holding = false;
            return _held;
        }

        return Read();
    }

    /// <summary>The next entry, kept for <see cref="Next"/> to return.</summary>
    private DataEntry? ReadAhead()
    {
        (_held, _holding) = (Read(), true);
        return _held;
    }

    private DataEntry? Read()
    {
        try
        {
            if (_array.ReadElement() is not { } element)
            {
                return null;
            }

            var fallbackId = $"第{++_ordinal}条";
            return element.Element is { } value
                ? JsonRecord.Read(value, fallbackId, _ordinal)
                : new DataEntry.Unreadable(fallbackId, [RecordDiagnostics.RecordTooLarge(fallbackId, $"第 {element.Line} 行起的这条记录超过 {JsonArrayReader.MaxElementBytes >> 20} MB")]);
        }
        catch (JsonException exception)
        {
            return new DataEntry.Stop($"数据文件「{_path}」第 {Line(exception)} 行不是有效的 JSON，读取到此为止（此前的 {_ordinal} 条记录已读）");
        }
        catch (IOException exception)
        {
            return new DataEntry.Stop($"读取数据文件「{_path}」时出错：{exception.Message}");
        }
    }

    public void Dispose() => _utf8.Dispose();

    private static long Line(JsonException exception) => (exception.LineNumber ?? 0) + 1;
}
