using CsCheck;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>
/// A 「其中」 row with a value and no points (Wordings.Breakdown): part of the figure the leaf's rule reads, not a scored
/// part. Its record field is 「指标键.名称」; per record the rows add up to the figure, or the record is refused (SL5020).
/// </summary>
/// <param name="Value">The value as the row writes it: 「120万元」, 「8次」.</param>
/// <param name="Form">How the row is spelled: 「其中 名称 值」, 「其中：名称 值」, 「其中名称值」 or 「其中: 名称 值」 with a space before the unit.</param>
public sealed record BreakdownRowModel(string Name, string Value, int Form)
{
    public string Line => Form switch
    {
        0 => $"其中 {Name} {Value}",
        1 => $"其中：{Name} {Value}",
        2 => $"其中{Name}{Value}",
        _ => $"其中: {Name} {SpacedUnit(Value)}",
    };

    /// <summary>The key of the row's field under its leaf's key.</summary>
    public static string Key(string leafKey, BreakdownRowModel row) => $"{leafKey}.{row.Name}";

    /// <summary>
    /// <paramref name="total"/> (in the figure's base unit: yuan, or a count) split into <paramref name="count"/> rows
    /// that add up to it exactly: whole shares, the remainder (and any fraction) on the last row.
    /// </summary>
    public static decimal[] Split(decimal total, int count)
    {
        var share = decimal.Floor(total / count);
        return [.. Enumerable.Repeat(share, count - 1), total - (share * (count - 1))];
    }

    private static string SpacedUnit(string value)
    {
        var digits = value.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').Count();
        return value[..digits] + " " + value[digits..];
    }
}

// 「其中」 rows under a leaf whose rule reads a count or an amount.
public static partial class SchemeGen
{
    private static readonly string[] MoneyRows = ["中央资金", "省级资金", "市县资金"];
    private static readonly string[] CountRows = ["城镇", "农村", "其他地区"];

    /// <summary>None, or (one time in three) 2–3 rows breaking down the count or amount a band or step rule reads.</summary>
    private static Gen<IReadOnlyList<BreakdownRowModel>?> Breakdown(RuleModel rule, Wordings wordings)
    {
        if (!wordings.HasFlag(Wordings.Breakdown) || rule is not (BandRuleModel or StepRuleModel) || rule.Subject is not { Kind: SubjectKind.Count or SubjectKind.Money } subject)
        {
            return Gen.Const((IReadOnlyList<BreakdownRowModel>?)null);
        }

        var names = subject.Kind == SubjectKind.Money ? MoneyRows : CountRows;
        var rows =
            from count in Gen.Int[2, 3]
            from values in Gen.Int[1, 200].Array[count]
            from forms in Gen.Int[0, 3].Array[count]
            from unit in Gen.OneOf("万元", "元")
            select (IReadOnlyList<BreakdownRowModel>?)[.. Enumerable.Range(0, count).Select(i => new BreakdownRowModel(
                names[i],
                subject.Kind == SubjectKind.Money ? $"{values[i]}{unit}" : $"{values[i]}{subject.Unit}",
                forms[i]))];
        return Gen.Frequency((2, Gen.Const((IReadOnlyList<BreakdownRowModel>?)null)), (1, rows));
    }
}
