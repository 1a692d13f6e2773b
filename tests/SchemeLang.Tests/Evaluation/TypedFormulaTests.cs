using SchemeLang.Binding;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Formulas as authors type them (issue 21, classes 4 and 6): * / × ÷, ASCII, full-width and square brackets, 「×100%」 as
/// "as a percentage" in 数据 and in 按比例, the 自评表's 「得分=完成率×该项指标分值」, names holding = / and brackets on lines that
/// end in points — and a 百分比 formula ending in 「×100」 an error whose fix is the line to write.
/// </summary>
public class TypedFormulaTests
{
    private static string Scheme(string formula, string rule) => $"""
        方案 测试
        总分 10
        等级 合格 ≥ 0
        数据
          实际完成数：整数（个）
          计划数：整数（个） 范围 (0, +∞)
          {formula}
        A 完成率 10分
          {rule}
        """;

    [Theory]
    [InlineData("完成率：百分比 = 实际完成数 ÷ 计划数")]
    [InlineData("完成率=(实际完成数/计划数)×100%")]
    [InlineData("完成率 = （实际完成数／计划数）×100％")]
    [InlineData("完成率：百分比 = [实际完成数÷计划数]*100%")]
    [InlineData("完成率：百分比 = 实际完成数/计划数*100%")]
    [InlineData("完成率：百分比 = 100% × 实际完成数 ÷ 计划数")]
    public void Every_way_of_typing_the_ratio_scores_alike(string formula)
    {
        var scheme = Schemes.Clean(Scheme(formula, "按比例 完成率，封顶 100%"));

        Assert.Equal(4.5m, Schemes.Score(scheme, ("实际完成数", "45"), ("计划数", "100")).Indicator("A").Score);
        Assert.Equal(10m, Schemes.Score(scheme, ("实际完成数", "120"), ("计划数", "100")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("按比例 实际完成数 ÷ 计划数，封顶 100%")]
    [InlineData("按比例 实际完成数/计划数*100%，封顶 100%")]
    [InlineData("按比例 (实际完成数/计划数)×100%，封顶 100%")]
    [InlineData("按比例 【实际完成数÷计划数】×100% × 10分，封顶 100%")]
    [InlineData("得分=实际完成数/计划数×100%×该项指标分值，封顶 100%")]
    [InlineData("得分 = (实际完成数/计划数) × 分值，封顶 100%")]
    [InlineData("得分＝实际完成数÷计划数×10分，封顶 100%")]
    public void A_ratio_written_in_the_rule_reads_as_按比例(string rule)
    {
        var scheme = Schemes.Clean(Scheme("备注：文本", rule).Replace("  备注：文本\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(4.5m, Schemes.Score(scheme, ("实际完成数", "45"), ("计划数", "100")).Indicator("A").Score);
        Assert.Equal("实际完成数 ÷ 计划数 × 10分，封顶100%", RuleWording.Rule(scheme.Scheme!.Leaves.Single(), scheme.Scheme!));
    }

    [Theory]
    [InlineData("得分=完成率×该项指标分值，封顶 100%")]
    [InlineData("指标得分=完成率×本项分值，封顶 100%")]
    [InlineData("得分 = 完成率 × 10分，封顶 100%")]
    public void The_自评表_score_formula_is_按比例_over_the_named_rate(string rule)
    {
        var scheme = Schemes.Clean(Scheme("完成率：百分比 = 实际完成数 ÷ 计划数", rule));

        Assert.Equal("完成率 × 10分，封顶100%", RuleWording.Rule(scheme.Scheme!.Leaves.Single(), scheme.Scheme!));
        Assert.Equal(7m, Schemes.Score(scheme, ("实际完成数", "7"), ("计划数", "10")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("成绩=完成率×该项指标分值", "SL2043")]
    [InlineData("得分=完成率×满分值", "SL2043")]
    [InlineData("按比例 实际完成数/计划数×50%", "SL1001")]
    public void A_score_formula_in_other_words_is_reported(string rule, string code)
    {
        var compilation = Schemes.Compile(Scheme("完成率：百分比 = 实际完成数 ÷ 计划数", rule));

        Assert.Contains(code, compilation.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void The_page_prints_100_percent_as_written_never_times_1()
    {
        var scheme = Schemes.Clean(Scheme("完成率=(实际完成数/计划数)×100%", "按比例 完成率，封顶 100%")).Scheme!;

        Assert.Equal("实际完成数 ÷ 计划数 × 100%", FormulaWording.Of(scheme.FindDataItem("完成率")!.Formula!));
    }

    [Theory]
    [InlineData("改造完成率：百分比 = 实际完成数/计划数×100", "改造完成率：百分比 = 实际完成数/计划数；", "改造完成率：数值 = 实际完成数/计划数×100")]
    [InlineData("改造完成率 = (实际完成数 ÷ 计划数) × 100", "改造完成率：百分比 = 实际完成数 ÷ 计划数；", "改造完成率：数值 = (实际完成数 ÷ 计划数) × 100")]
    [InlineData("改造完成率：百分比 = 100 × 实际完成数 ÷ 计划数", "改造完成率：百分比 = 实际完成数 ÷ 计划数；", "改造完成率：数值 = 100 × 实际完成数 ÷ 计划数")]
    public void A_percentage_formula_times_100_is_an_error_whose_fix_is_the_line_to_write(string formula, string withoutHundred, string asNumber)
    {
        var compilation = Schemes.Compile(Scheme(formula, "按比例 改造完成率，封顶 100%"));

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "SL2041");
        Assert.Contains("这一行应写成：" + withoutHundred, diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains(asNumber, diagnostic.Hint, StringComparison.Ordinal);
        Assert.True(compilation.HasErrors);
    }

    [Theory]
    [InlineData("按比例 实际完成数/计划数×100，封顶 100%", "按比例 实际完成数 ÷ 计划数，封顶 100%")]
    [InlineData("得分=(实际完成数/计划数)×100×该项指标分值", "得分=实际完成数 ÷ 计划数×该项指标分值")]
    public void A_rule_ratio_times_100_is_an_error_whose_fix_is_the_line_to_write(string rule, string fixedLine)
    {
        var compilation = Schemes.Compile(Scheme("备注：文本", rule));

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "SL2041");
        Assert.Equal("这一行应写成：" + fixedLine, diagnostic.Hint);
    }

    [Fact]
    public void A_number_declared_as_数值_may_be_multiplied_by_100()
    {
        var scheme = Schemes.Clean(Scheme("改造完成率：数值 = 实际完成数 ÷ 计划数 × 100", "改造完成率 ≥ 90 得满分，否则不得分"));

        Assert.Equal(10m, Schemes.Score(scheme, ("实际完成数", "95"), ("计划数", "100")).Indicator("A").Score);
        Assert.Equal(0m, Schemes.Score(scheme, ("实际完成数", "50"), ("计划数", "100")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("周转率(周转额/预算数) 10分")]
    [InlineData("覆盖率=100% 10分")]
    [InlineData("A 资金到位率（到位资金÷计划资金） 10分")]
    [InlineData("人均费用=总费用/人数 （10分）")]
    public void A_name_holding_a_formula_reads_unquoted_on_a_line_that_ends_in_points(string line)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 10
            等级 合格 ≥ 0
            {line}
              是否 达到
            """);

        Assert.Single(compilation.Scheme!.Leaves);
    }

    [Theory]
    [InlineData("完成率=(实际完成数/计划数)×100%")]
    [InlineData("完成率=实际完成数/计划数*100%")]
    [InlineData("完成率 = 实际完成数 ÷ 计划数")]
    public void A_formula_under_a_leaf_is_never_a_child_and_its_hint_shows_the_lines_to_write(string line)
    {
        var compilation = Schemes.Compile(Scheme("备注：文本", line));

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "SL1001");
        Assert.Contains("完成率：百分比 = ", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("按比例 完成率", diagnostic.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code is "SL2001" or "SL2013");
    }

    [Fact]
    public void The_page_shows_the_target_a_rule_divides_by_and_reads_back()
    {
        var scheme = Schemes.Clean("""
            方案 测试
            总分 10
            等级 合格 ≥ 0
            目标值
              户数目标 = 30户
            数据
              完成户数：整数（户）
              完成率：百分比 = 完成户数 ÷ 户数目标
            A 户数 5分
              按比例 完成户数 ÷ 户数目标（30户），封顶 100%
            B 比率 5分
              按比例 完成率，封顶 100%
            """).Scheme!;

        Assert.Equal("完成户数 ÷ 户数目标（30户） × 5分，封顶100%", RuleWording.Rule(scheme.Leaves.First(), scheme));
        Assert.Equal("完成户数 ÷ 户数目标（30户）", FormulaWording.Of(scheme.FindDataItem("完成率")!.Formula!));
    }

    [Fact]
    public void A_target_value_written_beside_the_divisor_must_be_the_targets()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 5
            等级 合格 ≥ 0
            目标值
              户数目标 = 30户
            数据
              完成户数：整数（户）
            A 户数 5分
              按比例 完成户数 ÷ 户数目标（40户），封顶 100%
            """);

        Assert.Contains("SL2027", compilation.Diagnostics.Select(d => d.Code));
    }
}
