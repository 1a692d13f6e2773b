using AngleSharp.Html.Parser;
using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>A group with no indicators this year (「经济效益指标 0分」, nothing under it): a warning, 0 points, still on the page.</summary>
public class EmptyGroupTests
{
    private const string Scheme = """
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        A 效益指标 10分
          A1 社会效益指标 10分
            A11 群众办事便利 10分
              是否 实现一站式结算 得满分，否则不得分
          A2 经济效益指标 0分
        """;

    [Fact]
    public void It_is_a_warning_not_a_leaf_without_a_rule()
    {
        var warning = Assert.Single(Schemes.Compile(Scheme).Diagnostics);

        Assert.Equal(("SL3404", 8), (warning.Code, warning.Location.Start.Line + 1));
    }

    [Theory]
    [InlineData("是", 10)]
    [InlineData("否", 0)]
    public void It_scores_0_and_leaves_the_total_alone_on_both_engines(string met, decimal total)
    {
        var result = Schemes.Score(Schemes.Compile(Scheme), ("A11", met));

        Assert.Equal((total, 0m, 0m), (result.Total!.Value, result.Indicator("A2").Weight, result.Indicator("A2").Score));
    }

    [Fact]
    public void The_page_lists_it_with_a_note()
    {
        var page = new HtmlParser().ParseDocument(PageRenderer.Standard(Schemes.Compile(Scheme).Scheme!));

        Assert.Contains(page.QuerySelectorAll("td.rule"), td => td.TextContent == "本年度没有这一组的指标，计 0 分");
        Assert.Contains(page.QuerySelectorAll("td"), td => td.TextContent == "A2 经济效益指标");
    }
}
