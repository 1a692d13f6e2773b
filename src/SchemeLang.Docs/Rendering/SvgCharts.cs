using System.Globalization;
using System.Text;
using SchemeLang.Docs.Layout;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// An inline SVG chart laid out: a row per indicator or grade, its label on the left (cut with 「…」 when too long; the
/// whole name is the row's title), a bar or a range in the middle and its figure written out on the right. Rendered by
/// chart.sbn-html like any other value, so every label is encoded text. Black and white print loses nothing: each figure
/// is written beside its bar, a track outlines 100%, and a range is hatched, not coloured.
/// </summary>
public sealed record SvgChart(string Title, int Width, int Height, int PlotTop, int PlotBottom, IReadOnlyList<SvgTick> Ticks, IReadOnlyList<SvgRow> Rows, string? Pattern);

/// <summary>A gridline of the scale and its label (0%, 50%, 100%).</summary>
public sealed record SvgTick(string X, string Label);

/// <summary>
/// A chart's row: a solid <see cref="Bar"/> (one value) or a hatched <see cref="Range"/> with a <see cref="MeanX"/>
/// marker (lowest to highest, and the mean), over the <see cref="Track"/> from 0 to 100% where the scale is a rate.
/// </summary>
public sealed record SvgRow(string Label, string Title, string TextY, string BarY, SvgSpan? Track, SvgSpan? Bar, SvgSpan? Range, string? MeanX, string MarkY, string ValueX, string Value);

public sealed record SvgSpan(string X, string Width);

/// <summary>The geometry of the report's charts, in SVG user units (CSS pixels at full width).</summary>
public static class SvgCharts
{
    private const int ChartWidth = 800;
    private const int LabelEnd = 192;
    private const int PlotStart = 200;
    private const int PlotWidth = 380;
    private const int ValueStart = PlotStart + PlotWidth + 8;
    private const int RowHeight = 24;
    private const int BarHeight = 14;
    private const int AxisHeight = 22;
    private const int NoAxis = 4;
    private const decimal LabelRoom = LabelEnd - 8;
    private const decimal MarkRoom = 48;

    /// <summary>A record's 得分率 per 一级 indicator, each a bar over the 0–100% track.</summary>
    public static SvgChart RecordRates(IReadOnlyList<IndicatorRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var scale = RateScale(rates.Where(rate => rate.Rate is not null).Select(rate => rate.Rate!.Value));
        var rows = rates.Select((rate, index) =>
        {
            var top = AxisHeight + (index * RowHeight);
            return Row(rate.Name, $"{rate.Name}：{rate.RateText}", top, Track(scale), rate.Rate is { } value and not 0m ? Span(scale, Math.Min(0m, value), Math.Max(0m, value)) : null, null, null, rate.RateText);
        });
        return Chart("各一级指标得分率", AxisHeight, scale.Ticks, [.. rows], pattern: null);
    }

    /// <summary>The grade distribution: a bar per grade, as long as its count against the largest.</summary>
    public static SvgChart Grades(IReadOnlyList<GradeCount> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var scale = new Scale(0m, Math.Max(1, grades.Select(grade => grade.Count).DefaultIfEmpty(0).Max()), []);
        var rows = grades.Select((grade, index) =>
        {
            var text = $"{grade.Count} 条（{grade.Share}）";
            return Row(grade.Name, $"{grade.Name}：{text}", NoAxis + (index * RowHeight), null, grade.Count > 0 ? Span(scale, 0m, grade.Count) : null, null, null, text);
        });
        return Chart("等级分布", NoAxis, [], [.. rows], pattern: null);
    }

    /// <summary>
    /// Indicators' 得分率 across a batch: each a hatched range from its lowest to its highest with a mark at its mean.
    /// <paramref name="pattern"/> names the hatch, unique on the page.
    /// </summary>
    public static SvgChart Spreads(string title, IReadOnlyList<IndicatorRates> indicators, string pattern)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var spreads = indicators.Where(indicator => indicator.Spread is not null).Select(indicator => indicator.Spread!).ToList();
        var scale = RateScale(spreads.Select(spread => spread.Min).Concat(spreads.Select(spread => spread.Max)));
        var rows = indicators.Select((indicator, index) =>
        {
            var top = AxisHeight + (index * RowHeight);
            if (indicator.Spread is not { } spread)
            {
                return Row(indicator.Name, $"{indicator.Name}：没有得分率", top, Track(scale), null, null, null, "—");
            }

            var text = $"平均 {spread.MeanText}（{spread.MinText}～{spread.MaxText}）";
            return Row(indicator.Name, $"{indicator.Name}：{text}", top, Track(scale), null, Span(scale, spread.Min, spread.Max), X(scale, spread.Mean), text);
        });
        return Chart(title, AxisHeight, scale.Ticks, [.. rows], pattern);
    }

    /// <summary><paramref name="head"/>: the room above the first row, for the scale's labels where it has any.</summary>
    private static SvgChart Chart(string title, int head, IReadOnlyList<SvgTick> ticks, IReadOnlyList<SvgRow> rows, string? pattern) =>
        new(title, ChartWidth, head + (rows.Count * RowHeight) + 6, head - 4, head + (rows.Count * RowHeight), ticks, rows, pattern);

    private static SvgRow Row(string name, string title, int top, SvgSpan? track, SvgSpan? bar, SvgSpan? range, decimal? mean, string value) => new(
        Label(name),
        title,
        Number(top + 17),
        Number(top + 5),
        track,
        bar,
        range,
        mean is { } x ? Number(x - 1.5m) : null,
        Number(top + 2),
        Number(ValueStart),
        value);

    /// <summary>0% to 100%, stretched to take in a rate above 100% (bonus points) or below 0.</summary>
    private static Scale RateScale(IEnumerable<decimal> rates)
    {
        var (low, high) = (0m, 1m);
        foreach (var rate in rates)
        {
            (low, high) = (Math.Min(low, rate), Math.Max(high, rate));
        }

        var scale = new Scale(low, high, []);
        // The lowest and highest get a mark of their own only where its label keeps clear of the one beside it.
        decimal[] marks = [.. new[] { low }.Where(mark => X(scale, 0m) - X(scale, mark) > MarkRoom), 0m, 0.5m, 1m, .. new[] { high }.Where(mark => X(scale, mark) - X(scale, 1m) > MarkRoom)];
        return scale with { Ticks = [.. marks.Select(mark => new SvgTick(Number(X(scale, mark)), BatchSummaryBuilder.Percent(mark)))] };
    }

    private static SvgSpan Track(Scale scale) => Span(scale, 0m, 1m);

    private static SvgSpan Span(Scale scale, decimal from, decimal to)
    {
        var x = X(scale, from);
        // A range of one value (every record scored alike) and a tiny bar still show, 2 units wide.
        var width = Math.Max(X(scale, to) - x, 2m);
        return new SvgSpan(Number(Math.Min(x, PlotStart + PlotWidth - width)), Number(width));
    }

    private static decimal X(Scale scale, decimal value) => PlotStart + ((value - scale.Low) / (scale.High - scale.Low) * PlotWidth);

    private static string Number(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The name as it fits the label column: a CJK character is about a font size wide, anything else about half.</summary>
    private static string Label(string name)
    {
        var runes = name.EnumerateRunes().ToList();
        if (runes.Sum(RuneWidth) <= LabelRoom)
        {
            return name;
        }

        var label = new StringBuilder();
        var width = RuneWidth(new Rune('…'));
        foreach (var rune in runes)
        {
            width += RuneWidth(rune);
            if (width > LabelRoom)
            {
                break;
            }

            label.Append(rune.ToString());
        }

        return label.Append('…').ToString();
    }

    private static decimal RuneWidth(Rune rune) => rune.Value >= 0x2E80 ? 13m : 7.5m;

    private sealed record Scale(decimal Low, decimal High, IReadOnlyList<SvgTick> Ticks);
}
