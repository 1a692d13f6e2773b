using System.Globalization;
using System.Text.Json;
using CsvHelper;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;

namespace SchemeLang.Cli.Data;

/// <summary>A data file's records, the records that could not even be read, or why the file as a whole is unreadable.</summary>
internal sealed record DataFile(IReadOnlyList<DataRecord> Records, IReadOnlyList<RecordError> Unreadable, string? FileError);

/// <summary>Reads evaluation data: a JSON array of objects, or a CSV file with a header row; each needs an "id".</summary>
internal static class DataFileReader
{
    public const string IdField = "id";

    public static DataFile Read(string path)
    {
        if (!File.Exists(path))
        {
            return new DataFile([], [], $"找不到数据文件「{path}」");
        }

        try
        {
            return Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path) : ReadJson(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new DataFile([], [], $"无法读取数据文件「{path}」：{exception.Message}");
        }
    }

    private static DataFile ReadJson(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            return new DataFile([], [], $"数据文件不是有效的 JSON（第 {exception.LineNumber + 1} 行）");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new DataFile([], [], "JSON 数据文件应是一个数组，每个元素是一条记录");
            }

            var records = new List<DataRecord>();
            var unreadable = new List<RecordError>();
            var ordinal = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                ordinal++;
                var fallbackId = $"第{ordinal}条";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    unreadable.Add(DiagnosticCatalog.UnreadableField(fallbackId, null, "记录应是一个对象"));
                    continue;
                }

                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                string? id = null;
                string? badField = null;
                foreach (var property in element.EnumerateObject())
                {
                    var text = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Number => property.Value.GetRawText(),
                        JsonValueKind.True => "是",
                        JsonValueKind.False => "否",
                        JsonValueKind.Null => null,
                        _ => "\0",
                    };
                    if (text == "\0")
                    {
                        badField ??= property.Name;
                        continue;
                    }

                    if (property.Name == IdField)
                    {
                        id = text;
                    }
                    else if (text is not null)
                    {
                        fields[property.Name] = text;
                    }
                }

                if (Validate(id, badField, fallbackId) is { } error)
                {
                    unreadable.Add(error);
                    continue;
                }

                records.Add(new DataRecord(id!, fields));
            }

            return new DataFile(records, unreadable, null);
        }
    }

    private static DataFile ReadCsv(string path)
    {
        using var text = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvDataReader(CsvReader.Create(text, new CsvReaderOptions(), leaveOpen: true), leaveOpen: false);
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToArray();
        if (!header.Contains(IdField))
        {
            return new DataFile([], [], "CSV 数据文件的表头缺少 id 列");
        }

        var records = new List<DataRecord>();
        var unreadable = new List<RecordError>();
        var ordinal = 0;
        while (csv.Read())
        {
            ordinal++;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            string? id = null;
            for (var i = 0; i < header.Length; i++)
            {
                var value = csv.IsDBNull(i) ? null : csv.GetString(i).Trim();
                if (header[i] == IdField)
                {
                    id = value;
                }
                else if (!string.IsNullOrWhiteSpace(value))
                {
                    fields[header[i]] = value;
                }
            }

            if (Validate(id, null, $"第{ordinal}行") is { } error)
            {
                unreadable.Add(error);
                continue;
            }

            records.Add(new DataRecord(id!, fields));
        }

        return new DataFile(records, unreadable, null);
    }

    private static RecordError? Validate(string? id, string? badField, string fallbackId)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return DiagnosticCatalog.MissingId(fallbackId);
        }

        return badField is null ? null : DiagnosticCatalog.UnreadableField(id, badField, "字段值应是文字、数字或 true/false");
    }
}
