using SchemeLang.Tests.Cli;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// A leaf whose standard is left to be set (待定): check warns and check --strict fails; a record supplies its score
/// and reason, or has an error of its own; the page says 待定 with the author's note.
/// </summary>
public sealed class PendingStandardTests : CliHarness
{
    private const string Scheme = """
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        A 项目验收 5分
          是否 通过验收 得5分，否则不得分
        B 地方配套 5分
          待定：由各市县自行制定
        """;

    [Fact]
    public void Check_warns_and_strict_check_fails()
    {
        var compilation = Schemes.Compile(Scheme);
        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("SL3403", 7), (warning.Code, warning.Location.Start.Line + 1));
        Assert.Contains("「地方配套」的评分标准待定", warning.Message, StringComparison.Ordinal);

        var path = WriteFile("p.scheme", Scheme);
        Assert.Equal(0, Run("check", path).Exit);
        Assert.Equal(1, Run("check", "--strict", path).Exit);
    }

    [Fact]
    public void A_record_supplies_the_score_and_the_reason()
    {
        var result = Schemes.Score(Schemes.Compile(Scheme), ("A", "是"), ("B", "3"), ("B.理由", "市里的配套办法尚未出台，按到位情况给分"));

        Assert.Equal((3m, "评分标准待定，按评价提供得 3分：市里的配套办法尚未出台，按到位情况给分"), (result.Indicator("B").Score, result.Indicator("B").Explanation));
        Assert.Equal(8m, result.Total);
    }

    [Theory]
    [InlineData(null, "SL5001")]
    [InlineData("6", "SL5014")]
    public void A_record_without_a_score_in_range_has_an_error_of_its_own(string? score, string code)
    {
        (string, string)[] fields = score is null ? [("A", "是"), ("B.理由", "无")] : [("A", "是"), ("B", score), ("B.理由", "无")];
        var result = Schemes.Score(Schemes.Compile(Scheme), fields);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, error => error.Code == code && error.Field == "B");
    }

    [Fact]
    public void The_page_says_pending_with_the_authors_note()
    {
        var scheme = Schemes.Compile(Scheme).Scheme!;

        Assert.Equal("待定：由各市县自行制定", RuleWording.Of(scheme.Leaves.Last(), scheme));
    }
}
