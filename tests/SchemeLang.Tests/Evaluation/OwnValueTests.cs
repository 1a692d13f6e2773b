using SchemeLang.Binding;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// 「≥ 30个 得满分，否则不得分」 naming no data item (issue 13 item 8, the national 自评表's 指标值 column): the value is the
/// leaf's own 实际完成值, a record field keyed by the leaf, of the kind its threshold is written in. Both engines.
/// </summary>
public class OwnValueTests
{
    private const string Scheme = """
        方案 测试
        总分 3
        等级 合格 ≥ 2；不合格 < 2
        A11 宣传活动次数 1分
          ≥ 2次 得满分，否则不得分
        A12 培训合格率 1分
          ≥ 90% 得满分，否则不得分
        A13 成本 1分
          ≤ 30万元 得满分，否则不得分
        """;

    [Theory]
    [InlineData("2次", "90%", "30万元", 3)]
    [InlineData("1次", "89.99%", "30.01万元", 0)]
    [InlineData("2", "90%", "300000元", 3)]
    public void Each_leaf_reads_its_own_value_in_the_thresholds_unit(string times, string rate, string cost, decimal total) =>
        Assert.Equal(total, Schemes.Score(Schemes.Clean(Scheme), ("A11", times), ("A12", rate), ("A13", cost)).Total);

    [Fact]
    public void The_value_is_a_field_keyed_by_the_leaf_and_named_as_the_table_names_it()
    {
        var compilation = Schemes.Clean(Scheme);
        var item = compilation.Scheme!.FindDataItem("A11")!;

        Assert.Equal((SchemeLang.Runtime.DataTypeKind.Count, "次", true), (item.Type, item.Unit, item.WrittenInRule));
        Assert.Equal("实际完成值 95%，位于90%（含）以上一档，得 1分", Schemes.Score(compilation, ("A11", "2次"), ("A12", "95%"), ("A13", "1万元")).Indicator("A12").Explanation);
    }

    [Fact]
    public void A_value_in_another_unit_is_the_records_error()
    {
        var error = Assert.Single(Schemes.Score(Schemes.Clean(Scheme), ("A11", "2户"), ("A12", "95%"), ("A13", "1万元")).Errors);

        Assert.Equal(("SL5003", "A11"), (error.Code, error.Field));
    }

    [Fact]
    public void A_leaf_named_as_a_data_item_reads_that_item()
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 1
            等级 合格 ≥ 1；不合格 < 1
            数据
              满意度：百分比 范围 [0%, 100%]
            满意度 1分
              ≥ 90% 得满分，否则不得分
            """);

        Assert.Equal(1m, Schemes.Score(compilation, ("满意度", "92%")).Total);
        Assert.False(compilation.Scheme!.FindDataItem("满意度")!.WrittenInRule);
    }

    [Theory]
    [InlineData("95%", 5)]
    [InlineData("94.5%", 4)]
    [InlineData("90%", 0)]
    public void A_threshold_with_steps_may_read_the_leafs_own_value_too(string rate, decimal expected)
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 5
            等级 合格 ≥ 3；不合格 < 3
            A1 参保率 5分
              ≥ 95% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止
            """);

        var result = Schemes.Score(compilation, ("A1", rate));

        Assert.Equal(expected, result.Indicator("A1").Score);
        Assert.StartsWith("实际完成值 ", result.Indicator("A1").Explanation, StringComparison.Ordinal);
        Assert.Equal("≥95%得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", RuleWording.Rule(compilation.Scheme!.Leaves.Single(), compilation.Scheme));
    }

    /// <summary>A leaf named as a 文本 item has no number to compare: reported as a named subject would be, never a rule left unbound.</summary>
    [Fact]
    public void A_leaf_named_as_a_text_item_is_reported_not_left_without_a_rule() =>
        Assert.Contains("SL2012@7", Schemes.CodesWithLines(Schemes.Compile("""
            方案 测试
            总分 1
            等级 合格 ≥ 1；不合格 < 1
            数据
              说明：文本
            说明 1分
              ≥ 2次 得满分，否则不得分
            """)));
}
