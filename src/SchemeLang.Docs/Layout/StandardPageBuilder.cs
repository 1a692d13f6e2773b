using System.Diagnostics;
using System.Globalization;
using SchemeLang.Binding;
using SchemeLang.Docs.Wording;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Layout;

/// <summary>The bound scheme laid out as the seed tables are: 一级 | 二级 | 三级 | 分值 | 评分标准, parents spanning their leaves.</summary>
public static class StandardPageBuilder
{
    private static readonly string[] LevelNames = ["一级指标", "二级指标", "三级指标", "四级指标", "五级指标", "六级指标"];

    public static StandardPage Build(BoundScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var levels = Math.Max(1, scheme.Indicators.Select(Height).DefaultIfEmpty(1).Max());
        var rows = new List<StandardRow>();
        foreach (var group in scheme.Indicators)
        {
            var pending = new List<IndicatorCell>();
            AddRows(group, level: 0, levels, scheme, pending, rows);
            if (!group.IsLeaf)
            {
                rows.Add(new StandardRow(RowKind.Subtotal, [new IndicatorCell(string.Empty, "小计", null, 1, levels, 0)], NumberText.Plain(group.Weight), string.Empty));
            }
        }

        rows.Add(new StandardRow(RowKind.Total, [new IndicatorCell(string.Empty, "合计", null, 1, levels, 0)], NumberText.Plain(scheme.Total), string.Empty));
        return new StandardPage(
            scheme.Title,
            scheme.Year?.ToString(CultureInfo.InvariantCulture),
            NumberText.Plain(scheme.Total),
            [.. Enumerable.Range(0, levels).Select(level => level < LevelNames.Length ? LevelNames[level] : $"{level + 1}级指标")],
            rows,
            [.. scheme.Grades.Select(grade => new GradeRow(grade.Name, RangeWording.Of(grade.Range, ValueFormat.Points)))],
            [.. scheme.DataItems.Select(DataItemRow)],
            [.. scheme.Vetoes.Select(veto => $"{veto.Text}：{(veto.Deduction is { } points ? $"总分扣{NumberText.Points(points)}" : "总分为零")}")]);
    }

    /// <summary>
    /// Depth-first: an indicator's cell waits in <paramref name="pending"/> for its first leaf's row, so each parent
    /// appears once, spanning as many rows as it has leaves.
    /// </summary>
    private static void AddRows(Indicator indicator, int level, int levels, BoundScheme scheme, List<IndicatorCell> pending, List<StandardRow> rows)
    {
        var code = indicator.Code ?? string.Empty;
        if (indicator.IsLeaf)
        {
            pending.Add(new IndicatorCell(code, indicator.Name, null, 1, levels - level, level));
            rows.Add(new StandardRow(RowKind.Leaf, [.. pending], NumberText.Plain(indicator.Weight), RuleWording.Of(indicator, scheme)));
            pending.Clear();
            return;
        }

        pending.Add(new IndicatorCell(code, indicator.Name, NumberText.Plain(indicator.Weight), LeafCount(indicator), 1, level));
        foreach (var child in indicator.Children)
        {
            AddRows(child, level + 1, levels, scheme, pending, rows);
        }
    }

    private static DataItemRow DataItemRow(DataItem item) => new(
        item.Name,
        item.Type switch
        {
            DataTypeKind.Percent => "百分比",
            DataTypeKind.Money => "金额",
            DataTypeKind.Count => "整数",
            DataTypeKind.Number => "数值",
            DataTypeKind.Boolean => "是否",
            DataTypeKind.Text => "文本",
            _ => throw new UnreachableException($"data type {item.Type}"),
        },
        item.Unit,
        item.Formula is { } formula ? $"{item.Name} = {FormulaWording.Of(formula)}" : null,
        item.ZeroFallback is { } fallback ? $"分母为 0 时取 {NumberText.Format(fallback, item.Format)}" : null,
        item.Domain is { Lower: null, Upper: null } ? null : RangeWording.Of(item.Domain, item.Format));

    private static int Height(Indicator indicator) => indicator.IsLeaf ? 1 : 1 + indicator.Children.Max(Height);

    private static int LeafCount(Indicator indicator) => indicator.IsLeaf ? 1 : indicator.Children.Sum(LeafCount);
}
