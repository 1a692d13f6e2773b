using System.Diagnostics;
using SchemeLang.Diagnostics;

namespace SchemeLang.Runtime;

/// <summary>
/// Reads a record field's text as the value its input expects, the one way the interpreter and generated scorers
/// both read data; a value it cannot read gives that record's error.
/// </summary>
public static class InputValues
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

    /// <summary>
    /// A data item's number, normalised: percentages to ratios, money to the unit the item is declared in (117.42 for
    /// 「117.42万元」 or 「1174200元」 in a 万元 item; <see cref="InBaseUnit"/> makes yuan of it). A percentage carries
    /// its % unless the scheme (or the command line) declared how a bare number reads.
    /// </summary>
    public static RecordError? ParseNumber(NumberInput item, string text, PercentReading reading, string record, string field, out decimal value)
    {
        value = 0m;
        var normalized = DecimalText.Normalize(text);
        var scale = 1m;
        switch (item.Type)
        {
            case DataTypeKind.Percent when normalized.EndsWith('%'):
                normalized = normalized[..^1];
                scale = 0.01m;
                break;
            case DataTypeKind.Percent:
                scale = reading switch
                {
                    PercentReading.Ratio => 1m,
                    PercentReading.Percent => 0.01m,
                    _ => 0m,
                };
                break;
            case DataTypeKind.Money:
                (normalized, scale) = normalized switch
                {
                    _ when normalized.EndsWith("万元", StringComparison.Ordinal) => (normalized[..^2], 10_000m),
                    _ when normalized.EndsWith("亿元", StringComparison.Ordinal) => (normalized[..^2], 100_000_000m),
                    _ when normalized.EndsWith('元') => (normalized[..^1], 1m),
                    _ => (normalized, item.Scale),
                };
                // From the text's unit to the item's: × 1, 10⁴ or 10⁸ when the text's is larger, ÷ otherwise.
                scale /= item.Scale;
                break;
            case DataTypeKind.Count or DataTypeKind.Number when item.Unit is { } unit && CountUnits.TryStrip(normalized, unit, out var digits):
                normalized = digits;
                break;
        }

        if (item.Type == DataTypeKind.Percent && normalized.Contains(','))
        {
            // A percentage never needs a thousands separator: 「80,500%」 is 80.5% typed with a decimal comma, or a slip.
            return RecordDiagnostics.CommaInPercent(record, field, text);
        }

        switch (DecimalText.TryParse(normalized, out var number))
        {
            case DecimalText.Problem.None:
                break;
            case DecimalText.Problem.MisplacedComma:
                return RecordDiagnostics.MisplacedComma(record, field, text);
            case DecimalText.Problem.TooLarge:
                return RecordDiagnostics.NumberTooLarge(record, field, text);
            case DecimalText.Problem.NotANumber:
                return RecordDiagnostics.InvalidNumber(record, field, text, Describe(item));
            default:
                throw new UnreachableException("every DecimalText.Problem is handled above");
        }

        if (scale == 0m)
        {
            return RecordDiagnostics.PercentWithoutSign(record, field, text, number);
        }

        try
        {
            // An amount in a smaller unit than its item's (1174200元 in a 万元 item) is read as 117.42, not 117.4200.
            value = scale < 1m && item.Type == DataTypeKind.Money ? NumberText.WithoutTrailingZeros(number * scale) : number * scale;
            // The amount in yuan must be a decimal too: the rules compute in yuan.
            _ = InBaseUnit(item, value);
        }
        catch (OverflowException)
        {
            return RecordDiagnostics.NumberTooLarge(record, field, text);
        }

        if (item.Type == DataTypeKind.Money && scale < 1m && value / scale != number)
        {
            // 「0.0000000000000000000000001元」 in a 万元 item: decimal keeps 28 places, and 万元 needs 4 more than 元.
            return RecordDiagnostics.TooPreciseForUnit(record, field, text, item.Unit ?? "元");
        }

        return item.Type == DataTypeKind.Count && value != decimal.Truncate(value) ? RecordDiagnostics.NotAnInteger(record, field, text) : null;
    }

    /// <summary>
    /// A value as the rules compute with it: an amount in 万元 or 亿元 (as records and generated inputs hold it) in yuan,
    /// by the exact power of ten; any other value as it is. Both engines convert here, so they convert alike.
    /// </summary>
    /// <exception cref="OverflowException">The amount in yuan is beyond decimal.</exception>
    public static decimal InBaseUnit(NumberInput item, decimal value) =>
        item.Type == DataTypeKind.Money && item.Scale != 1m ? value * item.Scale : value;

    /// <summary>A whole count (「3」, 「3次」, 「3.0」), read as the integer itself (3, not 3.0): a count times a rule's points then has the points' decimals only.</summary>
    public static bool TryParseCount(string text, out decimal value)
    {
        var read = DecimalText.TryParse(DecimalText.Normalize(text).TrimEnd(CountWords), out value) == DecimalText.Problem.None
            && value >= 0m && value == decimal.Truncate(value);
        value = read ? decimal.Truncate(value) : value;
        return read;
    }

    /// <summary>The measure words a count may end in (「3次」, 「2项」); one array, not one per value read.</summary>
    private static readonly char[] CountWords = ['次', '例', '项', '个', '处'];

    public static bool TryParseScore(string text, out decimal value) =>
        DecimalText.TryParse(DecimalText.Normalize(text).TrimEnd('分'), out value) == DecimalText.Problem.None;

    private static string Describe(NumberInput item) => item.Type switch
    {
        DataTypeKind.Percent => "百分数（如 96.87%）",
        DataTypeKind.Money => $"金额（如 117.42{item.Unit ?? "元"}）",
        // A count in its unit: 「1户」 for an item counted in 次 says which unit it wants.
        DataTypeKind.Count => item.Unit is { } unit ? $"以「{unit}」计的整数（如 2{unit}，或只写 2）" : "整数",
        DataTypeKind.Number when item.Unit is { } unit => $"以「{unit}」计的数值（如 2.5{unit}，或只写 2.5）",
        DataTypeKind.Number or DataTypeKind.Boolean or DataTypeKind.Text => "数值",
        _ => throw new UnreachableException($"data type {item.Type}"),
    };
}

/// <summary>What a numeric data input is: its type, the unit it is declared in, and the factor to its base unit (万元 → 10000).</summary>
public readonly record struct NumberInput(DataTypeKind Type, string? Unit, decimal Scale);
