using System.Globalization;
using SchemeLang.Binding;
using SchemeLang.Syntax;

namespace SchemeLang.Evaluation;

/// <summary>Reads a field's text as the value its slot expects; returns an error message in Chinese when it cannot.</summary>
internal static class ValueParser
{
    public static bool TryParseBoolean(string text, out bool value)
    {
        switch (text.Trim())
        {
            case "是" or "true" or "True" or "TRUE" or "1" or "符合" or "达到":
                value = true;
                return true;
            case "否" or "false" or "False" or "FALSE" or "0" or "不符合" or "未达到":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>A data item's number, normalised: percentages to ratios, money to yuan.</summary>
    public static bool TryParseNumber(DataItem item, string text, out decimal value, out string error)
    {
        var trimmed = Normalize(text);
        error = string.Empty;
        var scale = 1m;
        switch (item.Type)
        {
            case DataTypeKind.Percent when trimmed.EndsWith('%'):
                trimmed = trimmed[..^1];
                scale = 0.01m;
                break;
            case DataTypeKind.Money:
                (trimmed, scale) = trimmed switch
                {
                    _ when trimmed.EndsWith("万元", StringComparison.Ordinal) => (trimmed[..^2], 10_000m),
                    _ when trimmed.EndsWith("亿元", StringComparison.Ordinal) => (trimmed[..^2], 100_000_000m),
                    _ when trimmed.EndsWith('元') => (trimmed[..^1], 1m),
                    _ => (trimmed, item.Scale),
                };
                break;
            case DataTypeKind.Count or DataTypeKind.Number when item.Unit is { } unit && trimmed.EndsWith(unit, StringComparison.Ordinal):
                trimmed = trimmed[..^unit.Length];
                break;
        }

        if (!decimal.TryParse(trimmed.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            value = 0m;
            error = $"「{text}」不是{Describe(item)}";
            return false;
        }

        try
        {
            value = number * scale;
        }
        catch (OverflowException)
        {
            value = 0m;
            error = $"「{text}」太大，超出可计算的范围";
            return false;
        }

        if (item.Type == DataTypeKind.Count && value != decimal.Truncate(value))
        {
            error = $"「{text}」不是整数";
            return false;
        }

        return true;
    }

    public static bool TryParseCount(string text, out decimal value) =>
        decimal.TryParse(Normalize(text).TrimEnd('次', '例', '项', '个', '处'), NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= 0m;

    public static bool TryParseScore(string text, out decimal value) =>
        decimal.TryParse(Normalize(text).TrimEnd('分'), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    private static string Describe(DataItem item) => item.Type switch
    {
        DataTypeKind.Percent => "百分数（如 96.87% 或 0.9687）",
        DataTypeKind.Money => $"金额（如 117.42{item.Unit ?? "元"}）",
        DataTypeKind.Count => "整数",
        _ => "数值",
    };

    private static string Normalize(string text)
    {
        var chars = text.Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)('0' + (chars[i] - '\uFF10')),
                '％' => '%',
                '．' => '.',
                '－' => '-',
                _ => chars[i],
            };
        }

        return new string(chars).Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}
