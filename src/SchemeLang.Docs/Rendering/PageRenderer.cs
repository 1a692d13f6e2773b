using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using SchemeLang.Binding;
using SchemeLang.Docs.Layout;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// Renders the pages from the templates embedded in this assembly, each parsed once. Every value goes out through
/// <see cref="HtmlTemplateContext"/>; the page carries its style inline, so the file stands alone.
/// </summary>
public static class PageRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);

    private static readonly Lazy<TrustedHtml> Style = new(() => new TrustedHtml(Resource("style.css")));

    /// <summary>The 评分标准 page of <paramref name="scheme"/>: one self-contained HTML file.</summary>
    public static string Standard(BoundScheme scheme) => Render("standard.sbn-html", StandardPageBuilder.Build(scheme));

    private static string Render(string name, object page)
    {
        var globals = new ScriptObject();
        globals.Import(new { Page = page, Style = Style.Value });
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
