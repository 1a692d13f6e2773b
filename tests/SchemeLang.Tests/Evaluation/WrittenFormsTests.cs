using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Forms real tables are written in, read as their authors mean them and scored the same on both engines: colon
/// outcomes, a band of one value, bands that name the value they range over; and a formula written where a rule
/// belongs is reported as such, never read as a child indicator.
/// </summary>
public class WrittenFormsTests
{
    private static string Scheme(string rule, string extraData = "") => $"""
        方案 测试
        总分 6
        等级 合格 ≥ 3；不合格 < 3
        数据
          完成率：百分比 范围 [0%, 200%]{extraData}
        A 完成情况 6分
            {rule}
        """;

    private static decimal ScoreOf(string rule, string value) =>
        Schemes.Score(Schemes.Clean(Scheme(rule)), ("完成率", value)).Indicator("A").Score;

    [Theory]
    [InlineData("完整", 4)]
    [InlineData("基本完整", 2)]
    [InlineData("不完整", 0)]
    public void Levels_written_with_colons_score_their_points(string level, decimal expected)
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 4
            等级 合格 ≥ 2；不合格 < 2
            A 资料完整性 4分
              等次 完整：4分；基本完整：2分；不完整：0分
            """);
        var levels = Assert.IsType<SchemeLang.Binding.LevelRule>(compilation.Scheme!.Leaves.Single().Rule);
        Assert.Equal([("完整", 4m), ("基本完整", 2m), ("不完整", 0m)], levels.Levels.Select(entry => (entry.Name, entry.Points)));
        Assert.Equal(expected, Schemes.Score(compilation, ("A", level)).Indicator("A").Score);
    }

    [Theory]
    [InlineData("98%", 6)]
    [InlineData("97.9999%", 3)]
    [InlineData("90%", 3)]
    [InlineData("89.9999%", 0)]
    public void Bands_written_with_colons_score_their_points(string value, decimal expected) =>
        Assert.Equal(expected, ScoreOf("区间 完成率\n      ≥98%：6分\n      [90%, 98%)：3分\n      <90%：0分", value));

    [Theory]
    [InlineData("100%", 6)]
    [InlineData("99.9999%", 0)]
    [InlineData("100.0001%", 0)]
    public void A_band_of_one_value_holds_exactly_that_value(string value, decimal expected)
    {
        Assert.Equal(expected, ScoreOf("区间 完成率\n      100% 得6分\n      < 100% 不得分\n      > 100% 不得分", value));
        Assert.Equal(expected, ScoreOf("区间 完成率：等于100%得6分；低于100%不得分；高于100%不得分", value));
    }

    /// <summary>「95%以上满分」: 满分 without 得, wherever 得满分 is read.</summary>
    [Theory]
    [InlineData("95%", 6)]
    [InlineData("94.9999%", 0)]
    public void Full_marks_may_be_written_without_de(string value, decimal expected)
    {
        Assert.Equal(expected, ScoreOf("区间 完成率\n      95%以上满分\n      低于95% 不得分", value));
        Assert.Equal(expected, ScoreOf("完成率 ≥ 95% 满分，否则不得分", value));
        Assert.Equal(expected, ScoreOf("完成率 ≥ 95% 满分，每低5%扣6分，不满5%按5%计，扣完为止", value));
    }

    /// <summary>「85%（含）-95%（不含）」: marks say which ends the band holds, with 至, a dash or a tilde between them.</summary>
    [Theory]
    [InlineData("85%", 3)]
    [InlineData("84.9999%", 0)]
    [InlineData("94.9999%", 3)]
    [InlineData("95%", 6)]
    public void Marked_bounds_may_be_joined_by_a_dash(string value, decimal expected)
    {
        Assert.Equal(expected, ScoreOf("区间 完成率\n      95%（含）以上 得满分\n      85%（含）-95%（不含） 得3分\n      低于85% 不得分", value));
        Assert.Equal(expected, ScoreOf("区间 完成率\n      95%（含）以上 得满分\n      85%（含）～95%（不含） 得3分\n      低于85% 不得分", value));
    }

    [Theory]
    [InlineData("1.9999%", 0)]
    [InlineData("2%", 3)]
    [InlineData("7.9999%", 3)]
    [InlineData("8%", 6)]
    public void Bands_may_name_the_value_they_range_over(string value, decimal expected)
    {
        Assert.Equal(expected, ScoreOf("区间 完成率\n      y<2% 不得分\n      2%≤y<8% 得3分\n      y≥8% 得满分", value));
        Assert.Equal(expected, ScoreOf("区间 完成率\n      完成率<2% 不得分\n      2%≤完成率<8% 得3分\n      完成率≥8% 得满分", value));
    }

    [Fact]
    public void A_band_naming_another_value_is_an_error_not_ignored()
    {
        var compilation = Schemes.Compile(Scheme("区间 完成率\n      y<2% 不得分\n      2%≤到位率<8% 得3分\n      x≥8% 得满分", "\n  到位率：百分比"));

        // y stands for 完成率 throughout; 到位率 is another quantity, and x is a second placeholder.
        Assert.Equal(["SL2029@10", "SL2029@11"], Schemes.CodesWithLines(compilation).Where(code => code.StartsWith("SL2029", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_formula_under_a_leaf_is_one_error_that_says_so_not_a_child_indicator()
    {
        var compilation = Schemes.Compile(Scheme("完成率 ÷ 目标值 × 100%"));

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("SL1001", diagnostic.Code);
        Assert.Equal(7, diagnostic.Location.Start.Line + 1);
        Assert.Contains("计算公式", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("是", 6, "达到「资料齐全」，得 6分")]
    [InlineData("否", 3, "未达到「资料齐全」，扣 3分，得 3分")]
    public void A_pass_fail_rule_may_deduct_instead_of_giving_nothing(string met, decimal expected, string explanation)
    {
        var result = Schemes.Score(Schemes.Clean(Levels("是否 资料齐全 得满分，否则扣3分")), ("A", met));

        Assert.Equal((expected, explanation), (result.Indicator("A").Score, result.Indicator("A").Explanation));
    }

    [Theory]
    [InlineData("好", 6)]
    [InlineData("较好", 3)]
    [InlineData("差", 0)]
    public void Levels_may_be_written_as_deductions_from_the_weight(string level, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Levels("等次 好 得满分；较好 扣3分；差 扣6分")), ("A", level));

        Assert.Equal(expected, result.Indicator("A").Score);
    }

    [Theory]
    [InlineData("1", 5, "①差错 1 次，扣 1分；自 6分起扣，最多扣 4分，得 5分")]
    [InlineData("4", 2, "①差错 4 次，扣 4分；自 6分起扣，最多扣 4分，得 2分")]
    [InlineData("5", 2, "①差错 5 次，扣 5分；自 6分起扣，最多扣 4分，得 2分")]
    [InlineData("100", 2, "①差错 100 次，扣 100分；自 6分起扣，最多扣 4分，得 2分")]
    public void A_deduction_may_stop_before_the_weight_is_used_up(string count, decimal expected, string explanation)
    {
        var block = Schemes.Score(Schemes.Clean(Levels("扣分，扣完4分为止\n      ① 差错 每次扣1分")), ("A.1", count)).Indicator("A");
        var inline = Schemes.Score(Schemes.Clean(Levels("扣分 ①差错，每次扣1分；扣完4分为止")), ("A.1", count)).Indicator("A");

        Assert.Equal((expected, explanation), (block.Score, block.Explanation));
        Assert.Equal((expected, explanation), (inline.Score, inline.Explanation));
    }

    [Fact]
    public void A_deduction_cap_above_the_weight_is_an_error()
    {
        var compilation = Schemes.Compile(Levels("扣分，扣完8分为止\n      ① 差错 每次扣1分"));

        Assert.Equal(["SL2028@5"], Schemes.CodesWithLines(compilation));
    }

    private static string Levels(string rule) => $"""
        方案 测试
        总分 6
        等级 合格 ≥ 3；不合格 < 3
        A 资料 6分
            {rule}
        """;

    [Theory]
    [InlineData("是", "是", "是", 5)]
    [InlineData("是", "否", "否", 1.67)]
    [InlineData("否", "是", "否", 1.67)]
    [InlineData("否", "否", "是", 1.66)]
    [InlineData("否", "否", "否", 0)]
    public void A_checklist_may_share_its_weight_equally_adding_up_exactly(string first, string second, string third, decimal expected)
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 5
            等级 合格 ≥ 3；不合格 < 3
            A 制度建设 5分
              分项 平均分配
                ① 建立财务管理办法
                ② 建立预算管理办法
                ③ 建立内部控制制度
            """);
        var checklist = Assert.IsType<SchemeLang.Binding.ChecklistRule>(compilation.Scheme!.Leaves.Single().Rule);
        Assert.Equal([1.67m, 1.67m, 1.66m], checklist.Items.Select(item => item.Points));

        Assert.Equal(expected, Schemes.Score(compilation, ("A.1", first), ("A.2", second), ("A.3", third)).Indicator("A").Score);
    }

    [Fact]
    public void Equal_points_that_do_not_add_up_suggest_sharing_the_weight()
    {
        var diagnostic = Assert.Single(Schemes.Compile(Levels("分项\n      ① 甲 得1.67分\n      ② 乙 得1.67分\n      ③ 丙 得1.67分")).Diagnostics);

        Assert.Equal("SL3201", diagnostic.Code);
        Assert.Contains("分项 平均分配", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("区间 完成率\n      ≥95% 6分\n      < 95% 不得分", 8, "分数前要写「得」或「：」，如「≥95% 得6分」或「≥95%：6分」")]
    [InlineData("等次 完整 6分；不完整 不得分", 7, "这一行应写成：等次 完整 得6分；不完整 不得分")]
    public void Bare_points_are_one_error_whose_hint_is_the_authors_line_written_as_read(string rule, int line, string hint)
    {
        var diagnostic = Assert.Single(Schemes.Compile(Scheme(rule)).Diagnostics);

        Assert.Equal(("SL1001", line, hint), (diagnostic.Code, diagnostic.Location.Start.Line + 1, diagnostic.Hint));
    }
}
