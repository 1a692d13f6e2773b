using SchemeLang.Binding;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Syntax;

/// <summary>Text the compiler used to read as something other than what it says: each now means what it says or is reported.</summary>
public class MisreadingTests
{
    // ---------------------------------------------------------------- comments

    [Fact]
    public void Hash_and_double_slash_inside_rule_text_are_text()
    {
        var scheme = Clean("""
            方案 注释测试
            总分 10
            等级 合格 ≥ 0
            A 第#3项 公开 5分
              是否 在 http://czj.example.gov.cn/a#b 公开 得5分，否则不得分
            B 清单 5分
              分项
                ① 在 https://czj.example.gov.cn/#/notice 公开 得3分
                ② 按第＃2号文件执行 得2分
            """);

        var a = scheme.Indicators[0];
        Assert.Equal("第#3项 公开", a.Name);
        Assert.Equal("在 http://czj.example.gov.cn/a#b 公开", Assert.IsType<PassFailRule>(a.Rule).Condition);
        Assert.Equal(5m, Assert.IsType<PassFailRule>(a.Rule).Points);
        var items = Assert.IsType<ChecklistRule>(scheme.Indicators[1].Rule).Items;
        Assert.Equal(["在 https://czj.example.gov.cn/#/notice 公开", "按第＃2号文件执行"], items.Select(item => item.Text));
    }

    [Fact]
    public void Comments_start_at_the_line_start_or_after_white_space()
    {
        var scheme = Clean("""
            # 整行注释
            //整行注释
            方案 注释测试 # 标题后的注释
            总分 10       // 总分后的注释
            等级 合格 ≥ 0　＃ 全角空格与全角井号
            数据
              # 块内的注释
              满意度：百分比 范围 [0%, 100%]   # 数据项后的注释
            A 决策 10分 # 指标后的注释
              区间 满意度 // 规则后的注释
                90%以上 得10分 # 档次后的注释
                  # 更深缩进的注释
                不满90% 不得分
            """);

        Assert.Equal("注释测试", scheme.Title);
        Assert.Equal("决策", scheme.Indicators[0].Name);
        Assert.Equal(2, Assert.IsType<BandRule>(scheme.Indicators[0].Rule).Bands.Count);
    }
}
