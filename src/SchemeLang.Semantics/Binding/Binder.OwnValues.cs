using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>
/// A leaf's own 实际完成值: the national 自评表 puts 指标值 「≥30个」 and 实际完成值 side by side and names no data item,
/// so 「≥ 30个 得满分，否则不得分」 under A11 reads a record field keyed A11, of the kind its threshold is written in.
/// </summary>
public sealed partial class Binder
{
    /// <summary>The display name of such a value, in rules and explanations.</summary>
    public const string OwnValueName = "实际完成值";

    private DataItem? OwnValue(string? owner, BoundSyntax threshold, string ruleName)
    {
        if (owner is null)
        {
            throw new System.Diagnostics.UnreachableException("a rule is bound for a leaf or a part, whose key is its own value's field");
        }

        if (_dataSyntax.ContainsKey(owner) || _dataItems.ContainsKey(owner))
        {
            // A leaf named as a data item is (满意度 under 满意度): its value is that item, bound as a named subject is.
            return BindSubject(new NameSyntax(owner, threshold.Span), ruleName);
        }

        var written = threshold switch
        {
            QuantityBoundSyntax quantity => quantity.Value,
            NameBoundSyntax name => _targets.GetValueOrDefault(name.Name.Text),
            _ => null,
        };
        var (type, unit, scale) = written switch
        {
            { Unit: QuantityUnit.Percent } => (DataTypeKind.Percent, "%", 1m),
            { Unit: QuantityUnit.Yuan } money => (DataTypeKind.Money, MoneyUnit(money.Text), MoneyScale(MoneyUnit(money.Text))),
            { CountUnit: { } count } => (DataTypeKind.Count, count, 1m),
            _ => (DataTypeKind.Number, (string?)null, 1m),
        };
        var item = new DataItem(owner, type, unit, scale, type == DataTypeKind.Number ? Interval.All : Interval.AtLeast(0m), false, null, null, threshold.Span, WrittenInRule: true);
        _dataItems[owner] = item;
        _ownValues.Add(item);
        return item;
    }

    private static string MoneyUnit(string text) => text.EndsWith("亿元", StringComparison.Ordinal) ? "亿元" : text.EndsWith("万元", StringComparison.Ordinal) ? "万元" : "元";
}
