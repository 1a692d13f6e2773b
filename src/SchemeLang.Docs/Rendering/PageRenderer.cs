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

    /// <summary>The 评分标准 page of <paramref name="scheme"/>: one self-contained HTML file.</summary>
    public static string Standard(BoundScheme scheme)
    {
        var page = StandardPageBuilder.Build(scheme);
        return Render("standard.sbn-html", new { Page = page, Style = Style.Value, Table = Table(page.Table) });
    }

    /// <summary>One record's score report: a page of its own.</summary>
    public static string Report(BoundScheme scheme, RecordResult record) => ReportHead(scheme) + ReportRecord(scheme, record) + ReportFoot();

    /// <summary>
    /// A score report's page up to its first record; write each record's <see cref="ReportRecord"/> after it and
    /// <see cref="ReportFoot"/> last, so a report of many records is written as they are scored.
    /// </summary>
    public static string ReportHead(BoundScheme scheme) =>
        Render("report-head.sbn-html", new { Heading = ScoreReportBuilder.Heading(scheme), Style = Style.Value });

    public static string ReportRecord(BoundScheme scheme, RecordResult record)
    {
        var report = ScoreReportBuilder.Record(scheme, record);
        return Render("report-record.sbn-html", new { Record = report, Table = report.Table is { } table ? Table(table) : null });
    }

    public static string ReportFoot() => Render("report-foot.sbn-html", new { });

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
