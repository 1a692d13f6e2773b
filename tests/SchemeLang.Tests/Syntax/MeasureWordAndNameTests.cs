using SchemeLang.Binding;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Syntax;

/// <summary>
/// Issue 21, class 5 and rule-shaped names: what follows 每 is read from closed lists (an unknown word is reported with
/// them, never guessed), every 「扣完N分为止 / 最多扣N分 / 扣分不超过N分」 is a cap, and a name holding a rule is warned.
/// </summary>
public class MeasureWordAndNameTests
{
    private static string Deductions(string items, string cap = "扣完为止") => $"""
        方案 测试
        总分 5
        等级 合格 ≥ 0
        A 安全生产 5分
          扣分，{cap}
            {items}
        """;

    [Theory]
    [InlineData("每起", "起")]
    [InlineData("每例", "例")]
    [InlineData("每宗", "宗")]
    [InlineData("每件", "件")]
    [InlineData("每处", "处")]
    [InlineData("每批次", "批次")]
    [InlineData("每项", "项")]
    [InlineData("每个", "个")]
    [InlineData("每家", "家")]
    [InlineData("每次", "次")]
    [InlineData("每人", "人")]
    [InlineData("每户", "户")]
    [InlineData("每篇", "篇")]
    [InlineData("每推迟一年", "年")]
    [InlineData("每延期1天", "天")]
    [InlineData("每超支一笔", "笔")]
    [InlineData("每发现一处违规", "处")]
    public void Every_listed_measure_word_counts_occurrences(string each, string word)
    {
        var compilation = Schemes.Clean(Deductions($"① 出现问题 {each}扣2分"));
        var item = Assert.Single(Assert.IsType<DeductionRule>(compilation.Scheme!.Leaves.Single().Rule).Items);

        Assert.Equal(each[1..], item.UnitWord);
        Assert.Equal(word, SchemeLang.Syntax.MeasureWords.Read(item.UnitWord!)?.Word);
        Assert.Equal(1m, Schemes.Score(compilation, ("A.1", "2")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("每桩")]
    [InlineData("每推迟一载")]
    [InlineData("每两起")]
    [InlineData("每发现违规")]
    public void An_unknown_word_after_each_is_reported_with_the_lists(string each)
    {
        var diagnostic = Assert.Single(Schemes.Compile(Deductions($"① 出现问题 {each}扣2分")).Diagnostics);

        Assert.Equal("SL1020", diagnostic.Code);
        Assert.Contains("批次", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("推迟", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("扣完3分为止")]
    [InlineData("最多扣3分")]
    [InlineData("扣分不超过3分")]
    public void Every_cap_wording_caps_a_deduction_rule(string cap)
    {
        var compilation = Schemes.Clean(Deductions("① 发生安全事故 每起扣2分", cap));

        Assert.Equal(3m, Assert.IsType<DeductionRule>(compilation.Scheme!.Leaves.Single().Rule).MaxDeduction);
        Assert.Equal(2m, Schemes.Score(compilation, ("A.1", "4")).Indicator("A").Score);
        Assert.Equal(3m, Schemes.Score(compilation, ("A.1", "1")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("扣完3分为止")]
    [InlineData("最多扣3分")]
    [InlineData("扣分不超过3分")]
    public void Every_cap_wording_caps_a_step_rule(string cap)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 5
            等级 合格 ≥ 0
            数据
              满意度：百分比 范围 [0%, 100%]
            A 满意度 5分
              满意度 ≥ 95% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，{cap}
            """);

        Assert.Equal(2m, Schemes.Score(compilation, ("满意度", "80%")).Indicator("A").Score);
        Assert.Equal(4m, Schemes.Score(compilation, ("满意度", "94%")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("每超支1万元", 3)]
    [InlineData("每延期1万元", 3)]
    [InlineData("每滞后1万元", 3)]
    public void Listed_direction_verbs_read_as_steps_above_the_threshold(string each, decimal expected)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 5
            等级 合格 ≥ 0
            数据
              实际支出：金额（万元） 范围 [0万元, 1000万元]
            A 成本控制 5分
              实际支出 ≤ 100万元 得满分，{each}扣1分，不满1万元按1万元计，扣完为止
            """);

        Assert.Equal(expected, Schemes.Score(compilation, ("实际支出", "101.5")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("A 资料齐全不得分情况 5分\n  是否 资料齐全", "不得分")]
    [InlineData("A 酌情评价情况 5分\n  是否 资料齐全", "酌情")]
    [InlineData("A 资料是否齐全，齐全 5分\n  是否 资料齐全", "是否齐全，齐全")]
    [InlineData("A 资料齐全的， 5分\n  是否 资料齐全", "的，")]
    [InlineData("A 资料 5分\n  等次 是否齐全 得满分；不齐全 不得分", "是否齐全")]
    [InlineData("A 资料 5分\n  其中 酌情部分 占50%\n    是否 资料齐全\n  其中 资料完整 占50%\n    是否 资料完整", "酌情")]
    [InlineData("A 资料 5分\n  等次 资料齐全的， 得满分；不齐全 不得分", "的，")]
    public void A_name_holding_a_rule_is_warned_with_both_readings(string lines, string shape)
    {
        var diagnostic = Assert.Single(Schemes.Compile($"方案 测试\n总分 5\n等级 合格 ≥ 0\n{lines}\n").Diagnostics);

        Assert.Equal("SL3120", diagnostic.Code);
        Assert.Contains($"「{shape}」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("引号", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_in_an_indicators_name_are_both_SL2030_and_a_rule_shape() =>
        Assert.Equal(["SL2030", "SL3120"], Schemes.Compile("方案 测试\n总分 5\n等级 合格 ≥ 0\nA 资料齐全得3分情况 5分\n  是否 资料齐全\n").Diagnostics.Select(d => d.Code).Order());

    [Theory]
    [InlineData("A 立项依据充分性 5分\n  等次 充分 得满分；不充分 不得分")]
    [InlineData("A 得分率 5分\n  是否 资料齐全")]
    [InlineData("A 医保项目推进是否有持续性 5分\n  是否 有持续性")]
    [InlineData("A “酌情评价情况” 5分\n  是否 资料齐全")]
    [InlineData("A 资料 5分\n  等次 「是否齐全」 得满分；不齐全 不得分")]
    public void Names_that_only_share_a_character_with_a_rule_or_are_quoted_stay_clean(string lines) =>
        Schemes.Clean($"方案 测试\n总分 5\n等级 合格 ≥ 0\n{lines}\n");
}
