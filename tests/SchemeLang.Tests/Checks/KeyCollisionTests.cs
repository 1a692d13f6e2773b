using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Checks;

/// <summary>
/// Issue 21, class 8: a data item named like a leaf's key is reported by check (not first by SL5017 on every record), and
/// a test key that names an indicator by its name or outline mark is told the outline key to write.
/// </summary>
public class KeyCollisionTests
{
    [Theory]
    [InlineData("等次 完整 得满分；不完整 不得分")]
    [InlineData("是否 资料完整")]
    [InlineData("酌情 按资料情况评分")]
    public void A_data_item_named_like_a_leaf_whose_rule_takes_its_own_field_is_an_error(string rule)
    {
        var compilation = Schemes.Compile($"""
            方案 测试
            总分 10
            等级 合格 ≥ 0
            数据
              资料完整性：百分比 范围 [0%, 100%]
            资料完整性 5分
              {rule}
            B 完整程度 5分
              按比例 资料完整性
            """);

        Assert.Equal(["SL2042@5"], Schemes.CodesWithLines(compilation));
    }

    [Theory]
    [InlineData("≥ 90% 得满分，否则不得分")]
    [InlineData("区间 满意度：≥ 90% 得满分；< 90% 不得分")]
    [InlineData("按比例 满意度")]
    public void A_leaf_scored_by_the_item_of_its_own_name_is_clean(string rule) =>
        Schemes.Clean($"""
            方案 测试
            总分 5
            等级 合格 ≥ 0
            数据
              满意度：百分比 范围 [0%, 100%]
            满意度 5分
              {rule}
            """);

    [Fact]
    public void A_coded_leaf_does_not_collide_with_an_item_of_its_name() =>
        Schemes.Clean("""
            方案 测试
            总分 10
            等级 合格 ≥ 0
            数据
              资料完整性：百分比 范围 [0%, 100%]
            A1 资料完整性 5分
              等次 完整 得满分；不完整 不得分
            A2 完整程度 5分
              按比例 资料完整性
            """);

    [Theory]
    [InlineData("输入 立项依据充分性 = 是", "一（一）1")]
    [InlineData("输入 程序规范性.1 = 是", "一（一）2.1")]
    public void A_test_key_by_name_or_outline_mark_is_told_the_outline_key(string line, string key)
    {
        var compilation = Schemes.Compile($"""
            方案 测试
            总分 10
            等级 合格 ≥ 0
            一、决策 10分
              （一）项目立项 10分
                1.立项依据充分性 5分
                  是否 立项依据充分
                2.程序规范性 5分
                  分项 ①程序规范得3分；②资料齐全得2分
            测试 键
              {line}
            """);

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("SL2015", diagnostic.Code);
        Assert.Equal($"写「{key}」（用中文序号「一、」「（一）」「1.」时，键是从一级起各级序号连起来）", diagnostic.Hint);
    }
}
