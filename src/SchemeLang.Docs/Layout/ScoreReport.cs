namespace SchemeLang.Docs.Layout;

/// <summary>The score report's heading: the scheme it scores by.</summary>
public sealed record ReportHeading(string Title, string? Year, string Total);

/// <summary>
/// One record's section of the score report: its id, total, grade and the vetoes it triggered, and the indicator table
/// with its scores — or, when the record could not be scored, its errors and no table.
/// </summary>
public sealed record RecordReport(
    string Id,
    string? Total,
    string? Rate,
    string? Grade,
    IReadOnlyList<string> Vetoes,
    IReadOnlyList<string> Errors,
    IndicatorTable? Table);
