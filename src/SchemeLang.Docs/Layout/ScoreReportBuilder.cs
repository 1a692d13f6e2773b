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
            return new RecordReport(record.Id, null, null, null, [], [.. record.Errors.Select(error => error.ToString())], null);
        }

        return new RecordReport(
            record.Id,
            NumberText.Plain(total),
            ScoreWording.Rate(total, scheme.Total),
            record.Grade,
            [.. record.Vetoes.Select(Explanations.Veto)],
            [],
            IndicatorTableBuilder.Scored(scheme, record));
    }
}
