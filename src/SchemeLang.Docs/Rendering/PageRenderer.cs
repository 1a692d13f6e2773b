using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using SchemeLang.Binding;
using SchemeLang.Docs.Layout;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// Renders the pages from the templates embedded in this assembly, each parsed once. Every value goes out through
/// <see cref="HtmlTemplateContext"/>; the indicator table is rendered by its own template and handed to the page as
/// <see cref="TrustedHtml"/>, so the 评分标准 page and the score report share it. A page carries its style inline and
/// stands alone.
/// </summary>
public static class PageRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);

    private static readonly Lazy<TrustedHtml> Style = new(() => new TrustedHtml(Resource("style.css")));

    private static readonly Lazy<TrustedHtml> ReportStyle = new(() => new TrustedHtml(Resource("style.css") + Resource("report.css")));

    /// <summary>The 评分标准 page of <paramref name="scheme"/>: one self-contained HTML file.</summary>
    public static string Standard(BoundScheme scheme)
    {
        var page = StandardPageBuilder.Build(scheme);
        return Render("standard.sbn-html", new { Page = page, Style = Style.Value, Table = Table(page.Table) });
    }

    /// <summary>One record's score report: a page of its own.</summary>
    public static string Report(BoundScheme scheme, RecordResult record) => ReportHead(scheme) + ReportRecord(scheme, record, 1) + ReportFoot();

    /// <summary>
    /// A score report's page up to its first record; for a batch the <see cref="ReportSummary"/> follows, then each
    /// record's <see cref="ReportRecord"/>, and <see cref="ReportFoot"/> last.
    /// </summary>
    public static string ReportHead(BoundScheme scheme) =>
        Render("report-head.sbn-html", new { Heading = ScoreReportBuilder.Heading(scheme), Style = ReportStyle.Value });

    /// <summary>The <paramref name="number"/>th record's section (from 1, its anchor), headed by its 一级 得分率 chart.</summary>
    public static string ReportRecord(BoundScheme scheme, RecordResult record, int number)
    {
        var report = ScoreReportBuilder.Record(scheme, record);
        return Render("report-record.sbn-html", new
        {
            Record = report,
            Anchor = ScoreReportBuilder.Anchor(number),
            Chart = report.Table is null ? null : Chart(SvgCharts.RecordRates(report.Rates)),
            Table = report.Table is { } table ? Table(table) : null,
        });
    }

    /// <summary>
    /// A batch's summary up to the list of its records: counts, grades and the 一级 and 二级 得分率, each chart with its
    /// table. Write a <see cref="ReportIndexRow"/> per record after it, then <see cref="ReportSummaryEnd"/>.
    /// </summary>
    public static string ReportSummary(BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var levels = new List<RateLevel>();
        if (summary.FirstLevel.Count > 0)
        {
            levels.Add(new RateLevel("各一级指标得分率", Chart(SvgCharts.Spreads("各一级指标得分率", summary.FirstLevel, "hatch-first")), summary.FirstLevel, false, "first"));
        }

        if (summary.SecondLevel.Count > 0)
        {
            levels.Add(new RateLevel("各二级指标得分率", Chart(SvgCharts.Spreads("各二级指标得分率", summary.SecondLevel, "hatch-second")), summary.SecondLevel, true, "second"));
        }

        var grades = summary.Grades.Count > 0 ? Chart(SvgCharts.Grades(summary.Grades)) : null;
        return Render("report-summary.sbn-html", new { Summary = summary, GradeChart = grades, Levels = levels });
    }

    /// <summary>The <paramref name="number"/>th record's row in the summary's list, linking to its section.</summary>
    public static string ReportIndexRow(BoundScheme scheme, RecordResult record, int number) =>
        Render("report-index-row.sbn-html", new { Row = ScoreReportBuilder.IndexRow(scheme, record, number) });

    public static string ReportSummaryEnd() => Render("report-summary-end.sbn-html", new { });

    public static string ReportFoot() => Render("report-foot.sbn-html", new { });

    private static TrustedHtml Chart(SvgChart chart) => new(Render("chart.sbn-html", new { Chart = chart }));

    private static TrustedHtml Table(IndicatorTable table) => new(Render("indicator-table.sbn-html", new { Table = table }));

    private static string Render(string name, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        var context = new HtmlTemplateContext();
        context.PushGlobal(globals);
        return Templates.GetOrAdd(name, Parse).Render(context);
    }

    private static Template Parse(string name)
    {
        var template = Template.Parse(Resource(name), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"template {name}: {string.Join("; ", template.Messages)}");
        }

        return template;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"template {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A level of the batch summary's 得分率: its heading, its chart and the table that gives the same figures.</summary>
public sealed record RateLevel(string Title, TrustedHtml Chart, IReadOnlyList<IndicatorRates> Indicators, bool HasParent, string CssClass);
