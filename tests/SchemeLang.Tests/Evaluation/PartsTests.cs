using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// A leaf scored in parts (issue 13 item 3: 「两项各占50%」, points per part, a part 不适用 whose share goes to the
/// other): each part is scored by its own rule against its own points, rounded as a leaf's score is, and the leaf —
/// still one indicator in the tree — scores their sum. Every case runs on both engines (Schemes.Score compares them).
/// </summary>
public class PartsTests
{
    private const string Scheme = """
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        数据
          到位率：百分比 范围 [0%, 100%]
          使用率：百分比 范围 [0%, 100%]
        A 资金管理 6分
          其中 资金到位率 占50%
            区间 到位率：100%得满分；[90%, 100%)得2分；低于90%不得分
          其中 资金使用率 占50%
            按比例 使用率
            不适用 重新分配
        B 政府采购 4分
          其中 采购程序 1分
            是否 采购程序合规
          其中 采购公开 3分
            分项 ①公开采购意向 得1分；②公开采购结果 得2分
            不适用 得满分
        """;

    private static (string, string)[] Meets => [("到位率", "100%"), ("使用率", "100%"), ("B.采购程序", "是"), ("B.采购公开.1", "是"), ("B.采购公开.2", "是")];

    private static (string, string)[] With(params (string Key, string Value)[] changes) =>
        [.. Meets.Where(field => changes.All(change => change.Key != field.Item1)), .. changes.Where(change => change.Value.Length > 0)];

    [Fact]
    public void Meeting_every_part_scores_the_leafs_weight_and_the_tree_is_unchanged()
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), Meets);

        Assert.Equal((6m, 4m, 10m), (result.Indicator("A").Score, result.Indicator("B").Score, result.Total));
        Assert.Equal(["A", "B"], result.Indicators.Select(indicator => indicator.Key));
    }

    [Theory]
    [InlineData("95%", "80%", 4.4)]
    [InlineData("100%", "33.333%", 4)]
    [InlineData("89.99%", "0%", 0)]
    [InlineData("90%", "100%", 5)]
    public void The_leaf_scores_the_sum_of_its_parts_each_rounded_as_a_leaf_is(string arrival, string use, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), With(("到位率", arrival), ("使用率", use)));

        Assert.Equal(expected, result.Indicator("A").Score);
    }

    [Fact]
    public void Each_part_says_what_it_scored_then_the_sum()
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), With(("到位率", "95%"), ("使用率", "80%")));

        Assert.Equal(
            "资金到位率（3分）：到位率 95%，位于90%（含）至100%（不含）一档，得 2分。资金使用率（3分）：使用率 80%，3 × 80% = 2.4分。合计 4.4分",
            result.Indicator("A").Explanation);
    }

    [Theory]
    [InlineData("100%", 6)]
    [InlineData("95%", 4)]
    [InlineData("80%", 0)]
    public void A_part_not_applicable_hands_its_points_to_the_other_part(string arrival, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), With(("到位率", arrival), ("使用率", ""), ("A.资金使用率.不适用", "是")));

        Assert.Equal(expected, result.Indicator("A").Score);
        Assert.Contains("资金使用率（3分）：不适用，分值按比例分配给其他部分", result.Indicator("A").Explanation);
    }

    [Fact]
    public void A_part_not_applicable_with_full_marks_scores_its_points()
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), With(("B.采购公开.1", ""), ("B.采购公开.2", ""), ("B.采购公开.不适用", "是"), ("B.采购程序", "否")));

        Assert.Equal(3m, result.Indicator("B").Score);
    }

    [Fact]
    public void Three_parts_share_a_missing_ones_points_in_proportion_apportioned_to_the_schemes_places()
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            A 管理 10分
              三项平均分配
              其中 甲
                是否 甲达标
              其中 乙
                是否 乙达标
              其中 丙
                是否 丙达标
                不适用 重新分配
            """);

        // Equal shares of 10 over three: 3.34, 3.33, 3.33. Without 丙, 甲 and 乙 share all 10 in proportion to 3.34 : 3.33,
        // apportioned by largest remainder: 5.0075 → 5.01 and 4.9925 → 4.99.
        Assert.Equal(3.34m, Schemes.Score(compilation, ("A.甲", "是"), ("A.乙", "否"), ("A.丙", "否")).Indicator("A").Score);
        Assert.Equal(5.01m, Schemes.Score(compilation, ("A.甲", "是"), ("A.乙", "否"), ("A.丙.不适用", "是")).Indicator("A").Score);
        Assert.Equal(4.99m, Schemes.Score(compilation, ("A.甲", "否"), ("A.乙", "是"), ("A.丙.不适用", "是")).Indicator("A").Score);
        Assert.Equal(10m, Schemes.Score(compilation, ("A.甲", "是"), ("A.乙", "是"), ("A.丙.不适用", "是")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("两项各占50%")]
    [InlineData("其中资金到位率和资金使用率各占50%")]
    [InlineData("各占3分")]
    public void Two_parts_each_taking_half_may_be_said_once_above_them(string each)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 6
            等级 合格 ≥ 3；不合格 < 3
            数据
              到位率：百分比 范围 [0%, 100%]
              使用率：百分比 范围 [0%, 100%]
            A 资金管理 6分
              {each}
              其中 资金到位率
                按比例 到位率
              其中 资金使用率
                按比例 使用率
            """);

        var result = Schemes.Score(compilation, ("到位率", "100%"), ("使用率", "50%"));

        Assert.Equal(4.5m, result.Indicator("A").Score);
        Assert.StartsWith("资金到位率（3分）：", result.Indicator("A").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parts_missing_input_is_the_records_error_or_under_score_zero_only_that_part_scores_nothing()
    {
        var missing = With(("使用率", ""));
        var error = Assert.Single(Schemes.Score(Schemes.Clean(Scheme), missing).Errors);
        Assert.Equal(("SL5001", "使用率"), (error.Code, error.Field));

        var zero = Schemes.Score(Schemes.Clean(Scheme.Replace("总分 10", "总分 10\n缺失数据 不得分", StringComparison.Ordinal)), missing);
        Assert.Equal(3m, zero.Indicator("A").Score);
        Assert.Contains("资金使用率（3分）：缺少「使用率」，按规定不得分", zero.Indicator("A").Explanation);
    }

    [Fact]
    public void Test_blocks_name_a_parts_fields()
    {
        var compilation = Schemes.Clean(Scheme + """

            测试 采购公开一项未做
              输入 到位率 = 100%，使用率 = 100%，B.采购程序 = 是，B.采购公开.1 = 是，B.采购公开.2 = 否
              期望 A = 6分，B = 2分，总分 = 8分
            """);

        Assert.All(SchemeLang.Testing.SchemeTestRunner.Run(compilation), result => Assert.True(result.Passed, string.Join("；", result.Failures)));
    }

    [Fact]
    public void The_parts_inputs_are_keyed_by_the_part()
    {
        var keys = InputCatalog.For(Schemes.Clean(Scheme).Scheme!).Keys.ToHashSet();

        Assert.Superset(new HashSet<string> { "A.资金使用率.不适用", "B.采购程序", "B.采购公开.1", "B.采购公开.2", "B.采购公开.不适用" }, keys);
        Assert.DoesNotContain("A.资金到位率.不适用", keys);
    }

    [Fact]
    public void The_page_writes_each_part_with_its_share_and_rule()
    {
        var compilation = Schemes.Clean(Scheme);
        var scheme = compilation.Scheme!;

        Assert.Equal(
            "其中资金到位率占50%：到位率：等于100%得满分；90%（含）至100%（不含）得2分；低于90%不得分。其中资金使用率占50%：使用率 × 3分；不适用的不计分，分值按比例分配给其他部分",
            RuleWording.Rule(scheme.Leaves.First(), scheme));
        Assert.Equal("其中采购程序1分：采购程序合规得满分，否则不得分。其中采购公开3分：①公开采购意向得1分；②公开采购结果得2分；不适用的得满分", RuleWording.Rule(scheme.Leaves.Last(), scheme));
    }

    [Theory]
    [InlineData("其中 甲 3分\n    是否 甲达标\n  其中 乙 3分\n    是否 乙达标", "SL3007@5")]
    [InlineData("其中 甲 占60%\n    是否 甲达标\n  其中 乙 占60%\n    是否 乙达标", "SL3007@5")]
    [InlineData("其中 甲 5分\n    是否 甲达标\n  其中 乙\n    是否 乙达标", "SL3004@7")]
    [InlineData("是否 全部达标\n  其中 甲\n    是否 甲达标\n  其中 乙\n    是否 乙达标", "SL2032@5")]
    [InlineData("其中 甲\n  其中 乙\n    是否 乙达标", "SL2001@5")]
    [InlineData("其中 甲\n    是否 甲达标\n    不适用 重新分配\n  其中 乙\n    是否 乙达标\n    不适用 重新分配", "SL3008@5")]
    [InlineData("其中 甲\n    是否 甲达标\n  其中 甲\n    是否 乙达标", "SL2004@7")]
    [InlineData("其中 甲\n    是否 甲达标 得3分\n  其中 乙\n    是否 乙达标", "SL3205@6")]
    [InlineData("三项各占50%\n  其中 甲\n    是否 甲达标\n  其中 乙\n    是否 乙达标", "SL3007@5")]
    [InlineData("两项各占50%\n  是否 达标", "SL3007@5")]
    public void Parts_that_cannot_add_up_or_are_written_wrongly_are_reported_where_written(string parts, string expected)
    {
        var compilation = Schemes.Compile($"""
            方案 测试
            总分 5
            等级 合格 ≥ 3；不合格 < 3
            A 管理 5分
              {parts}
            """);

        Assert.Contains(expected, Schemes.CodesWithLines(compilation));
    }

    /// <summary>
    /// Found by the read-back property once it generated parts: 「不适用 重新分配」 written back at the 其中 lines'
    /// column, after the last part's indented rule, was silently the last part's, not the indicator's its indentation says.
    /// </summary>
    [Theory]
    [InlineData("  其中 甲\n    是否 甲达标\n  其中 乙\n    是否 乙达标\n  不适用 重新分配", "A", null)]
    [InlineData("  其中 甲\n    是否 甲达标\n  其中 乙\n    是否 乙达标\n    不适用 重新分配", null, "A.乙")]
    [InlineData("  不适用 重新分配\n  其中 甲\n    是否 甲达标\n  其中 乙\n    是否 乙达标", "A", null)]
    [InlineData("  其中 甲\n  是否 甲达标\n  其中 乙\n  是否 乙达标\n  不适用 重新分配", null, "A.乙")]
    public void A_not_applicable_line_belongs_where_its_indentation_puts_it(string lines, string? leaf, string? part)
    {
        var scheme = Schemes.Clean($"""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            A 管理 5分
              两项平均分配
            {lines}
            B 制度 5分
              是否 制度健全
            """).Scheme!;

        var indicator = scheme.Leaves.First();
        var parts = Assert.IsType<PartsRule>(indicator.Rule).Parts;
        Assert.Equal(leaf is null ? null : NotApplicablePolicy.Redistribute, indicator.NotApplicable);
        Assert.Equal(part, parts.SingleOrDefault(each => each.NotApplicable is not null)?.Key);
    }

    [Fact]
    public void Parts_under_an_indicator_with_children_are_a_rule_on_a_parent()
    {
        var compilation = Schemes.Compile("""
            方案 测试
            总分 5
            等级 合格 ≥ 3；不合格 < 3
            A 管理 5分
              其中 甲
                是否 甲达标
              A1 制度 5分
                是否 制度健全
            """);

        Assert.Contains("SL2002@5", Schemes.CodesWithLines(compilation));
    }
}
