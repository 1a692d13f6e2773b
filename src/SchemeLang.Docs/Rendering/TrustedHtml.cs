namespace SchemeLang.Docs.Rendering;

/// <summary>
/// Markup this project wrote itself (never scheme text): the one kind of value <see cref="HtmlTemplateContext"/>
/// writes as it is. Scheme text inside it must already have gone through <see cref="Html.Encode"/>.
/// </summary>
public sealed record TrustedHtml(string Markup)
{
    public override string ToString() => Markup;
}
