using System.Globalization;
using SchemeLang.Binding;
using SchemeLang.Docs.Wording;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Layout;

/// <summary>A record's section of the score report, from the bound scheme and the record's result.</summary>
public static class ScoreReportBuilder
{
    public static ReportHeading Heading(BoundScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new ReportHeading(scheme.Title, scheme.Year?.ToString(CultureInfo.InvariantCulture), NumberText.Plain(scheme.Total));
    }

    public static RecordReport Record(BoundScheme scheme, RecordResult record)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Total is not { } total)
        {
            return new RecordReport(record.Id, null, null, null, [], [.. record.Errors.Select(error => error.ToString())], null, []) { Identity = Identity(record) };
        }

        return new RecordReport(
            record.Id,
            NumberText.Plain(total),
            ScoreWording.Rate(total, scheme.Total),
            record.Grade,
            [.. record.Vetoes.Select(Explanations.Veto)],
            [],
            IndicatorTableBuilder.Scored(scheme, record),
            [.. scheme.Indicators.Select(first => Rate(first, record))]) { Identity = Identity(record) };
    }

    private static string? Identity(RecordResult record) =>
        record.Identity.Count == 0 ? null : string.Join("　", record.Identity.Select(column => $"{column.Key}：{column.Value}"));

    /// <summary>The id of the <paramref name="number"/>th record's section (from 1): 「r1」, 「r2」….</summary>
    public static string Anchor(int number) => "r" + number.ToString(CultureInfo.InvariantCulture);

    public static RecordIndexRow IndexRow(BoundScheme scheme, RecordResult record, int number)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(record);
        return record.Total is { } total
            ? new RecordIndexRow(number, Anchor(number), record.Id, NumberText.Plain(total), ScoreWording.Rate(total, scheme.Total), record.Grade, 0)
            : new RecordIndexRow(number, Anchor(number), record.Id, null, null, null, record.Errors.Length);
    }

    private static IndicatorRate Rate(Indicator indicator, RecordResult record)
    {
        var result = record.Indicators.First(scored => scored.Key == indicator.Key);
        return new IndicatorRate(
            indicator.DisplayName,
            result.Weight == 0m ? null : result.Score / result.Weight,
            ScoreWording.Rate(result.Score, result.Weight));
    }
}
