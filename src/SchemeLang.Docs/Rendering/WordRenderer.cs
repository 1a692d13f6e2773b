using SchemeLang.Binding;
using SchemeLang.Docs.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// The 评分标准 as a Word document (.docx) a bureau attaches to its 通知: the same content as the HTML page, from the
/// same layout model (<see cref="StandardPageBuilder"/>), in the page's order — title, 年度 and 总分, the indicator
/// table, the 填表说明 of a 自评表, 否决, 约束, 等级 and 数据说明 — on A4 landscape. The same scheme gives the same bytes.
/// </summary>
public static class WordRenderer
{
    /// <summary>The 评分标准 of <paramref name="scheme"/> as the bytes of a .docx file.</summary>
    public static byte[] Standard(BoundScheme scheme)
    {
        var page = StandardPageBuilder.Build(scheme);
        return WordPackage.Write(Body(page));
    }

    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Body(StandardPage page)
    {
        yield return WordText.Paragraph(WordPackage.Title, WordText.Runs(page.Title), keepNext: true);
        var meta = (page.Year is { } year ? $"年度：{year}　" : string.Empty)
            + $"总分：{page.Total}分"
            + (page.Bonus is { } bonus ? $"（另有加分 {bonus}分）" : string.Empty);
        yield return WordText.Paragraph(WordPackage.Meta, WordText.Runs(meta), keepNext: true);

        yield return Heading("评分标准");
        yield return WordTables.Indicators(page.Table, WordPackage.TextWidth);
        foreach (var element in List("填表说明", page.Instructions, WordPackage.NumberedItem).Concat(List("否决", page.Vetoes)).Concat(List("约束", page.Constraints)))
        {
            yield return element;
        }

        if (page.Grades.Count > 0)
        {
            yield return Heading("等级");
            yield return WordTables.Grades(page.Grades);
        }

        if (page.DataItems.Count > 0 || page.Fields.Count > 0)
        {
            yield return Heading("数据说明");
        }

        if (page.DataItems.Count > 0)
        {
            yield return WordTables.DataItems(page.DataItems, WordPackage.TextWidth);
        }

        if (page.Fields.Count > 0)
        {
            yield return WordText.Paragraph(WordPackage.Heading, WordText.Runs("评价数据的字段（填报表的列）"), keepNext: true);
            yield return WordTables.Fields(page.Fields, WordPackage.TextWidth);
        }
    }

    /// <summary>A heading kept with what follows it, so none is left alone at the foot of a page.</summary>
    private static W.Paragraph Heading(string text) => WordText.Paragraph(WordPackage.Heading, WordText.Runs(text), keepNext: true);

    /// <summary>The page's bulleted list (否决, 约束) or numbered one (填表说明) under its heading; nothing when it is empty.</summary>
    private static IEnumerable<W.Paragraph> List(string heading, IReadOnlyList<string> items, string style = WordPackage.ListItem)
    {
        if (items.Count == 0)
        {
            yield break;
        }

        yield return Heading(heading);
        foreach (var item in items)
        {
            yield return WordText.Paragraph(style, WordText.Runs(item));
        }
    }
}
