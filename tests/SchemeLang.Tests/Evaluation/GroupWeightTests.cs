using AngleSharp.Html.Parser;
using SchemeLang.Cli;
using SchemeLang.Docs.Rendering;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// A group may leave its weight out, as a 一级 column with a blank 分值 does (002's 附件2 tables): its weight is its
/// children's sum. Only a line with indicators under it is such a group; every other line without a weight stays the
/// syntax error it was.
/// </summary>
public class GroupWeightTests
{
    private const string Scheme = """
        方案 测试
        总分 20
        等级 合格 ≥ 12；不合格 < 12
        A 通用指标 20分
          A1 项目决策
            A11 程序严密 3分
              是否 程序严密
            A12 规划合理 7分
              是否 规划合理
          A2 完成结果
            A21 分组
              A211 预算完成 6分
                是否 预算完成
            A22 违规记录 4分
              是否 无违规记录
        """;

    [Fact]
    public void A_group_without_a_weight_weighs_its_childrens_sum_at_every_depth()
    {
        var scheme = Schemes.Clean(Scheme).Scheme!;
        var weights = scheme.AllIndicators.ToDictionary(indicator => indicator.Key, indicator => (indicator.Weight, indicator.DeclaredWeight?.Text));

        Assert.Equal((10m, null), weights["A1"]);
        Assert.Equal((6m, null), weights["A21"]);
        Assert.Equal((10m, null), weights["A2"]);
        Assert.Equal((20m, "20分"), weights["A"]);
    }

    [Theory]
    [InlineData("是", "是", "是", "是", 20, 10, 10)]
    [InlineData("否", "是", "否", "是", 11, 7, 4)]
    [InlineData("是", "否", "是", "否", 9, 3, 6)]
    public void Groups_without_weights_score_as_sums_on_both_engines(string a11, string a12, string a211, string a22, decimal total, decimal a1, decimal a2)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("A11", a11), ("A12", a12), ("A211", a211), ("A22", a22));

        Assert.Equal((total, a1, 10m, a2, 10m), (result.Total!.Value, result.Indicator("A1").Score, result.Indicator("A1").Weight, result.Indicator("A2").Score, result.Indicator("A2").Weight));
    }

    [Fact]
    public void Children_that_do_not_add_up_to_the_written_parent_are_still_reported()
    {
        var compilation = Schemes.Compile(Scheme.Replace("A22 违规记录 4分", "A22 违规记录 5分", StringComparison.Ordinal));

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("SL3001", 4), (error.Code, error.Location.Start.Line + 1));
        Assert.Contains("21分", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_the_weights_it_added_up()
    {
        var path = Path.Combine(Path.GetTempPath(), $"group-weights-{Guid.NewGuid():N}.scheme");
        File.WriteAllText(path, Scheme);
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, SchemeLangCli.Run(["check", path], output, new StringWriter()));
            Assert.Contains("    A1 项目决策 （未写） → 10分", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("      A21 分组 （未写） → 6分", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_page_shows_the_sum_as_the_groups_weight()
    {
        var page = new HtmlParser().ParseDocument(PageRenderer.Standard(Schemes.Clean(Scheme).Scheme!));

        Assert.Contains(page.QuerySelectorAll("td.level1"), td => td.TextContent == "A1 项目决策（10分）");
        Assert.Contains(page.QuerySelectorAll("td.level2"), td => td.TextContent == "A21 分组（6分）");
    }

    [Theory]
    // A leaf that forgot its weight: the error is where the weight belongs, and nothing else is reported.
    [InlineData("    A12 规划合理 7分", "    A12 规划合理", 8, 13)]
    // A line with nothing under it and no weight is no group.
    [InlineData("    A22 违规记录 4分\n      是否 无违规记录", "    A22 违规记录 4分\n      是否 无违规记录\n    A23 其他", 16, 11)]
    public void A_line_without_a_weight_and_without_children_is_the_end_of_line_error(string line, string broken, int lineNumber, int column)
    {
        var compilation = Schemes.Compile(Scheme.Replace(line, broken, StringComparison.Ordinal));

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal(($"test.scheme:{lineNumber}:{column}", "SL1001", "此处不应出现行尾"), (error.Location.ToString(), error.Code, error.Message));
        Assert.Contains("只有下面还有指标的分组可以不写分值", error.Hint, StringComparison.Ordinal);
        Assert.Null(compilation.Scheme);
    }

    [Fact]
    public void A_header_keyword_line_with_lines_under_it_is_never_a_group()
    {
        var compilation = Schemes.Compile(Scheme.Replace("总分 20", "总分 二十", StringComparison.Ordinal).Replace("A 通用指标 20分", "  A 通用指标 20分", StringComparison.Ordinal));

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL1001" && diagnostic.Location.Start.Line == 1);
        Assert.Null(compilation.Scheme);
    }

    [Fact]
    public void Under_relative_weights_a_group_must_say_its_share()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 10
            权重 相对
            等级 合格 ≥ 6；不合格 < 6
            A 决策
              A1 依据 100%
                是否 依据充分
            """);

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL2013" && diagnostic.Location.Start.Line == 4);
    }

    [Theory]
    // Found by random text: a line without a weight whose one token holds an outline mark and more.
    [InlineData("1.１００\n  A1 指标 5分\n    是否 完成")]
    [InlineData("1.\n  A1 指标 5分\n    是否 完成")]
    public void A_group_line_that_is_only_a_code_is_read_not_a_crash(string tree)
    {
        var compilation = Schemes.Compile($"方案 测试\n总分 5\n等级 合格 ≥ 3；不合格 < 3\n{tree}\n");

        Assert.NotNull(compilation.Scheme);
        Assert.Equal(5m, compilation.Scheme.Indicators.Single().Weight);
    }

    [Fact]
    public void Children_whose_sum_is_past_decimal_are_reported_not_a_crash()
    {
        var compilation = Schemes.Compile("方案 测试\n总分 5\n等级 合格 ≥ 3；不合格 < 3\nA 组\n  A1 甲 79228162514264337593543950335\n    是否 完成\n  A2 乙 1\n    是否 完成\n");

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL3001" && diagnostic.Message.Contains("「组」的下级指标分值合计超出可计算的范围", StringComparison.Ordinal));
    }
}
