using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Tests.Support;
using SchemeLang.Text;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// 「其中」 rows that carry a value and no points (issue 21, class 7): the breakdown of the leaf's own figure, not scored
/// parts. Each row is a record field keyed like a part (B21.玉米种植面积); per record the rows add up to the figure, or
/// the record is not scored (SL5020). The page writes the rows as their lines, never as 「其中玉米种植面积（5分）」. Both engines.
/// </summary>
public class BreakdownTests
{
    private static string OwnValue(string rows) => $"""
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        B21 种植面积 10分
          ≥ 12亩 得满分，否则不得分
          {rows}
        """;

    public static TheoryData<string> AreaWordings => new()
    {
        "其中 玉米种植面积 8亩\n  其中 大豆种植面积 4亩",
        "其中：玉米种植面积 8亩\n  其中：大豆种植面积 4亩",
        "其中玉米种植面积8亩\n  其中大豆种植面积4亩",
        "其中 玉米种植面积 8 亩\n  其中: 大豆种植面积 4亩",
    };

    [Theory]
    [MemberData(nameof(AreaWordings))]
    public void Rows_with_a_value_are_the_leafs_breakdown_not_parts_and_must_add_up_per_record(string rows)
    {
        var compilation = Schemes.Clean(OwnValue(rows));
        var leaf = compilation.Scheme!.Leaves.Single();

        Assert.IsType<BandRule>(leaf.Rule);
        Assert.Equal(["B21.玉米种植面积", "B21.大豆种植面积"], leaf.Breakdown.Select(row => row.Key));
        Assert.Equal(10m, Schemes.Score(compilation, ("B21", "13亩"), ("B21.玉米种植面积", "9亩"), ("B21.大豆种植面积", "4亩")).Indicator("B21").Score);

        var wrong = Schemes.Score(compilation, ("B21", "13亩"), ("B21.玉米种植面积", "9亩"), ("B21.大豆种植面积", "5亩"));
        var error = Assert.Single(wrong.Errors);
        Assert.Equal(("SL5020", "B21"), (error.Code, error.Field));
        Assert.Equal("「B21 种植面积」的其中各项之和 B21.玉米种植面积 + B21.大豆种植面积 = 14亩，与合计 B21 = 13亩 不符，相差 1亩", error.Message);
    }

    [Theory]
    [InlineData("150万元", "120万元", "30万元", null)]
    [InlineData("150万元", "1200000元", "30万元", null)]
    [InlineData("150万元", "120万元", "29.99万元", "相差 100元")]
    public void Money_rows_add_up_to_the_data_item_the_leafs_rule_reads_in_any_unit(string total, string central, string province, string? difference)
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            数据
              到位资金：金额（万元）
            A 资金到位 10分
              区间 到位资金：≥100万元得满分；<100万元不得分
              其中：中央资金 120万元
              其中：省级资金 30万元
            """);

        var result = Schemes.Score(compilation, ("到位资金", total), ("A.中央资金", central), ("A.省级资金", province));

        if (difference is null)
        {
            Assert.Equal(10m, result.Indicator("A").Score);
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(("SL5020", "到位资金"), (error.Code, error.Field));
            Assert.EndsWith(difference, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Whole_counts_and_fractional_areas_follow_the_figures_type()
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            数据
              资助人数：整数（人）
              种植面积：数值（亩）
            A 资助 5分
              资助人数 ≥ 30人 得满分，否则不得分
              其中 城镇 20人
              其中 农村 10人
            B 种植 5分
              区间 种植面积：≥12亩得满分；<12亩不得分
              其中 玉米 8.5亩
              其中 大豆 3.5亩
            """);
        var fields = new[] { ("资助人数", "31"), ("A.城镇", "21"), ("A.农村", "10"), ("种植面积", "12.5亩"), ("B.玉米", "9.25亩"), ("B.大豆", "3.25亩") };

        Assert.Equal(10m, Schemes.Score(compilation, fields).Total);
        var notWhole = Schemes.Score(compilation, [.. fields.Where(field => field.Item1 != "A.城镇"), ("A.城镇", "20.5")]);
        Assert.Equal([("SL5003", "A.城镇")], notWhole.Errors.Select(error => (error.Code, error.Field)));
    }

    [Fact]
    public void A_row_the_record_lacks_is_a_missing_field()
    {
        var compilation = Schemes.Clean(OwnValue("其中 玉米种植面积 8亩\n  其中 大豆种植面积 4亩"));

        var result = Schemes.Score(compilation, ("B21", "13亩"), ("B21.玉米种植面积", "13亩"));

        Assert.Equal([("SL5001", "B21.大豆种植面积")], result.Errors.Select(error => (error.Code, error.Field)));
    }

    [Fact]
    public void The_page_writes_the_rows_as_their_lines_and_says_they_are_checked_not_scored()
    {
        var scheme = Schemes.Clean(OwnValue("其中 玉米种植面积 8亩\n  其中：大豆种植面积 4亩")).Scheme!;

        var sentence = RuleWording.Of(scheme.Leaves.Single(), scheme);

        Assert.Equal("≥ 12亩得满分，否则不得分。其中玉米种植面积8亩；其中大豆种植面积4亩（种植面积的实际完成值的分项，不计分；每条记录各项之和须等于种植面积的实际完成值）", sentence);
        Assert.DoesNotContain("分）", sentence.Replace("不计分", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("其中 玉米种植面积 8亩\n  其中：大豆种植面积 4亩")]
    [InlineData("其中玉米种植面积 8 亩\n  其中 大豆种植面积 3.5亩")]
    public void Each_rows_page_line_reads_back_to_the_same_plan(string rows)
    {
        var source = OwnValue(rows);
        var original = Schemes.Clean(source);
        var leaf = original.Scheme!.Leaves.Single();
        var lines = leaf.Breakdown.Select(RuleWording.BreakdownLine).ToArray();
        var start = leaf.Breakdown[0].Span.Span.Start;
        var end = source.IndexOf('\n', leaf.Breakdown[^1].Span.Span.Start) is var newline and >= 0 ? newline : source.Length;

        var reread = Schemes.Clean(source[..start] + string.Join("\n  ", lines) + source[end..]);

        Assert.Equal(PlanJson.Write(new global::SchemeLang.Evaluation.Evaluator(original).Plan), PlanJson.Write(new global::SchemeLang.Evaluation.Evaluator(reread).Plan));
    }

    [Theory]
    [InlineData("是否 完成种植任务")]
    [InlineData("等次 完成 得满分；未完成 不得分")]
    [InlineData("酌情评分")]
    public void Rows_under_a_leaf_whose_rule_reads_no_figure_are_an_error(string rule)
    {
        var compilation = Schemes.Compile($"""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            B21 种植面积 10分
              {rule}
              其中 玉米种植面积 8亩
              其中 大豆种植面积 4亩
            """);

        Assert.Equal(["SL2045@6"], Schemes.CodesWithLines(compilation));
    }

    [Theory]
    [InlineData("其中 种植补贴 40万元", "SL2046@7")]
    [InlineData("其中 玉米种植面积 2亩", "SL2004@7")]
    [InlineData("其中 资助人数 4人", "SL2046@7")]
    public void A_row_in_another_unit_or_named_twice_is_an_error(string second, string expected)
    {
        var compilation = Schemes.Compile(OwnValue($"其中 玉米种植面积 8亩\n  {second}"));

        Assert.Equal([expected], Schemes.CodesWithLines(compilation));
    }

    [Fact]
    public void A_bare_number_is_neither_points_nor_a_value_and_is_not_read()
    {
        var compilation = Schemes.Compile(OwnValue("其中 玉米种植面积 8"));

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Severity == Severity.Error && diagnostic.Location.Start.Line + 1 == 6);
    }
}
