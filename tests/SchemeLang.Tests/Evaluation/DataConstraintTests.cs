using AngleSharp.Html.Parser;
using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Constraints on each record's data (「全年执行数 ≤ 全年预算数」, 「合计 = 甲 + 乙」): a record that breaks one gets an
/// error naming both sides and their values, on both engines, and is not scored; the others are.
/// </summary>
public class DataConstraintTests
{
    private const string Scheme = """
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        数据
          全年预算数：金额（万元）
          全年执行数：金额（万元）
          执行率：百分比 = 全年执行数 ÷ 全年预算数，除数为零时 0%
          甲：整数（户）
          乙：整数（户）
          合计：整数（户）
        约束
          全年执行数 ≤ 全年预算数
          合计 = 甲 + 乙
        A 资金 5分
          按比例 执行率，封顶 100%
        B 户数 5分
          区间 合计
            ≥ 10户 得满分
            < 10户 不得分
        """;

    private static SchemeLang.Runtime.RecordResult Score(string budget, string spent, string a, string b, string total) =>
        Schemes.Score(Schemes.Clean(Scheme), ("全年预算数", budget), ("全年执行数", spent), ("甲", a), ("乙", b), ("合计", total));

    [Theory]
    [InlineData("100万元", "100万元", "4", "6", "10", 10)]
    [InlineData("100万元", "50万元", "4", "3", "7", 2.5)]
    public void Records_that_meet_every_constraint_are_scored(string budget, string spent, string a, string b, string total, decimal expected) =>
        Assert.Equal(expected, Score(budget, spent, a, b, total).Total);

    [Fact]
    public void Spending_over_budget_is_an_error_naming_both_sides()
    {
        var result = Score("61.5万元", "64万元", "4", "6", "10");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5016", "不满足约束「全年执行数 ≤ 全年预算数」：全年执行数 = 640000元，全年预算数 = 615000元"), (error.Code, error.Message));
        Assert.Null(result.Total);
    }

    [Fact]
    public void One_constraint_may_be_written_on_the_keywords_line()
    {
        var oneLine = Scheme.Replace("约束\n  全年执行数 ≤ 全年预算数\n  合计 = 甲 + 乙", "约束 合计 = 甲 + 乙", StringComparison.Ordinal);
        Assert.NotEqual(Scheme, oneLine);

        var error = Assert.Single(Schemes.Score(Schemes.Clean(oneLine), ("全年预算数", "61.5万元"), ("全年执行数", "64万元"), ("甲", "4"), ("乙", "6"), ("合计", "11")).Errors);
        Assert.Equal("不满足约束「合计 = 甲 + 乙」：合计 = 11，甲 + 乙 = 10", error.Message);
    }

    [Fact]
    public void A_total_that_contradicts_its_parts_is_an_error()
    {
        var error = Assert.Single(Score("100万元", "100万元", "4", "5", "10").Errors);

        Assert.Equal("不满足约束「合计 = 甲 + 乙」：合计 = 10，甲 + 乙 = 9", error.Message);
    }

    [Fact]
    public void A_constraint_with_a_side_missing_is_not_checked_and_the_missing_field_is_reported()
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("全年预算数", "100万元"), ("甲", "4"), ("乙", "6"), ("合计", "10"));

        Assert.Equal(["SL5001"], result.Errors.Select(error => error.Code));
    }

    [Fact]
    public void Sides_in_different_units_are_an_error()
    {
        var compilation = Schemes.Compile(Scheme.Replace("合计 = 甲 + 乙", "合计 = 全年预算数", StringComparison.Ordinal));

        Assert.Equal(["SL2007@8", "SL2007@9", "SL2009@13"], Schemes.CodesWithLines(compilation));
    }

    [Fact]
    public void The_page_lists_each_constraint()
    {
        var page = new HtmlParser().ParseDocument(PageRenderer.Standard(Schemes.Clean(Scheme).Scheme!));

        Assert.Equal(["每条记录：全年执行数 ≤ 全年预算数", "每条记录：合计 = 甲 + 乙"], page.QuerySelectorAll("ul.constraints li").Select(li => li.TextContent));
    }
}
