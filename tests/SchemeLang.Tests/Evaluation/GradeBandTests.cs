using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Bands that give a grade rather than points (issue 13 item 6: 「满意度≥90%为优秀，80%-90%为良好…」), the grade's points
/// from a 等次 table — written right after the bands, or the group's 以下各项 grid (the five-column √ table). Every case
/// runs on both engines (Schemes.Score compares them).
/// </summary>
public class GradeBandTests
{
    private const string OwnTable = """
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        数据
          满意度：百分比 范围 [0%, 100%]
        A 服务对象满意度 10分
          区间 满意度
            ≥ 90% 为优秀
            [80%, 90%) 为良好
            [60%, 80%) 为一般
            < 60% 评为较差
          等次 优秀 得满分；良好 得80%；一般 得60%；较差 不得分
        """;

    private const string SharedGrid = """
        方案 测试
        总分 20
        等级 合格 ≥ 12；不合格 < 12
        数据
          满意度：百分比 范围 [0%, 100%]
        A 效益指标 20分
          以下各项：等次 优秀 得满分；良好 得80%；一般 得60%；较差 得40%；差 不得分
          A1 服务对象满意度 10分
            区间 满意度：≥90%为优秀；[80%, 90%)为良好；[70%, 80%)为一般；[60%, 70%)为较差；<60%为差
          A2 资料完整性 10分
        """;

    [Theory]
    [InlineData("90%", 10)]
    [InlineData("89.99%", 8)]
    [InlineData("80%", 8)]
    [InlineData("79.99%", 6)]
    [InlineData("60%", 6)]
    [InlineData("59.99%", 0)]
    public void The_band_gives_a_grade_and_the_table_its_points_at_every_edge(string value, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(OwnTable), ("满意度", value));

        Assert.Equal(expected, result.Indicator("A").Score);
    }

    [Fact]
    public void The_sentence_names_the_band_and_the_grade()
    {
        var result = Schemes.Score(Schemes.Clean(OwnTable), ("满意度", "85%"));

        Assert.Equal("满意度 85%，位于80%（含）至90%（不含）一档，评为「良好」，得 8分", result.Indicator("A").Explanation);
    }

    [Theory]
    [InlineData("95%", 10)]
    [InlineData("75%", 6)]
    [InlineData("65%", 4)]
    [InlineData("50%", 0)]
    public void A_groups_grade_grid_gives_the_points_of_its_leaves_bands(string value, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(SharedGrid), ("满意度", value), ("A2", "良好"));

        Assert.Equal((expected, 8m), (result.Indicator("A1").Score, result.Indicator("A2").Score));
    }

    [Fact]
    public void The_page_writes_the_grades_then_what_each_is_worth_and_the_bands_read_back()
    {
        var scheme = Schemes.Clean(OwnTable).Scheme!;
        var leaf = scheme.Leaves.Single();

        Assert.Equal("满意度：90%（含）以上为优秀；80%（含）至90%（不含）为良好；60%（含）至80%（不含）为一般；低于60%为较差", RuleWording.Rule(leaf, scheme));
        Assert.EndsWith("。各等次：优秀得满分；良好得80%；一般得60%；较差不得分", RuleWording.Of(leaf, scheme), StringComparison.Ordinal);
        var reread = Schemes.Clean(OwnTable.Replace(
            "区间 满意度\n    ≥ 90% 为优秀\n    [80%, 90%) 为良好\n    [60%, 80%) 为一般\n    < 60% 评为较差",
            "区间 " + RuleWording.Rule(leaf, scheme),
            StringComparison.Ordinal)).Scheme!;
        Assert.Equal(RuleWording.Of(leaf, scheme), RuleWording.Of(reread.Leaves.Single(), reread));
    }

    [Theory]
    [InlineData("", "SL2033@8")]
    [InlineData("  等次 优秀 得满分；良好 得80%；较差 不得分", "SL2033@10")]
    [InlineData("  等次 优秀 得满分；良好 得80%；一般 得60%；较差：酌情扣分", "SL2033@11")]
    public void A_grade_without_points_is_reported_at_the_band_that_gives_it(string table, string expected)
    {
        var text = OwnTable.Replace("  等次 优秀 得满分；良好 得80%；一般 得60%；较差 不得分", table, StringComparison.Ordinal);

        Assert.Contains(expected, Schemes.CodesWithLines(Schemes.Compile(text)));
    }

    [Fact]
    public void A_level_table_after_bands_that_give_points_is_still_a_second_rule()
    {
        var text = OwnTable
            .Replace("为优秀", "得满分", StringComparison.Ordinal).Replace("为良好", "得8分", StringComparison.Ordinal)
            .Replace("为一般", "得6分", StringComparison.Ordinal).Replace("评为较差", "不得分", StringComparison.Ordinal);

        Assert.Contains("SL1006@12", Schemes.CodesWithLines(Schemes.Compile(text)));
    }
}
