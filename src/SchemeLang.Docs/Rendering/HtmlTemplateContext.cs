using Scriban;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// Scriban writes values raw; this context turns every value into HTML-encoded text on its way out, so a name
/// such as <c>&lt;script&gt;</c> renders as text. <see cref="TrustedHtml"/> is the only value written as it is.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        // A page is data laid out: no template may loop for ever or reach into .NET beyond the model it is given.
        LoopLimit = 100_000;
        RecursiveLimit = 64;
        EnableRelaxedMemberAccess = false;
    }

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        TrustedHtml html => html.Markup,
        _ => Html.Encode(base.ObjectToString(value, nested) ?? string.Empty),
    };
}
