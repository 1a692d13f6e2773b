using SchemeLang.Binding;
using SchemeLang.Docs.Wording;
using SchemeLang.Runtime;
using SchemeLang.Wording;

namespace SchemeLang.Docs.Layout;

/// <summary>
/// The bound scheme laid out as the seed tables are: 一级 | 二级 | 三级 | 分值 | 评分标准, parents spanning their leaves,
/// a 小计 per 一级 and the 合计; with a record's result, each row also gets its 得分, 得分率 and explanation.
/// </summary>
public static class IndicatorTableBuilder
{
    private static readonly string[] LevelNames = ["一级指标", "二级指标", "三级指标", "四级指标", "五级指标", "六级指标"];

    /// <summary>The 评分标准 table: written weights and rules.</summary>
    public static IndicatorTable Standard(BoundScheme scheme) => Build(scheme, record: null);

    /// <summary>The table with <paramref name="record"/>'s scores: each weight as scored (after any redistribution).</summary>
    public static IndicatorTable Scored(BoundScheme scheme, RecordResult record) => Build(scheme, record);

    private static IndicatorTable Build(BoundScheme scheme, RecordResult? record)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var results = record?.Indicators.ToDictionary(indicator => indicator.Key, StringComparer.Ordinal);
        var levels = Math.Max(1, scheme.Indicators.Select(Height).DefaultIfEmpty(1).Max());
        var rows = new List<StandardRow>();
        // Bonus groups (加分项) come last, apart from the groups that make up 总分.
        foreach (var group in scheme.Indicators.OrderBy(group => group.IsBonus))
        {
            var pending = new List<IndicatorCell>();
            AddRows(group, level: 0, levels, scheme, results, pending, rows);
            if (!group.IsLeaf)
            {
                var result = results?[group.Key];
                rows.Add(new StandardRow(
                    RowKind.Subtotal,
                    [new IndicatorCell(string.Empty, group.IsBonus ? "加分小计" : "小计", null, 1, levels, 0)],
                    NumberText.Plain(result?.Weight ?? group.Weight),
                    string.Empty,
                    result is { } subtotal ? new RowScore(NumberText.Plain(subtotal.Score), ScoreWording.Rate(subtotal.Score, subtotal.Weight), string.Empty) : null));
            }
        }

        rows.Add(new StandardRow(
            RowKind.Total,
            [new IndicatorCell(string.Empty, "合计", null, 1, levels, 0)],
            scheme.BonusPoints > 0m ? $"{NumberText.Plain(scheme.Total)}（另加分{NumberText.Plain(scheme.BonusPoints)}）" : NumberText.Plain(scheme.Total),
            string.Empty,
            record?.Total is { } total ? new RowScore(NumberText.Plain(total), ScoreWording.Rate(total, scheme.Total), ScoreWording.Total(record)) : null));
        return new IndicatorTable([.. Enumerable.Range(0, levels).Select(LevelName)], rows, record is not null, rows.Any(row => row.Targets.Length > 0));
    }

    /// <summary>
    /// Depth-first: an indicator's cell waits in <paramref name="pending"/> for its first leaf's row, so each parent
    /// appears once, spanning as many rows as it has leaves.
    /// </summary>
    private static void AddRows(
        Indicator indicator, int level, int levels, BoundScheme scheme, Dictionary<string, IndicatorResult>? results, List<IndicatorCell> pending, List<StandardRow> rows)
    {
        var code = indicator.Code ?? string.Empty;
        var result = results?[indicator.Key];
        var weight = NumberText.Plain(result?.Weight ?? indicator.Weight);
        if (indicator.IsLeaf)
        {
            pending.Add(new IndicatorCell(code, indicator.Name, null, 1, levels - level, level));
            var scored = result is { } scoredResult ? new RowScore(NumberText.Plain(scoredResult.Score), ScoreWording.Rate(scoredResult.Score, scoredResult.Weight), scoredResult.Explanation) : null;
            rows.Add(new StandardRow(RowKind.Leaf, [.. pending], weight, RuleWording.Of(indicator, scheme), scored, RuleWording.Targets(indicator, scheme)));
            pending.Clear();
            return;
        }

        if (indicator.IsEmptyGroup)
        {
            // A group with no indicators this year still has its row, so the page shows the whole framework.
            pending.Add(new IndicatorCell(code, indicator.Name, null, 1, levels - level, level));
            var empty = result is { } scoredResult ? new RowScore(NumberText.Plain(scoredResult.Score), ScoreWording.Rate(scoredResult.Score, scoredResult.Weight), scoredResult.Explanation) : null;
            rows.Add(new StandardRow(RowKind.Leaf, [.. pending], weight, Explanations.EmptyGroup, empty));
            pending.Clear();
            return;
        }

        pending.Add(new IndicatorCell(code, indicator.Name, weight, LeafCount(indicator), 1, level, result is { } parent ? NumberText.Plain(parent.Score) : null));
        foreach (var child in indicator.Children)
        {
            AddRows(child, level + 1, levels, scheme, results, pending, rows);
        }
    }

    private static string LevelName(int level) => level < LevelNames.Length ? LevelNames[level] : $"{level + 1}级指标";

    private static int Height(Indicator indicator) => indicator.Children.Count == 0 ? 1 : 1 + indicator.Children.Max(Height);

    /// <summary>The rows an indicator spans: one per leaf or empty group under it.</summary>
    private static int LeafCount(Indicator indicator) => indicator.IsLeaf || indicator.IsEmptyGroup ? 1 : indicator.Children.Sum(LeafCount);
}
