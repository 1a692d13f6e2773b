using AngleSharp.Html.Parser;
using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Bonus points (加分项): a 一级 group outside 总分, capped by its weight; the total may pass 总分 by at most that, and
/// grades still apply. A leaf may carry 附加分 of its own (「目标完成情况 40分，附加分4分」). Any other name holding points is a
/// warning, not silently a name.
/// </summary>
public class BonusPointsTests
{
    /// <summary>A 加分项 capped at 3 whose two items offer 2 each (also the proofs' example of a cap that can bind).</summary>
    internal const string Scheme = """
        方案 测试
        总分 10
        等级 优 ≥ 9；合格 [6, 9)；不合格 < 6
        A 产出 10分
          A1 完成情况 10分
            是否 按期完成 得满分，否则不得分
        加分项 3分
          E1 获得表彰 2分
            是否 获得省级以上表彰 得2分，否则不得分
          E2 经验推广 2分
            是否 做法被上级推广 得2分，否则不得分
        """;

    [Theory]
    [InlineData("是", "否", "否", 10, "优")]
    [InlineData("是", "是", "否", 12, "优")]
    [InlineData("是", "是", "是", 13, "优")]
    [InlineData("否", "是", "否", 2, "不合格")]
    public void Bonus_points_add_on_top_of_the_total_up_to_their_weight(string done, string award, string promoted, decimal total, string grade)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("A1", done), ("E1", award), ("E2", promoted));

        Assert.Equal((total, grade), (result.Total, result.Grade));
        Assert.InRange(result.Indicator("加分项").Score, 0m, 3m);
    }

    [Fact]
    public void Bonus_items_offering_less_than_the_cap_are_an_error() =>
        Assert.Equal(["SL3001@7"], Schemes.CodesWithLines(Schemes.Compile(Scheme.Replace("加分项 3分", "加分项 5分", StringComparison.Ordinal))));

    [Fact]
    public void The_page_shows_bonus_points_apart_from_the_total()
    {
        var page = new HtmlParser().ParseDocument(PageRenderer.Standard(Schemes.Clean(Scheme).Scheme!));

        Assert.Equal("总分：10分（另有加分 3分）", page.QuerySelector("p.meta")!.TextContent);
        Assert.Equal(["小计", "加分小计", "合计"], page.QuerySelectorAll("tr.subtotal td.level0, tr.total td.level0").Select(td => td.TextContent));
        Assert.Equal("10（另加分3）", page.QuerySelector("tr.total td.points")!.TextContent);
    }

    private const string LeafBonus = """
        方案 测试
        总分 100
        等级 优 ≥ 90；合格 [60, 90)；不合格 < 60
        数据
          完成率：百分比 范围 [0%, 200%]
        A 目标完成情况 40分，附加分4分
          按比例 完成率，封顶 110%
        B 过程 60分
          是否 过程规范
        """;

    /// <summary>「目标完成情况 40分，附加分4分」 as the issue reads it: a 40-point indicator whose rule may give 4 points more, outside 总分.</summary>
    [Theory]
    [InlineData("100%", 40, 100)]
    [InlineData("105%", 42, 102)]
    [InlineData("110%", 44, 104)]
    [InlineData("150%", 44, 104)]
    [InlineData("50%", 20, 80)]
    public void A_leaf_with_bonus_points_may_score_past_its_weight_by_them(string rate, decimal leaf, decimal total)
    {
        var compilation = Schemes.Clean(LeafBonus);
        var indicator = compilation.Scheme!.Leaves.First();
        Assert.Equal(("目标完成情况", 40m, 4m), (indicator.Name, indicator.Weight, indicator.Bonus));

        var result = Schemes.Score(compilation, ("完成率", rate), ("B", "是"));

        Assert.Equal((leaf, total), (result.Indicator("A").Score, result.Total));
    }

    [Fact]
    public void A_rule_giving_more_than_weight_and_bonus_is_an_error_and_the_page_says_the_bonus()
    {
        Assert.Contains("SL3105@7", Schemes.CodesWithLines(Schemes.Compile(LeafBonus.Replace("封顶 110%", "封顶 120%", StringComparison.Ordinal))));

        var scheme = Schemes.Clean(LeafBonus).Scheme!;
        Assert.EndsWith("；另有附加分4分，最高得44分", RuleWording.Of(scheme.Leaves.First(), scheme), StringComparison.Ordinal);
        Assert.Equal(4m, scheme.BonusPoints);
    }

    /// <summary>
    /// Fuzzing found 附加分0.5分 under 小数位 0: the leaf clamped to 10.5 and then rounded to 11, past its own ceiling, and
    /// the total to 101. Bonus points with more places than the scores keep are SL3005, like a weight.
    /// </summary>
    [Fact]
    public void Bonus_points_with_more_places_than_the_scores_are_an_error()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 100
            小数位 0
            等级 优 ≥ 90；合格 [60, 90)；不合格 < 60
            数据
              完成率：百分比 范围 [0%, 200%]
            A 目标完成情况 10分，附加分0.5分
              按比例 完成率，封顶 105%
            B 过程 90分
              是否 过程规范
            """);

        Assert.Equal(["SL3005@7"], Schemes.CodesWithLines(compilation));
        Assert.Equal("指标「目标完成情况」的附加分 0.5分有 1 位小数，而得分只保留 0 位小数，得分达到上限时会四舍五入到上限之外", compilation.Diagnostics.Single().Message);
    }

    [Fact]
    public void Bonus_points_on_a_group_are_an_error() =>
        Assert.Contains("SL2034@4", Schemes.CodesWithLines(Schemes.Compile("""
            方案 测试
            总分 5
            等级 合格 ≥ 3；不合格 < 3
            A 产出 5分，附加分2分
              A1 完成 5分
                是否 完成
            """)));

    [Fact]
    public void A_name_holding_points_is_a_warning()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 3
            等级 合格 ≥ 2；不合格 < 2
            A 资金到位率（满分5分） 3分
              是否 资金全部到位
            """);

        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal("SL2030", warning.Code);
        Assert.Equal("指标名称「资金到位率（满分5分）」中含有分值「5分」，而这一行的分值读作行尾的 3分", warning.Message);
    }
}
