using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SchemeLang.Docs.Layout;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Workbooks;

/// <summary>
/// What a spreadsheet checks as the evaluator types: 是/否 and a level's names from lists kept on the hidden 选项
/// sheet (a list is never written inline from scheme names, which could hold commas or quotes), whole numbers ≥ 0
/// for counts, numbers within the declared range (a percentage as its ratio), each with an input message naming the
/// indicators that read the column. A header cell carries the column's note the same way: Excel shows an input
/// message when the cell is selected, with no drawing part to go stale. Excel caps a title at 32 characters and a
/// message at 255; the full standard is on the 说明 sheet.
/// </summary>
internal static class TemplateValidation
{
    private const int TitleLimit = 32;
    private const int MessageLimit = 255;

    public static DataValidation HeaderNote(string cell, TemplateColumn column) =>
        Prompt(new DataValidation { SequenceOfReferences = References(cell) }, column.Header, Note(column));

    /// <summary>The check on a column's data cells, or null for a column that takes any text.</summary>
    public static DataValidation? ForData(string range, TemplateColumn column, string? listRange)
    {
        if (column.Field is not { } field)
        {
            return null;
        }

        var validation = field.Kind switch
        {
            RecordFieldKind.Boolean or RecordFieldKind.Level when listRange is not null => new DataValidation
            {
                Type = DataValidationValues.List,
                Formula1 = new Formula1(listRange),
                Error = field.Kind == RecordFieldKind.Boolean ? "请填「是」或「否」" : "请从列表中选择等次",
            },
            RecordFieldKind.Count => new DataValidation
            {
                Type = DataValidationValues.Whole,
                Operator = DataValidationOperatorValues.GreaterThanOrEqual,
                Formula1 = new Formula1("0"),
                Error = "请填不小于 0 的整数",
            },
            RecordFieldKind.Percent or RecordFieldKind.Money or RecordFieldKind.Number or RecordFieldKind.Score when field.Domain is { } domain && (domain.Lower is not null || domain.Upper is not null) =>
                Within(FirstCell(range), domain, $"请填{field.Range}的数"),
            _ => null,
        };
        if (validation is null)
        {
            return null;
        }

        validation.SequenceOfReferences = References(range);
        validation.AllowBlank = true;
        validation.ShowErrorMessage = true;
        validation.ErrorTitle = Cut(column.Header, TitleLimit);
        validation.Error = Cut(validation.Error?.Value ?? string.Empty, MessageLimit);
        return Prompt(validation, column.Header, Note(column));
    }

    /// <summary>
    /// A closed range is Excel's own between (both ends included); an open end needs a formula, so a value on it is
    /// refused as <c>score</c> would refuse it.
    /// </summary>
    private static DataValidation Within(string cell, Interval domain, string error)
    {
        if (domain is { Lower: { } low, Upper: { } high, LowerClosed: true, UpperClosed: true })
        {
            return new DataValidation { Type = DataValidationValues.Decimal, Operator = DataValidationOperatorValues.Between, Formula1 = new Formula1(Number(low)), Formula2 = new Formula2(Number(high)), Error = error };
        }

        var tests = new List<string> { $"ISNUMBER({cell})" };
        if (domain.Lower is { } lower)
        {
            tests.Add($"{cell}{(domain.LowerClosed ? ">=" : ">")}{Number(lower)}");
        }

        if (domain.Upper is { } upper)
        {
            tests.Add($"{cell}{(domain.UpperClosed ? "<=" : "<")}{Number(upper)}");
        }

        return new DataValidation { Type = DataValidationValues.Custom, Formula1 = new Formula1($"AND({string.Join(",", tests)})"), Error = error };
    }

    private static DataValidation Prompt(DataValidation validation, string title, string message)
    {
        validation.ShowInputMessage = true;
        validation.PromptTitle = Cut(VisibleText.Of(title), TitleLimit);
        validation.Prompt = Cut(VisibleText.Of(message), MessageLimit);
        return validation;
    }

    /// <summary>Type, unit, range and the indicators that read the column, as short as a note must be.</summary>
    public static string Note(TemplateColumn column)
    {
        if (column.Field is not { } field)
        {
            return column.Meaning;
        }

        var parts = new List<string> { field.Meaning, $"类型：{field.Type}{(field.Unit is { } unit ? $"（{unit}）" : string.Empty)}" };
        if (field.Range is { } range)
        {
            parts.Add($"范围：{range}");
        }

        if (field.Choices.Count > 0)
        {
            parts.Add($"可填：{string.Join("、", field.Choices)}");
        }

        if (field.Indicators.Count > 0)
        {
            parts.Add($"指标：{string.Join("、", field.Indicators)}");
        }

        parts.Add($"标准：{field.Standard}");
        return string.Join("\n", parts);
    }

    private static ListValue<StringValue> References(string range) => new() { InnerText = range };

    private static string FirstCell(string range) => range[..range.IndexOf(':', StringComparison.Ordinal)];

    private static string Number(decimal value) => NumberText.Plain(value);

    /// <summary>At most <paramref name="limit"/> characters, never splitting a surrogate pair.</summary>
    private static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var end = limit - 1;
        return text[..(char.IsHighSurrogate(text[end - 1]) ? end - 1 : end)] + "…";
    }
}
