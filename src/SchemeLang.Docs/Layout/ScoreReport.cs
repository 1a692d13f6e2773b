namespace SchemeLang.Docs.Layout;

/// <summary>The score report's heading: the scheme it scores by.</summary>
public sealed record ReportHeading(string Title, string? Year, string Total);

/// <summary>
/// One record's section of the score report: its id, total, grade and the vetoes it triggered, and the indicator table
/// with its scores, and each 一级 indicator's 得分率 for the chart above it — or, when the record could not be scored, its
/// errors and no table.
/// </summary>
public sealed record RecordReport(
    string Id,
    string? Total,
    string? Rate,
    string? Grade,
    IReadOnlyList<string> Vetoes,
    IReadOnlyList<string> Errors,
    IndicatorTable? Table,
    IReadOnlyList<IndicatorRate> Rates)
{
    /// <summary>The record's identity columns under its heading: 「项目名称：项目甲　项目单位：单位甲」, or null.</summary>
    public string? Identity { get; init; }
}

/// <summary>A 一级 indicator's 得分率 in a record: null (shown 「—」) where its weight went to its siblings.</summary>
public sealed record IndicatorRate(string Name, decimal? Rate, string RateText);

/// <summary>
/// A record's row in the batch summary's list: its number, the anchor of its section (made from the number, never from
/// the id), and its total, 得分率 and grade — or how many errors kept it from being scored.
/// </summary>
public sealed record RecordIndexRow(int Number, string Anchor, string Id, string? Total, string? Rate, string? Grade, int Errors);
