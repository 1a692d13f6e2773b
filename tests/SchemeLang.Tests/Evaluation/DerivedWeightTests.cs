using System.Globalization;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Relative weights and redistribution derive weights that rarely end at 2 places. Apportioned by largest
/// remainder, siblings still add up to their parent, so a record meeting every standard scores exactly 总分 and gets
/// the top grade (before: 100.01 of 100 and no grade; 7.02 of 7).
/// </summary>
public class DerivedWeightTests
{
    // 35 × 33% × 50% = 5.775: every level's shares have more places than the score keeps.
    private const string Relative = """
        方案 相对权重
        总分 100
        权重 相对
        等级 优 [90, 100]；良 [80, 90)；中 [60, 80)；差 [0, 60)
        A 决策 35%
          A1 依据 33%
            A11 政策依据 50%
              是否 依据充分
            A12 程序依据 50%
              是否 程序规范
          A2 程序 33%
            是否 程序完整
          A3 公开 34%
            是否 按要求公开
        B 产出 33%
          是否 完成目标
        C 效益 32%
          是否 群众满意
        """;

    [Fact]
    public void Relative_weights_add_up_at_every_level_and_full_marks_is_exactly_the_total()
    {
        var compilation = Compile(Relative);
        var scheme = compilation.Scheme!;
        Assert.Equal(["SL3006@7", "SL3006@9"], CodesWithLines(compilation));
        var weights = scheme.AllIndicators.ToDictionary(indicator => indicator.Key, indicator => indicator.Weight);
        Assert.Equal(35m, weights["A"]);
        Assert.Equal((11.55m, 11.55m, 11.90m), (weights["A1"], weights["A2"], weights["A3"]));
        // 11.55 × 50% = 5.775 twice: one unit to the earlier of the tied remainders.
        Assert.Equal((5.78m, 5.77m), (weights["A11"], weights["A12"]));

        var full = new SchemeLang.Evaluation.Evaluator(compilation).Evaluate(Record(("A11", "是"), ("A12", "是"), ("A2", "是"), ("A3", "是"), ("B", "是"), ("C", "是")));
        Assert.Equal(100m, full.Total);
        Assert.Equal("优", full.Grade);
        Assert.Equal(35m, full.Indicator("A").Score);
    }

    [Fact]
    public void Check_shows_the_rounded_derived_weight_and_the_product_it_came_from()
    {
        var message = Compile(Relative).Diagnostics.Single(d => d.Location.Start.Line == 6).Message;
        Assert.Equal("指标「政策依据」的分值取 5.78分（11.55分 × 50% = 5.775分，按最大余额法取到得分的小数位，使同级分值合计仍为 11.55分）", message);
    }

    [Fact]
    public void Redistribution_keeps_siblings_adding_up_to_the_parent()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 7).Select(i => $"  A{i} 指标{i} 1分\n    是否 达到\n    不适用 重新分配"));
        var scheme = Clean($"方案 七项\n总分 7\n等级 合格 [6, 7]；不合格 [0, 6)\nA 合计 7分\n{lines}\n");
        var fields = Enumerable.Range(2, 6).Select(i => ($"A{i}", "是")).Append(("A1.不适用", "是")).ToArray();
        var result = Score(scheme, fields);
        // 7 ÷ 6 = 1.1666…: four siblings get 1.17 and two 1.16, adding up to 7.
        Assert.Equal(7m, result.Total);
        Assert.Equal("合格", result.Grade);
        Assert.Equal(7m, result.Indicators.Where(i => i.Key.Length == 2).Sum(i => i.Weight));
        Assert.Equal([0m, 1.17m, 1.17m, 1.17m, 1.17m, 1.16m, 1.16m], result.Indicators.Where(i => i.Key.Length == 2).Select(i => i.Weight));
        Assert.All(result.Indicators.Where(i => i.Key.Length == 2), indicator => Assert.Equal(indicator.Weight, indicator.Score));
    }

    [Fact]
    public void A_weight_with_more_places_than_the_scores_is_an_error()
    {
        var compilation = Compile("方案 小数位\n总分 5\n小数位 0\n等级 合格 ≥ 0\nA 甲 2.5分\n  是否 达到\nB 乙 2.5分\n  是否 达到\n");
        Assert.Equal(["SL3005@5", "SL3005@7"], CodesWithLines(compilation));
        Assert.Contains("2.5分有 1 位小数，而得分只保留 0 位小数", compilation.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100", "35 33 32", 0, "35 33 32")]
    [InlineData("7", "1 1 1 1 1 1", 2, "1.17 1.17 1.17 1.17 1.16 1.16")]
    [InlineData("10", "1 1 1", 0, "4 3 3")]
    [InlineData("1", "0 1 0", 2, "0 1 0")]
    [InlineData("5.775", "1 1", 2, "2.89 2.88")]
    public void Largest_remainder_apportionment(string whole, string parts, int decimals, string expected)
    {
        var shares = Apportionment.LargestRemainder(decimal.Parse(whole, CultureInfo.InvariantCulture), [.. Decimals(parts)], decimals);
        Assert.Equal(Decimals(expected), shares);
    }

    private static IEnumerable<decimal> Decimals(string text) => text.Split(' ').Select(part => decimal.Parse(part, CultureInfo.InvariantCulture));

    private static SchemeLang.Runtime.DataRecord Record(params (string Key, string Value)[] fields) =>
        new("r1", fields.ToDictionary(field => field.Key, field => field.Value));
}
