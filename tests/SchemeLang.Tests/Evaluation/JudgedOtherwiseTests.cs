using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// 「相符得3分，否则酌情扣分」 (000's 财务 standard throughout): met gives the points, not met the evaluator's score in
/// [0, points] with a reason. A 酌情 score supplied where the standard already gives the points is the record's error,
/// never silently dropped — for a 是否 leaf that was met, and for a band table whose value fell in a fixed band.
/// </summary>
public class JudgedOtherwiseTests
{
    private const string Bands = """
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        数据
          资金使用率：百分比 范围 [0%, 200%]
        A 支出的相符性 3分
          是否 实际支出与预定用途相符 得满分，否则酌情扣分
        B 资金使用率 7分
          区间 资金使用率
            [90%, 100%] 得满分
            < 90% 酌情扣分
            > 100% 酌情扣分
        """;

    [Fact]
    public void Met_gives_the_points_without_a_score()
    {
        var result = Schemes.Score(Schemes.Clean(Bands), ("A", "是"), ("B", "5"), ("B.理由", "使用率偏低"), ("资金使用率", "80%"));

        Assert.Equal((3m, 5m), (result.Indicator("A").Score, result.Indicator("B").Score));
        Assert.Equal("达到「实际支出与预定用途相符」，得 3分", result.Indicator("A").Explanation);
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("0", 0)]
    [InlineData("3", 3)]
    public void Not_met_gives_the_evaluators_score_with_its_reason_on_both_engines(string score, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Bands), ("A", "否"), ("A.酌情得分", score), ("A.理由", "部分支出未重新报批"), ("资金使用率", "95%"));

        Assert.Equal(expected, result.Indicator("A").Score);
        Assert.Equal($"未达到「实际支出与预定用途相符」，酌情得 {expected}分：部分支出未重新报批", result.Indicator("A").Explanation);
    }

    [Fact]
    public void Not_met_without_a_score_is_a_missing_field()
    {
        var result = Schemes.Score(Schemes.Clean(Bands), ("A", "否"), ("资金使用率", "95%"));

        Assert.Equal(("SL5001", "A.酌情得分"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
    }

    [Fact]
    public void A_score_above_the_points_is_out_of_range()
    {
        var result = Schemes.Score(Schemes.Clean(Bands), ("A", "否"), ("A.酌情得分", "3.5"), ("A.理由", "x"), ("资金使用率", "95%"));

        Assert.Equal(("SL5014", "A.酌情得分"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
    }

    [Fact]
    public void A_score_supplied_though_the_standard_was_met_is_an_error_not_ignored()
    {
        var result = Schemes.Score(Schemes.Clean(Bands), ("A", "是"), ("A.酌情得分", "1"), ("A.理由", "x"), ("资金使用率", "95%"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5017", "A.酌情得分"), (error.Code, error.Field));
        Assert.Contains("达到「实际支出与预定用途相符」，得 3分", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_supplied_for_a_value_in_a_fixed_band_is_an_error_not_ignored()
    {
        var result = Schemes.Score(Schemes.Clean(Bands), ("A", "是"), ("B", "4"), ("B.理由", "x"), ("资金使用率", "95%"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5017", "B"), (error.Code, error.Field));
        Assert.Contains("资金使用率 95%，位于90%（含）至100%（含）一档", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_writes_it_as_the_author_did()
    {
        var scheme = Schemes.Clean(Bands).Scheme!;

        Assert.Equal("实际支出与预定用途相符得满分，否则酌情扣分", RuleWording.Rule(scheme.Leaves.First(), scheme));
    }

    private const string Levels = """
        方案 测试
        总分 4
        等级 合格 ≥ 2；不合格 < 2
        A 会计信息质量 4分
          等次 真实、完整和准确：4分；其他：酌情扣分
        """;

    [Fact]
    public void A_level_left_to_the_evaluator_takes_their_score_with_its_reason()
    {
        var result = Schemes.Score(Schemes.Clean(Levels), ("A", "其他"), ("A.酌情得分", "2.5"), ("A.理由", "部分凭证不完整"));

        Assert.Equal(2.5m, result.Indicator("A").Score);
        Assert.Equal("评为「其他」，酌情得 2.5分：部分凭证不完整", result.Indicator("A").Explanation);
    }

    [Fact]
    public void A_fixed_level_with_a_score_is_an_error_and_without_one_scores_its_points()
    {
        var compilation = Schemes.Clean(Levels);

        Assert.Equal(4m, Schemes.Score(compilation, ("A", "真实、完整和准确")).Indicator("A").Score);
        var error = Assert.Single(Schemes.Score(compilation, ("A", "真实、完整和准确"), ("A.酌情得分", "3"), ("A.理由", "x")).Errors);
        Assert.Equal(("SL5017", "A.酌情得分"), (error.Code, error.Field));
    }

    [Fact]
    public void A_level_left_to_the_evaluator_has_no_points_to_check_and_reads_back()
    {
        var compilation = Schemes.Clean(Levels);

        Assert.Equal("真实、完整和准确得4分；其他酌情扣分", RuleWording.Rule(compilation.Scheme!.Leaves.Single(), compilation.Scheme));
        Assert.Empty(Schemes.Compile(Levels.Replace("等次 真实、完整和准确：4分；其他：酌情扣分", "等次 真实、完整和准确得4分；其他酌情扣分", StringComparison.Ordinal)).Diagnostics);
    }
}
