using SchemeLang.Binding;
using SchemeLang.Docs.Wording;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Layout;

/// <summary>
/// The summary of a batch, gathered one result at a time: per 一级 and 二级 indicator a count, a sum, a lowest and a
/// highest 得分率, and the same for 总分 — a few numbers per indicator whatever the batch's length, never the results
/// themselves. All arithmetic is decimal; the mean is worded only in <see cref="Build"/>.
/// </summary>
public sealed class BatchSummaryBuilder
{
    private readonly BoundScheme _scheme;
    private readonly Tracked[] _tracked;
    private DecimalSpread _totals;

    public BatchSummaryBuilder(BoundScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        _scheme = scheme;
        Counts = new BatchCounts(scheme);
        // A result lists its indicators in the scheme's pre-order: each tracked one remembers where to look first.
        var positions = scheme.AllIndicators.Select((indicator, position) => (indicator.Key, position)).ToDictionary(pair => pair.Key, pair => pair.position, StringComparer.Ordinal);
        _tracked =
        [
            .. scheme.Indicators.Select(first => new Tracked(first, null, positions[first.Key])),
            .. scheme.Indicators.SelectMany(first => first.Children.Select(second => new Tracked(second, first, positions[second.Key]))),
        ];
    }

    public BatchCounts Counts { get; }

    public void Add(RecordResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Counts.Add(result);
        if (result.Total is not { } total)
        {
            return;
        }

        _totals.Add(total);
        foreach (var tracked in _tracked)
        {
            if (Find(result, tracked) is { Weight: not 0m } indicator)
            {
                tracked.Rates.Add(indicator.Score / indicator.Weight);
            }
        }
    }

    public BatchSummary Build() => new(
        Counts.Records,
        Counts.Scored,
        Counts.Failed,
        _totals.Count == 0
            ? null
            : new TotalSpread(NumberText.Plain(Math.Round(_totals.Mean, _scheme.Decimals, MidpointRounding.AwayFromZero)), NumberText.Plain(_totals.Min), NumberText.Plain(_totals.Max)),
        [.. Counts.Grades.Select(grade => new GradeCount(grade.Name, grade.Count, Percent(grade.Count / (decimal)Math.Max(1, Counts.Scored))))],
        [.. _tracked.Where(tracked => tracked.Parent is null).Select(Rates)],
        [.. _tracked.Where(tracked => tracked.Parent is not null).Select(Rates)]);

    /// <summary>A ratio as the report words a 得分率: a percentage to two places, half away from zero.</summary>
    public static string Percent(decimal ratio) => NumberText.Percent(Math.Round(ratio, 4, MidpointRounding.AwayFromZero));

    private static IndicatorRates Rates(Tracked tracked)
    {
        var rates = tracked.Rates;
        var spread = rates.Count == 0
            ? null
            : new RateSpread(rates.Mean, rates.Min, rates.Max, Percent(rates.Mean), Percent(rates.Min), Percent(rates.Max));
        return new IndicatorRates(tracked.Indicator.DisplayName, tracked.Parent?.DisplayName, NumberText.Plain(tracked.Indicator.Weight), rates.Count, spread);
    }

    private static IndicatorResult? Find(RecordResult result, Tracked tracked)
    {
        var indicators = result.Indicators;
        if (tracked.Position < indicators.Length && indicators[tracked.Position].Key == tracked.Indicator.Key)
        {
            return indicators[tracked.Position];
        }

        foreach (var indicator in indicators)
        {
            if (indicator.Key == tracked.Indicator.Key)
            {
                return indicator;
            }
        }

        return null;
    }

    private sealed class Tracked(Indicator indicator, Indicator? parent, int position)
    {
        public Indicator Indicator { get; } = indicator;

        public Indicator? Parent { get; } = parent;

        public int Position { get; } = position;

        public DecimalSpread Rates;
    }
}
