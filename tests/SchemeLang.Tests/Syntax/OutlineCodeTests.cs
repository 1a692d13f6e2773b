using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Syntax;

/// <summary>
/// Chinese outline numbering as indicator codes (一、 （一） 1. （1） ①): the numbering restarts under each parent, so a
/// key is the path of marks from the top (一（一）1), usable in records and tests; names that merely start with a digit
/// stay names.
/// </summary>
public class OutlineCodeTests
{
    private const string Scheme = """
        方案 测试
        总分 20
        等级 合格 ≥ 12；不合格 < 12
        数据
          满意度：百分比 范围 [0%, 100%]
        一、决策 10分
          （一）项目立项 10分
            1.立项依据充分性 5分
              是否 依据充分 得满分，否则不得分
            2. 立项程序规范性 5分
              是否 程序规范 得满分，否则不得分
        二、效益 10分
          （一）满意度 10分
            1.服务对象满意度 10分
              区间 满意度
                ≥ 90% 得满分
                < 90% 不得分
        """;

    [Fact]
    public void Each_indicator_is_keyed_by_its_path_of_marks()
    {
        var scheme = Schemes.Clean(Scheme).Scheme!;

        Assert.Equal(
            [("一", "一、", "决策"), ("一（一）", "（一）", "项目立项"), ("一（一）1", "1.", "立项依据充分性"), ("一（一）2", "2.", "立项程序规范性"),
             ("二", "二、", "效益"), ("二（一）", "（一）", "满意度"), ("二（一）1", "1.", "服务对象满意度")],
            scheme.AllIndicators.Select(indicator => (indicator.Key, indicator.Code, indicator.Name)));
        Assert.Equal("（一）项目立项", scheme.AllIndicators.ElementAt(1).DisplayName);
    }

    [Theory]
    [InlineData("是", "否", "95%", 15)]
    [InlineData("是", "是", "89.99%", 10)]
    public void Records_use_the_path_keys_on_both_engines(string first, string second, string satisfaction, decimal expected) =>
        Assert.Equal(expected, Schemes.Score(Schemes.Clean(Scheme), ("一（一）1", first), ("一（一）2", second), ("满意度", satisfaction)).Total);

    [Fact]
    public void The_same_mark_twice_under_one_parent_is_a_duplicate_code()
    {
        var compilation = Schemes.Compile(Scheme.Replace("2. 立项程序规范性", "1. 立项程序规范性", StringComparison.Ordinal));

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "SL2005" && diagnostic.Message.Contains("一（一）1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("7*24小时服务 5分", null, "7*24小时服务")]
    [InlineData("2019年资金到位 5分", null, "2019年资金到位")]
    [InlineData("1.5倍完成率 5分", null, "1.5倍完成率")]
    [InlineData("（1）制度建设 5分", "（1）", "制度建设")]
    [InlineData("① 制度建设 5分", "①", "制度建设")]
    [InlineData("3、制度建设 5分", "3、", "制度建设")]
    public void Only_an_outline_mark_is_a_code(string line, string? code, string name)
    {
        var compilation = Schemes.Compile($"方案 测试\n总分 5\n等级 合格 ≥ 3；不合格 < 3\n{line}\n  是否 达到 得满分，否则不得分\n");
        var indicator = Assert.Single(compilation.Scheme!.Indicators);

        Assert.Equal((code, name), (indicator.Code, indicator.Name));
    }
}
