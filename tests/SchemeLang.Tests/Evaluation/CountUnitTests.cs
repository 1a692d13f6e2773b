using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Counts and quantities in any unit (户, 人次, 公顷), with units on targets, bounds and steps (「≥ 30户」, 「每少1户」);
/// a unit that is not the data item's is SL2009, as for money.
/// </summary>
public class CountUnitTests
{
    private static string Scheme(string rules, string targets = "户数目标 = 30户") => $"""
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        目标值
          {targets}
        数据
          完成户数：整数（户）
          治理面积：数值（公顷）
          培训人次：整数（人次）
        {rules}
        """;

    private const string Rules = """
        A1 户数 4分
          完成户数 ≥ 户数目标 得满分，每少1户扣0.5分，不满1户按1户计，扣完为止
        A2 面积 3分
          区间 治理面积
            ≥ 100公顷 得满分
            < 100公顷 不得分
        A3 培训 3分
          区间 培训人次
            ≥ 30人次 得满分
            < 30人次 不得分
        """;

    [Theory]
    [InlineData("30", "100", "30", 10)]
    [InlineData("29", "99.99", "29", 3.5)]
    [InlineData("22", "100", "31", 10 - 4)]
    [InlineData("0", "0", "0", 0)]
    public void Counts_in_any_unit_score_at_every_edge(string households, string area, string trainees, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme(Rules)), ("完成户数", households), ("治理面积", area), ("培训人次", trainees));

        Assert.Equal(expected, result.Total);
    }

    /// <summary>起 is a keyword (「自N分起」) and the measure word of incidents; it reads as a unit in a declaration, a bound and a step.</summary>
    [Theory]
    [InlineData("0", 5)]
    [InlineData("2", 3)]
    [InlineData("4", 0)]
    public void Incidents_counted_in_起_read_as_a_unit(string incidents, decimal expected)
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 5
            等级 合格 ≥ 3；不合格 < 3
            数据
              安全事故：整数（起）
            A 安全生产 5分
              区间 安全事故
                ≤ 1起 得满分
                > 1起 自5分起，每多一起扣2分，扣完为止
            """);

        Assert.Equal(expected, Schemes.Score(compilation, ("安全事故", incidents + "起")).Total);
    }

    [Theory]
    [InlineData("≥ 100公顷 得满分", "≥ 100亩 得满分", "「100亩」的单位是「亩」，而「治理面积」的单位是「公顷」")]
    [InlineData("≥ 30人次 得满分", "≥ 30户 得满分", "「30户」的单位是「户」，而「培训人次」的单位是「人次」")]
    [InlineData("每少1户扣0.5分", "每少1人扣0.5分", "「1人」的单位是「人」，而「完成户数」的单位是「户」")]
    public void A_unit_that_is_not_the_data_items_is_an_error(string written, string wrong, string message)
    {
        var compilation = Schemes.Compile(Scheme(Rules.Replace(written, wrong, StringComparison.Ordinal)));

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("SL2009", error.Code);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_in_another_unit_is_an_error_where_it_is_used()
    {
        var compilation = Schemes.Compile(Scheme(Rules, "户数目标 = 30人"));

        Assert.Equal(["SL2009@11"], Schemes.CodesWithLines(compilation));
    }

    [Fact]
    public void The_page_writes_each_value_with_its_unit()
    {
        var scheme = Schemes.Clean(Scheme(Rules)).Scheme!;

        Assert.Equal(
            ["完成户数≥户数目标（30户）得满分，每少1户扣0.5分，不满1户按1户计，扣完为止", "治理面积：100公顷（含）以上得满分；低于100公顷不得分", "培训人次：30人次（含）以上得满分；低于30人次不得分"],
            scheme.Leaves.Select(leaf => RuleWording.Rule(leaf, scheme)));
    }

    [Theory]
    [InlineData("0", 4, "延迟月数 0，达到 ≤ 0，得 4分")]
    [InlineData("0.5", 3, null)]
    [InlineData("1", 3, null)]
    [InlineData("3", 1, null)]
    [InlineData("9", 0, null)]
    public void Steps_may_count_months_written_in_words(string months, decimal expected, string? explanation)
    {
        var result = Schemes.Score(Schemes.Clean("""
            方案 测试
            总分 4
            等级 合格 ≥ 2；不合格 < 2
            数据
              延迟月数：数值（个月）
            A 按时完成 4分
              延迟月数 ≤ 0个月 得满分，每延迟一个月扣1分，不满一个月按一个月计，扣完为止
            """), ("延迟月数", months)).Indicator("A");

        Assert.Equal(expected, result.Score);
        if (explanation is not null)
        {
            Assert.Equal(explanation, result.Explanation);
        }
    }

    /// <summary>个 is a measure word before 月: 一个月 counts in 月, and a record may write 2个月 or 2月 whichever the scheme declared.</summary>
    [Theory]
    [InlineData("月", "2个月", 2)]
    [InlineData("月", "2月", 2)]
    [InlineData("个月", "2月", 2)]
    [InlineData("个月", "3个月", 1)]
    [InlineData("月", "2", 2)]
    public void Months_are_one_unit_with_or_without_their_measure_word(string declared, string record, decimal expected)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 5
            等级 合格 ≥ 2；不合格 < 2
            数据
              延迟月数：整数（{declared}）
            A 按时完成 4分
              延迟月数 ≤ 0个月 得满分，每延迟一个月扣1分，不满一个月按一个月计，扣完为止
            B 按期 1分
              延迟月数 ≤ 0月 得满分，否则不得分
            """);

        Assert.Equal(expected, Schemes.Score(compilation, ("延迟月数", record)).Indicator("A").Score);
    }

    /// <summary>A whole count below a whole threshold by one unit a step has no part step: no rounding to state, no readings to warn of.</summary>
    [Theory]
    [InlineData("30", 10)]
    [InlineData("29", 9.5)]
    [InlineData("10", 0)]
    public void Steps_of_one_unit_over_a_whole_count_need_no_rounding(string households, decimal expected)
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            数据
              完成户数：整数（户）
            A 户数 10分
              完成户数 ≥ 30户 得满分，每少一户扣0.5分，扣完为止
            """);

        Assert.Equal(expected, Schemes.Score(compilation, ("完成户数", households)).Indicator("A").Score);
    }

    [Fact]
    public void Steps_of_several_units_still_say_how_a_part_step_counts() =>
        Assert.Contains("SL3108@7", Schemes.CodesWithLines(Schemes.Compile("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            数据
              完成户数：整数（户）
            A 户数 10分
              完成户数 ≥ 30户 得满分，每少5户扣1分，扣完为止
            """)));

    [Fact]
    public void A_step_in_another_han_numeral_is_reported_not_guessed()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 4
            等级 合格 ≥ 2；不合格 < 2
            数据
              完成户数：整数（户）
            A 户数 4分
              完成户数 ≥ 30户 得满分，每少两户扣1分，不满两户按两户计，扣完为止
            """);

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("SL1001", 7), (error.Code, error.Location.Start.Line + 1));
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("12.5分", 12.5)]
    public void A_weight_may_be_a_bare_number_as_in_a_points_column(string weight, decimal expected)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 12.5
            等级 合格 ≥ 6；不合格 < 6
            A 决策 {weight}
              是否 程序合规 得满分，否则不得分
            """);

        Assert.Equal(expected, Assert.Single(compilation.Scheme!.Indicators).Weight);
        Assert.Equal(expected, Schemes.Score(compilation, ("A", "是")).Total);
    }

    [Theory]
    [InlineData("30", "90%", 10)]
    [InlineData("29", "90%", 5)]
    [InlineData("31", "89.9999%", 5)]
    [InlineData("0", "0%", 0)]
    public void A_one_line_threshold_gives_its_points_or_none(string households, string satisfaction, decimal expected)
    {
        var compilation = Schemes.Clean(Scheme("""
            A 户数 5分
              完成户数 ≥ 户数目标 得满分，否则不得分
            B 满意 5分
              满意度 ≥ 90% 得5分，否则不得分
            """).Replace("  治理面积：数值（公顷）\n  培训人次：整数（人次）\n", "  满意度：百分比 范围 [0%, 100%]\n", StringComparison.Ordinal));

        Assert.Equal(expected, Schemes.Score(compilation, ("完成户数", households), ("满意度", satisfaction)).Total);
        var scheme = compilation.Scheme!;
        Assert.Equal(
            ["完成户数：户数目标（30户）（含）以上得满分；低于户数目标（30户）不得分", "满意度：90%（含）以上得5分；低于90%不得分"],
            scheme.Leaves.Select(leaf => RuleWording.Rule(leaf, scheme)));
    }

    [Fact]
    public void Weights_whose_sum_is_past_decimal_are_reported_not_a_crash()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            A 决策 79228162514264337593543950335
              A1 甲 79228162514264337593543950335
                是否 达到 得满分，否则不得分
              A2 乙 79228162514264337593543950335
                是否 达到 得满分，否则不得分
            """);

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL3001" && diagnostic.Message == "「决策」的子指标分值合计超出可计算的范围，不可能与上级分值相符");
    }

    [Theory]
    [InlineData("完成户数 = 29户，治理面积 = 100公顷，培训人次 = 30人次", "总分 = 9.5分", true)]
    [InlineData("完成户数 = 29，治理面积 = 100，培训人次 = 30", "总分 = 9.5分", true)]
    [InlineData("完成户数 = 29人次，治理面积 = 100公顷，培训人次 = 30人次", "总分 = 9.5分", false)]
    public void Test_inputs_may_carry_the_items_unit_and_another_unit_fails_the_test(string inputs, string expected, bool passes)
    {
        var compilation = Schemes.Clean(Scheme(Rules) + $"\n测试 单位\n  输入 {inputs}\n  期望 {expected}\n");

        var result = Assert.Single(SchemeLang.Testing.SchemeTestRunner.Run(compilation));
        Assert.Equal(passes, result.Passed);
        if (!passes)
        {
            Assert.Contains("「29人次」不是以「户」计的整数（如 2户，或只写 2）", string.Join("；", result.Failures), StringComparison.Ordinal);
        }
    }
}
