using AngleSharp.Html.Parser;
using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// A group with no indicators this year (「经济效益指标 0分」, nothing under it): a warning, 0 points, still on the page.
/// Written as the national 自评表 writes it, 「经济效益指标 无」, the author has said so: no warning.
/// </summary>
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

    [Fact]
    public void Written_as_none_it_is_said_and_not_warned_about()
    {
        var compilation = Schemes.Clean(Scheme.Replace("A2 经济效益指标 0分", "A2 经济效益指标 无", StringComparison.Ordinal));
        var group = compilation.Scheme!.AllIndicators.Single(indicator => indicator.Key == "A2");

        Assert.Equal(("经济效益指标", 0m, true), (group.Name, group.Weight, group.IsEmptyGroup));
        Assert.Equal(10m, Schemes.Score(compilation, ("A11", "是")).Total);
    }

    [Theory]
    // 无 is a weight only standing apart at the end of the line; inside a name it is part of the name.
    [InlineData("A2 经济效益指标无 0分", "经济效益指标无")]
    [InlineData("A2 无违规记录 0分", "无违规记录")]
    public void None_inside_a_name_is_part_of_the_name(string line, string name)
    {
        var compilation = Schemes.Compile(Scheme.Replace("A2 经济效益指标 0分", line, StringComparison.Ordinal));

        Assert.Equal(name, compilation.Scheme!.AllIndicators.Single(indicator => indicator.Key == "A2").Name);
        Assert.Equal("SL3404", Assert.Single(compilation.Diagnostics).Code);
    }

    [Fact]
    public void None_on_a_group_with_indicators_under_it_is_a_weight_that_does_not_add_up()
    {
        var compilation = Schemes.Compile(Scheme.Replace("  A1 社会效益指标 10分", "  A1 社会效益指标 无", StringComparison.Ordinal));

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL3001" && diagnostic.Message.Contains("10分", StringComparison.Ordinal));
    }
}
