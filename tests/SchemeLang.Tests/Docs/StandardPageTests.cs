using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SchemeLang.Binding;
using SchemeLang.Docs.Rendering;
using SchemeLang.Runtime;
using SchemeLang.Tests.Emit;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Docs;

/// <summary>The 评分标准 page of every example, read back as a DOM: the table is the tree, and scheme text is only ever text.</summary>
public class StandardPageTests
{
    public static TheoryData<string> Examples => [.. Directory.GetFiles(Repository.Examples, "*.scheme").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private static BoundScheme Scheme(string file) => SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file)).Scheme!;

    private static IDocument Page(BoundScheme scheme) => new HtmlParser().ParseDocument(PageRenderer.Standard(scheme));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_leaf_has_one_row_and_every_parent_spans_its_leaves(string file)
    {
        var scheme = Scheme(file);
        var page = Page(scheme);
        var rows = page.QuerySelectorAll("table.standard tbody tr");
        var leafRows = rows.Where(row => row.ClassList.Contains("leaf")).ToList();

        // A group with no indicators this year has a row of its own, as a leaf does.
        Assert.Equal(scheme.AllIndicators.Count(indicator => indicator.IsLeaf || indicator.IsEmptyGroup), leafRows.Count);
        foreach (var indicator in scheme.AllIndicators.Where(indicator => !indicator.IsLeaf && !indicator.IsEmptyGroup))
        {
            var cell = Assert.Single(page.QuerySelectorAll("table.standard td"), td => td.TextContent == $"{Label(indicator)}（{NumberText.Plain(indicator.Weight)}分）");
            Assert.Equal(LeafCount(indicator), Span(cell, "rowspan"));
        }

        // Each level's cells cover every leaf row exactly once: no row is left without its ancestors, none gets two.
        var levels = page.QuerySelectorAll("table.standard thead th").Count(th => th.TextContent.EndsWith("指标", StringComparison.Ordinal));
        for (var level = 0; level < levels; level++)
        {
            var covered = leafRows.Sum(row => row.QuerySelectorAll($"td.level{level}").Sum(td => Span(td, "rowspan")));
            var shallowLeaves = leafRows.Count(row => row.QuerySelectorAll("td").Where(td => td.ClassName!.StartsWith("level", StringComparison.Ordinal)).Any(td => Level(td) < level && Level(td) + Span(td, "colspan") > level));
            Assert.Equal(leafRows.Count, covered + shallowLeaves);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Subtotals_are_the_first_level_weights_and_the_total_is_the_schemes(string file)
    {
        var scheme = Scheme(file);
        var page = Page(scheme);

        var subtotals = page.QuerySelectorAll("table.standard tr.subtotal td.points").Select(td => td.TextContent).ToList();
        Assert.Equal(scheme.Indicators.Where(group => !group.IsLeaf).Select(group => NumberText.Plain(group.Weight)), subtotals);
        Assert.Equal(NumberText.Plain(scheme.Total), Assert.Single(page.QuerySelectorAll("table.standard tr.total td.points")).TextContent);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Scheme_text_is_text_never_markup()
    {
        var scheme = InjectionTests.Compile().Scheme!;
        var html = PageRenderer.Standard(scheme);
        var page = new HtmlParser().ParseDocument(html);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
        Assert.Contains(scheme.Title, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("table.data td"), td => td.TextContent == $"完成率{InjectionTests.Statement}");
        Assert.Contains(page.QuerySelectorAll("table.standard td"), td => td.TextContent.Contains(InjectionTests.Long, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("table.standard td"), td => td.TextContent.Contains("等次\\u0022 @this */ /*", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_markup_renders_as_that_text()
    {
        var compilation = SchemeCompilation.FromSource(new SchemeLang.Text.SourceFile("t.scheme", """
            方案 「<script>alert(1)</script> & 'x'」
            总分 10
            A 「<b>粗</b>」 10分
              是否 「<img src=x onerror=alert(1)>」 得10分，否则不得分
            """));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var page = Page(compilation.Scheme!);

        Assert.Empty(page.QuerySelectorAll("script, b, img"));
        Assert.Equal("<script>alert(1)</script> & 'x'", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("td.rule"), td => td.TextContent.StartsWith("「<img src=x onerror=alert(1)>」得10分", StringComparison.Ordinal));
    }

    [Fact]
    public void The_targets_a_leaf_names_have_their_own_column()
    {
        var page = Page(Scheme("004-huaning-employee-insurance.scheme"));
        var targets = page.QuerySelectorAll("table.standard tr.leaf")
            .Select(row => (Leaf: row.QuerySelectorAll("td").Last(td => td.ClassName!.StartsWith("level", StringComparison.Ordinal)).TextContent, Target: row.QuerySelector("td.target")!.TextContent))
            .Where(row => row.Target.Length > 0)
            .ToList();

        Assert.Equal(
            [("C11 参保目标完成情况", "参保率目标 95%"), ("C21 缴费基数做实率", "做实率目标 80%"), ("C22 基金征缴率", "征缴率目标 95%")],
            targets);
        Assert.Empty(Page(Scheme("001-nanchang-working-funds.scheme")).QuerySelectorAll("td.target, th.target"));
    }

    [Fact]
    public void Structural_constraints_are_listed_with_the_indicators_they_count()
    {
        var page = Page(Scheme("000-zhuji-working-funds.scheme"));

        Assert.Equal(["产出指标、效益指标的末级指标合计 > 5 个"], page.QuerySelectorAll("ul.constraints li").Select(li => li.TextContent));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_same_scheme_gives_the_same_bytes(string file) =>
        Assert.Equal(PageRenderer.Standard(Scheme(file)), PageRenderer.Standard(Scheme(file)));

    private static string Label(Indicator indicator) => indicator.Code is { } code ? $"{code} {indicator.Name}" : indicator.Name;

    private static int LeafCount(Indicator indicator) => indicator.IsLeaf || indicator.IsEmptyGroup ? 1 : indicator.Children.Sum(LeafCount);

    private static int Span(IElement cell, string attribute) =>
        cell.GetAttribute(attribute) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 1;

    private static int Level(IElement cell) =>
        int.Parse(cell.ClassList.Single(name => name.StartsWith("level", StringComparison.Ordinal))["level".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
