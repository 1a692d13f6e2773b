using System.Globalization;
using System.Text.Json;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Data;

/// <summary>
/// One element of a JSON data file as a record: strings as written, numbers as exact decimals in invariant text
/// (9.5E-1 is 0.95), true/false as 是/否, null as absent. Anything else is that record's error, not the file's.
/// </summary>
internal static class JsonRecord
{
    public static DataEntry Read(JsonElement element, string fallbackId, long ordinal)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new DataEntry.Unreadable(fallbackId, [RecordDiagnostics.UnreadableField(fallbackId, null, $"记录应是一个对象 {{…}}，而这里是{Describe(element.ValueKind)}")]);
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<(string? Field, string Message)>();
        string? id = null;
        foreach (var property in element.EnumerateObject())
        {
            if (Name(property) is not { } name)
            {
                problems.Add((null, $"字段 {property} 的名字含有不成对的 UTF-16 代理项转义，不是有效的文字"));
                continue;
            }

            if (!names.Add(name))
            {
                problems.Add((name, $"字段「{name}」在这条记录里出现了不止一次，不知该用哪个值"));
                continue;
            }

            var (text, problem) = Text(property.Value);
            if (problem is not null)
            {
                problems.Add((name, problem));
            }
            else if (DataFileReader.IsIdField(name))
            {
                id = text;
            }
            else if (text is not null)
            {
                fields[name] = text;
            }
        }

        return DataEntry.FromFields(id, fields, problems, fallbackId, ordinal);
    }

    /// <summary>A field's text as the evaluator reads it (null for JSON null), or why it has none.</summary>
    private static (string? Text, string? Problem) Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => String(value) is { } text
            ? (text, null)
            : (null, $"字段值 {value.GetRawText()} 含有不成对的 UTF-16 代理项转义（\\ud800–\\udfff 须成对出现），不是有效的文字"),
        JsonValueKind.Number => value.TryGetDecimal(out var number)
            ? (number.ToString(CultureInfo.InvariantCulture), null)
            : (null, $"数 {value.GetRawText()} 超出可计算的范围（绝对值须小于 7.9×10²⁸）"),
        JsonValueKind.True => ("是", null),
        JsonValueKind.False => ("否", null),
        JsonValueKind.Null => (null, null),
        _ => (null, $"字段值应是文字、数字或 true/false，而这里是{Describe(value.ValueKind)}"),
    };

    // System.Text.Json refuses to turn a lone surrogate escape ("\ud800") into a string; that is the record's fault.
    private static string? Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? String(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "一个对象 {…}",
        JsonValueKind.Array => "一个数组 […]",
        JsonValueKind.String => "一段文字",
        JsonValueKind.Number => "一个数",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };
}
