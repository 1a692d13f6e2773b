using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>
/// A leaf's 「其中」 rows that carry a value and no points (「其中 玉米种植面积 8亩」): the breakdown of the figure the leaf is
/// scored on, not scored parts. Each row is a record field keyed like a part (B21.玉米种植面积), in the row's unit; per
/// record the rows add up to the figure (SL5020), as a 约束 the compiler writes.
/// </summary>
public sealed partial class Binder
{
    private EquatableArray<BreakdownRow> BindBreakdown(IndicatorSyntax leaf, string key, BoundRule? rule, bool isLeaf)
    {
        if (leaf.Breakdown.Count == 0)
        {
            return EquatableArray<BreakdownRow>.Empty;
        }

        // The figure the leaf is scored on: its own 实际完成值, or the data item its rule reads.
        DataReference? figure = rule switch
        {
            BandRule band => band.Subject,
            StepRule step => step.Subject,
            ProportionalRule proportional => proportional.Subject,
            _ => null,
        };
        if (!isLeaf || figure is null || !_dataItems.TryGetValue(figure.Name, out var total))
        {
            _diagnostics.Add(DiagnosticCatalog.BreakdownWithoutFigure(At(leaf.Breakdown[0].Span), leaf.Name.Text));
            return EquatableArray<BreakdownRow>.Empty;
        }

        var totalName = total.Name == key ? $"{leaf.Name.Text}的{OwnValueName}" : total.Name;
        var names = new HashSet<string>(leaf.Parts.Select(part => part.Name.Text), StringComparer.Ordinal);
        var rows = new List<BreakdownRow>(leaf.Breakdown.Count);
        var sum = (BoundExpression?)null;
        foreach (var row in leaf.Breakdown)
        {
            var name = row.Name.Text;
            if (!names.Add(name))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateSiblingName(At(row.Name.Span), name, leaf.Name.Text));
                continue;
            }

            var item = RowItem($"{key}.{name}", row, total.Type);
            if (item.Dimension != total.Dimension)
            {
                _diagnostics.Add(DiagnosticCatalog.BreakdownUnit(At(row.Span), name, item.Dimension.ToString(), totalName, total.Dimension.ToString()));
                continue;
            }

            _dataItems[item.Name] = item;
            _breakdownRows.Add(item);
            rows.Add(new BreakdownRow(name, item.Name, row.Value.Text, row.Span));
            var reference = new DataReferenceExpression(item.Name, item.Dimension, row.Span);
            sum = sum is null ? reference : new BinaryExpression(sum, BinaryOperator.Add, reference, item.Dimension, row.Span);
        }

        if (sum is not null && rows.Count == leaf.Breakdown.Count)
        {
            var span = SourceSpan.FromBounds(leaf.Breakdown[0].Span.Start, leaf.Breakdown[^1].Span.End);
            var check = new BreakdownSum(
                leaf.Code is null ? leaf.Name.Text : $"{key} {leaf.Name.Text}",
                rows.Select(row => row.Key).ToEquatableArray(),
                total.Name,
                total.Type == DataTypeKind.Money ? string.Empty : total.Unit ?? string.Empty);
            _breakdownSums.Add(new DataConstraint(
                sum,
                ComparisonOperator.Equal,
                new DataReferenceExpression(total.Name, total.Dimension, figure.Span),
                string.Join(" + ", rows.Select(row => row.Name)),
                totalName,
                span,
                check));
        }

        return rows.ToEquatableArray();
    }

    /// <summary>
    /// The record field of one row, of the kind its written value is: 120万元 money in 万元; 8亩 a number in 亩, whole
    /// when the figure is (整数), as <paramref name="figure"/> says.
    /// </summary>
    private static DataItem RowItem(string key, BreakdownSyntax row, DataTypeKind figure)
    {
        var (type, unit, scale) = row.Value switch
        {
            { Unit: QuantityUnit.Yuan } money => (DataTypeKind.Money, MoneyUnit(money.Text), MoneyScale(MoneyUnit(money.Text))),
            { CountUnit: { } count } => (figure == DataTypeKind.Number ? DataTypeKind.Number : DataTypeKind.Count, count, 1m),
            _ => throw new System.Diagnostics.UnreachableException("a 其中 row's value is money or a number with its unit"),
        };
        return new DataItem(key, type, unit, scale, Interval.AtLeast(0m), false, null, null, row.Span, WrittenInRule: true);
    }
}
