using SchemeLang.Binding;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Issue 21, classes 1–3: wordings that used to be read silently with another meaning. A deduction after a level table
/// comes off the level reached and is never a level; a lead question before the levels is the indicator's guidance;
/// prose 「…的得N分，…的扣M分」 is the 是否 rule it is. Every score runs on both engines (Schemes.Score compares them).
/// </summary>
public class NoSilentMisreadTests
{
    private static string Leaf(string rule, decimal weight = 8m) => $"""
        方案 测试
        总分 {weight}
        等级 合格 ≥ 0
        A 资金使用 {weight}分
          {rule}
        """;

    [Theory]
    [InlineData("等次 资金使用与预算一致的得8分，基本一致的得5分，偏差较大的不得分。发现挤占挪用的，酌情扣分。")]
    [InlineData("等次 一致 得8分；基本一致 得5分；偏差较大 不得分；发现挤占挪用的，酌情扣分")]
    [InlineData("等次 一致 得8分；基本一致 得5分；偏差较大 不得分；存在挤占挪用，酌情扣分")]
    [InlineData("等次\n    一致 得8分\n    基本一致 得5分\n    偏差较大 不得分\n    如有挤占挪用的：酌情扣分")]
    public void A_judged_deduction_after_the_levels_comes_off_the_level_reached(string rule)
    {
        var compilation = Schemes.Clean(Leaf(rule));
        var levels = Assert.IsType<LevelRule>(compilation.Scheme!.Leaves.Single().Rule);

        Assert.Equal(3, levels.Levels.Count);
        Assert.NotNull(levels.OtherProblems);
        var chosen = levels.Levels[1].Name;
        Assert.Equal(3m, Schemes.Score(compilation, ("A", chosen), ("A.酌情扣分", "2"), ("A.理由", "挪用1万元")).Indicator("A").Score);
        // More than the level gave is the record's error: the clause can never give points of its own.
        Assert.Equal("SL5018", Assert.Single(Schemes.Score(compilation, ("A", chosen), ("A.酌情扣分", "6"), ("A.理由", "x")).Errors).Code);
    }

    [Theory]
    [InlineData("等次 一致 得8分；基本一致 得5分；偏差较大 不得分；发现挤占挪用的扣2分", "发现挤占挪用的")]
    [InlineData("等次 一致 得8分；基本一致 得5分；偏差较大 不得分；发现挤占挪用，扣2分", "发现挤占挪用")]
    [InlineData("等次 资金使用与预算一致的得8分，基本一致的得5分，偏差较大的不得分。凡挤占挪用的，扣2分。", "凡挤占挪用的")]
    [InlineData("等次\n    一致 得8分\n    基本一致 得5分\n    偏差较大 不得分\n    存在挤占挪用的 扣2分", "存在挤占挪用的")]
    public void A_fixed_deduction_after_the_levels_is_taken_once_when_it_applies(string rule, string clause)
    {
        var compilation = Schemes.Clean(Leaf(rule));
        var levels = Assert.IsType<LevelRule>(compilation.Scheme!.Leaves.Single().Rule);
        var deduction = Assert.Single(levels.Deductions);
        Assert.Equal((clause, 2m, (string?)null), (deduction.Text, deduction.Points, deduction.Each));

        var top = levels.Levels[0].Name;
        Assert.Equal(6m, Schemes.Score(compilation, ("A", top), ("A.1", "是")).Indicator("A").Score);
        Assert.Equal(8m, Schemes.Score(compilation, ("A", top), ("A.1", "否")).Indicator("A").Score);
        Assert.Equal(8m, Schemes.Score(compilation, ("A", top)).Indicator("A").Score);
        // Off the level reached, never below 0; and never a level to choose.
        Assert.Equal(0m, Schemes.Score(compilation, ("A", levels.Levels[2].Name), ("A.1", "是")).Indicator("A").Score);
        Assert.Equal("SL5009", Assert.Single(Schemes.Score(compilation, ("A", clause)).Errors).Code);
    }

    [Theory]
    [InlineData("等次 规范 得满分；基本规范 得5分；不规范 不得分；每发现一处扣1分", "", "发现一处")]
    [InlineData("等次 规范 得满分；基本规范 得5分；不规范 不得分；发现问题的，每处扣1分", "发现问题的", "处")]
    [InlineData("等次 规范 得满分；基本规范 得5分；不规范 不得分；每出现1例差错扣1分", "", "出现1例差错")]
    [InlineData("等次\n    规范 得满分\n    基本规范 得5分\n    不规范 不得分\n    每起扣1分", "", "起")]
    public void A_per_occurrence_deduction_after_the_levels_counts(string rule, string text, string each)
    {
        var compilation = Schemes.Clean(Leaf(rule));
        var deduction = Assert.Single(Assert.IsType<LevelRule>(compilation.Scheme!.Leaves.Single().Rule).Deductions);
        Assert.Equal((text, each), (deduction.Text, deduction.Each));

        var result = Schemes.Score(compilation, ("A", "规范"), ("A.1", "3"));
        Assert.Equal(5m, result.Indicator("A").Score);
        Assert.Contains("3次，扣 3分，得 5分", result.Indicator("A").Explanation, StringComparison.Ordinal);
        Assert.Equal(0m, Schemes.Score(compilation, ("A", "基本规范"), ("A.1", "9")).Indicator("A").Score);
    }

    [Fact]
    public void Deductions_after_the_levels_and_a_judged_one_add_up()
    {
        var compilation = Schemes.Clean(Leaf("等次 一致 得8分；基本一致 得5分；偏差较大 不得分；发现挤占挪用的，扣2分；每发现一处扣1分；存在其他问题的酌情扣分"));

        var result = Schemes.Score(compilation, ("A", "一致"), ("A.1", "是"), ("A.2", "1"), ("A.酌情扣分", "1"), ("A.理由", "x"));

        Assert.Equal(4m, result.Indicator("A").Score);
    }

    [Theory]
    [InlineData("等次 一致 得8分；基本一致 得5分；偏差较大 不得分；在所评等次得分上再扣：挤占挪用 扣2分；每发现一处扣1分")]
    [InlineData("等次\n    一致 得8分\n    基本一致 得5分\n    偏差较大 不得分\n    在所评等次得分上再扣：挤占挪用 扣2分\n    每发现一处扣1分")]
    public void Deductions_written_after_the_words_the_page_uses_come_off_the_level_reached_and_the_report_says_so(string rule)
    {
        var compilation = Schemes.Clean(Leaf(rule));
        var levels = Assert.IsType<LevelRule>(compilation.Scheme!.Leaves.Single().Rule);
        Assert.Equal(["一致", "基本一致", "偏差较大"], levels.Levels.Select(level => level.Name));
        Assert.Equal([("挤占挪用", (string?)null), (string.Empty, "发现一处")], levels.Deductions.Select(deduction => (deduction.Text, deduction.Each)));

        var result = Schemes.Score(compilation, ("A", "一致"), ("A.1", "是"), ("A.2", "1"));

        Assert.Equal(5m, result.Indicator("A").Score);
        Assert.EndsWith("；在所评等次得分上再扣：挤占挪用，扣 2分；每发现一处扣1分：1次，扣 1分，得 5分", result.Indicator("A").Explanation, StringComparison.Ordinal);
        Assert.Equal(8m, Schemes.Score(compilation, ("A", "一致")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("等次 一致 得8分；在所评等次得分上再扣：挤占挪用 扣2分；基本一致 得5分")]
    [InlineData("等次 在所评等次得分上再扣：挤占挪用 扣2分")]
    public void After_the_words_that_start_the_deductions_only_deductions_may_follow(string rule)
    {
        var diagnostic = Assert.Single(Schemes.Compile(Leaf(rule)).Diagnostics, diagnostic => diagnostic.IsError);

        Assert.Contains("在所评等次得分上再扣", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("等次 一致 得8分；基本一致 得5分；偏差较大 不得分；挤占挪用 扣2分", "SL3121")]
    [InlineData("等次 好 得8分；较好 得3分；差 扣2分", "SL3121")]
    public void A_plain_deduction_level_that_gives_more_than_one_above_it_says_both_readings(string rule, string code)
    {
        var diagnostic = Assert.Single(Schemes.Compile(Leaf(rule)).Diagnostics);

        Assert.Equal(code, diagnostic.Code);
        Assert.Contains("的，扣2分", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("得6分", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("等次 好 得满分；较好 扣3分；差 扣6分")]
    [InlineData("等次 真实、完整和准确：8分；其他：酌情扣分")]
    public void Graded_deduction_levels_stay_levels_and_clean(string rule)
    {
        var levels = Assert.IsType<LevelRule>(Schemes.Clean(Leaf(rule)).Scheme!.Leaves.Single().Rule);

        Assert.Empty(levels.Deductions);
        Assert.Null(levels.OtherProblems);
    }

    [Theory]
    [InlineData("等次 绩效目标是否明确，明确：8分；较明确：4分；不明确：0分", "绩效目标是否明确")]
    [InlineData("等次 目标是否明确、细化，明确 得满分；较明确 得4分；不明确 不得分", "目标是否明确、细化")]
    [InlineData("等次 绩效目标明确吗？明确：8分；较明确：4分；不明确：0分", "绩效目标明确吗？")]
    [InlineData("等次 是否按计划完成？明确 得8分；较明确 得4分；不明确 得0分", "是否按计划完成？")]
    public void A_lead_question_is_the_guidance_and_the_levels_are_the_answers(string rule, string question)
    {
        var compilation = Schemes.Clean(Leaf(rule));
        var levels = Assert.IsType<LevelRule>(compilation.Scheme!.Leaves.Single().Rule);

        Assert.Equal(question, levels.Question);
        Assert.Equal(["明确", "较明确", "不明确"], levels.Levels.Select(level => level.Name));
        Assert.Equal(8m, Schemes.Score(compilation, ("A", "明确")).Indicator("A").Score);
        Assert.StartsWith(question.TrimEnd('？') , RuleWording.Rule(compilation.Scheme.Leaves.Single(), compilation.Scheme), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("制度健全的得8分，不健全的扣8分。", "制度健全的", "不健全的", 0)]
    [InlineData("按时报送的得8分，未按时报送的不得分", "按时报送的", "未按时报送的", 0)]
    [InlineData("资料齐全的得满分，不齐全的扣3分", "资料齐全的", "不齐全的", 5)]
    [InlineData("账实相符的得8分，否则扣2分", "账实相符的", null, 6)]
    public void Prose_pass_fail_is_the_rule_not_a_child_indicator(string rule, string condition, string? otherwise, decimal notMet)
    {
        var compilation = Schemes.Clean(Leaf(rule));
        var leaf = Assert.Single(compilation.Scheme!.Leaves);
        var pass = Assert.IsType<PassFailRule>(leaf.Rule);

        Assert.Equal((condition, otherwise), (pass.Condition, pass.OtherwiseText));
        Assert.Equal(8m, Schemes.Score(compilation, ("A", "是")).Indicator("A").Score);
        Assert.Equal(notMet, Schemes.Score(compilation, ("A", "否")).Indicator("A").Score);
    }

    [Fact]
    public void Prose_pass_fail_keeps_the_authors_words_on_the_page()
    {
        var compilation = Schemes.Clean(Leaf("制度健全的得8分，不健全的扣8分"));

        Assert.Equal("制度健全的得8分，不健全的扣8分", RuleWording.Rule(compilation.Scheme!.Leaves.Single(), compilation.Scheme));
    }

    [Fact]
    public void A_step_missing_its_size_is_not_read_as_prose_pass_fail()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 5
            等级 合格 ≥ 0
            数据
              满意度：百分比
            A 满意度 5分
              满意度 ≥ 95% 得满分，每低扣1分
            """);

        Assert.Equal(["SL1001@7"], Schemes.CodesWithLines(compilation));
    }
}
