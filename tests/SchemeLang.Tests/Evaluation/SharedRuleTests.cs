using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// A rule written once for a group (以下各项) and a grade grid's columns as shares of the weight (良好 得80%): the
/// five-column 优秀/良好/一般/较差/差 table marked with √, written as the table means it.
/// </summary>
public class SharedRuleTests
{
    private const string Scheme = """
        方案 测试
        总分 30
        等级 合格 ≥ 18；不合格 < 18
        A 产出质量 30分
          以下各项：等次 优秀 得满分；良好 得80%；一般 得60%；较差 得40%；差 不得分
          A1 资料完整性 5分
          A2 管理 20分
            A21 制度建设 10分
            A22 执行情况 10分
              是否 按制度执行 得满分，否则不得分
          A3 信息公开 5分
        """;

    [Theory]
    [InlineData("优秀", 5, 10)]
    [InlineData("良好", 4, 8)]
    [InlineData("一般", 3, 6)]
    [InlineData("较差", 2, 4)]
    [InlineData("差", 0, 0)]
    public void Each_indicator_below_scores_its_grade_as_a_share_of_its_own_weight_on_both_engines(string grade, decimal fivePoints, decimal tenPoints)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("A1", grade), ("A21", grade), ("A22", "是"), ("A3", grade));

        Assert.Equal((fivePoints, tenPoints, fivePoints), (result.Indicator("A1").Score, result.Indicator("A21").Score, result.Indicator("A3").Score));
        Assert.Equal(10m, result.Indicator("A22").Score);
    }

    [Fact]
    public void An_indicators_own_rule_comes_before_the_shared_one()
    {
        var scheme = Schemes.Clean(Scheme).Scheme!;

        Assert.IsType<SchemeLang.Binding.PassFailRule>(scheme.Leaves.Single(leaf => leaf.Key == "A22").Rule);
        Assert.All(scheme.Leaves.Where(leaf => leaf.Key != "A22"), leaf => Assert.IsType<SchemeLang.Binding.LevelRule>(leaf.Rule));
    }

    [Fact]
    public void The_page_writes_the_shared_rule_for_each_indicator()
    {
        var scheme = Schemes.Clean(Scheme).Scheme!;

        Assert.Equal("优秀得满分；良好得80%；一般得60%；较差得40%；差不得分", RuleWording.Rule(scheme.Leaves.Single(leaf => leaf.Key == "A21"), scheme));
    }

    [Fact]
    public void A_grade_that_is_not_in_the_grid_is_the_records_error()
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("A1", "很好"), ("A21", "优秀"), ("A22", "是"), ("A3", "优秀"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, error => error.Field == "A1");
    }

    [Fact]
    public void Under_a_leaf_it_is_an_error()
    {
        var compilation = Schemes.Compile(Scheme.Replace("    A22 执行情况 10分\n      是否 按制度执行 得满分，否则不得分", "    A22 执行情况 10分\n      以下各项：是否 得满分，否则不得分", StringComparison.Ordinal));

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL2031" && diagnostic.Location.Start.Line + 1 == 10);
    }

    [Fact]
    public void A_rule_whose_lines_would_follow_is_an_error_that_shows_the_one_line_form()
    {
        var compilation = Schemes.Compile(Scheme.Replace("  以下各项：等次 优秀 得满分；良好 得80%；一般 得60%；较差 得40%；差 不得分", "  以下各项：等次", StringComparison.Ordinal));

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("SL1012", 5), (error.Code, error.Location.Start.Line + 1));
        Assert.Null(compilation.Scheme);
    }

    [Fact]
    public void A_name_may_hold_the_words()
    {
        var compilation = Schemes.Clean(Scheme.Replace("A1 资料完整性 5分", "A1 以下各项资料完整性 5分", StringComparison.Ordinal));

        Assert.Contains(compilation.Scheme!.Leaves, leaf => leaf.Name == "以下各项资料完整性");
    }
}
