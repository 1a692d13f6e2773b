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

        var a = scheme.Scheme!.Indicators[0];
        Assert.Equal("第#3项 公开", a.Name);
        Assert.Equal("在 http://czj.example.gov.cn/a#b 公开", Assert.IsType<PassFailRule>(a.Rule).Condition);
        Assert.Equal(5m, Assert.IsType<PassFailRule>(a.Rule).Points);
        var items = Assert.IsType<ChecklistRule>(scheme.Scheme!.Indicators[1].Rule).Items;
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

        Assert.Equal("注释测试", scheme.Scheme!.Title);
        Assert.Equal("决策", scheme.Scheme!.Indicators[0].Name);
        Assert.Equal(2, Assert.IsType<BandRule>(scheme.Scheme!.Indicators[0].Rule).Bands.Count);
    }

    [Fact]
    public void A_comment_marker_glued_to_text_is_text_and_the_error_it_causes_says_why()
    {
        var compilation = Compile("方案 注释测试\n总分 5\n等级 合格 ≥ 0\nA 决策 5分\n  A1 指标 5分#说明\n    是否 达到\n");

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("test.scheme:5:14 SL1001 此处不应出现行尾", Describe(diagnostic));
        Assert.Equal("「#」紧跟在文字后面，不是注释；若要写注释，请在 # 前留一个空格", diagnostic.Hint);
    }

    // ---------------------------------------------------------------- 小数位

    private static string WithDecimals(string places) => $"""
        方案 小数位测试
        总分 10
        小数位 {places}
        等级 合格 ≥ 0
        数据
          有帮助比例：百分比 范围 [0%, 100%]
        A 满意度 10分
          按比例 有帮助比例
        """;

    [Theory]
    [InlineData("10")]
    [InlineData("7")]
    [InlineData("2.5")]
    public void Decimals_outside_0_to_6_are_an_error_naming_the_value_and_the_range(string places)
    {
        var compilation = Compile(WithDecimals(places));

        Assert.Equal([$"test.scheme:3:5 SL1010 小数位「{places}」无效：应为 0 到 6 之间的整数"], compilation.Diagnostics.Select(Describe));
    }

    [Theory]
    [InlineData("0", "8")]
    [InlineData("6", "8.412346")]
    public void Decimals_from_0_to_6_round_leaf_scores_to_that_many_places(string places, string score)
    {
        var scheme = Clean(WithDecimals(places));

        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), Score(scheme, ("有帮助比例", "84.1234567%")).Indicator("A").Score);
    }

    // ---------------------------------------------------------------- indicator codes

    [Fact]
    public void A_leading_Latin_word_that_is_not_a_code_is_part_of_the_name()
    {
        var scheme = Clean("""
            方案 编码测试
            总分 10
            等级 合格 ≥ 0
            PPP 项目入库 5分
              是否 按时入库
            DRG  付费 改革 5分
              是否 按期推进
            测试 按名称输入
              输入 PPP 项目入库 = 是，DRG 付费 改革 = 否
              期望 PPP 项目入库 = 5分，总分 = 5分
            """);

        Assert.Equal([(null, "PPP 项目入库", "PPP 项目入库"), (null, "DRG 付费 改革", "DRG 付费 改革")],
            scheme.Scheme!.Indicators.Select(indicator => (indicator.Code, indicator.Name, indicator.Key)));
        Assert.True(Assert.Single(Testing.SchemeTestRunner.Run(scheme)).Passed);
    }

    [Fact]
    public void Codes_are_one_capital_letter_and_digits()
    {
        var scheme = Clean("""
            方案 编码测试
            总分 10
            等级 合格 ≥ 0
            A 决策 10分
              A1 政策 5分
                A11 依据 5分
                  是否 与上位政策一致
              C31 收入 5分
                是否 按时上缴
            """);

        Assert.Equal([("A", "决策"), ("A1", "政策"), ("A11", "依据"), ("C31", "收入")],
            scheme.Scheme!.AllIndicators.Select(indicator => (indicator.Code!, indicator.Name)));
    }

    [Theory]
    [InlineData("a1 政策制定", "a1")]
    [InlineData("A1.1 政策制定", "A1.1")]
    [InlineData("A１ 政策制定", "A１")]
    public void A_first_word_shaped_almost_like_a_code_stays_in_the_name_and_is_reported(string line, string word)
    {
        var compilation = Compile($"方案 编码测试\n总分 5\n等级 合格 ≥ 0\nA 决策 5分\n  {line} 5分\n    是否 与上位政策一致\n");

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal($"test.scheme:5:3 SL1011 「{word}」不是指标编码（编码是一个大写字母加数字，如 A、A1、C31），按名称的一部分处理：指标名为「{line}」", Describe(diagnostic));
        Assert.Equal(line, Assert.Single(compilation.Scheme!.Indicators[0].Children).Name);
    }

    [Fact]
    public void A_quoted_name_that_starts_like_a_code_is_not_reported()
    {
        var scheme = Clean("方案 编码测试\n总分 5\n等级 合格 ≥ 0\nA 决策 5分\n  “A1.1 政策制定” 5分\n    是否 与上位政策一致\n");

        Assert.Equal("A1.1 政策制定", Assert.Single(scheme.Scheme!.Indicators[0].Children).Name);
    }

    // ---------------------------------------------------------------- 目标值 year

    private static string WithTargetYear(string yearHeader, string targets) => $"""
        方案 目标值年度测试
        {yearHeader}
        总分 5
        等级 合格 ≥ 0
        数据
          综合参保率：百分比
        {targets}
          参保率目标 = 95%
        A 参保 5分
          综合参保率 ≥ 参保率目标 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止
        """;

    [Fact]
    public void Targets_for_another_year_are_an_error()
    {
        var compilation = Compile(WithTargetYear("年度 2024", "目标值 2023"));

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("test.scheme:7:5 SL2018 目标值注明为 2023 年，方案年度为 2024 年：这些是另一年的目标值", Describe(diagnostic));
        Assert.Equal("目标值已按 2024 年更新的，把这一行改为「目标值 2024」；否则请换上 2024 年的目标值", diagnostic.Hint);
    }

    [Fact]
    public void A_target_year_without_a_scheme_year_is_a_warning_and_does_not_become_the_year()
    {
        var compilation = Compile(WithTargetYear("", "目标值 ２０２３"));

        Assert.Equal(["test.scheme:7:5 SL2019 目标值注明为 2023 年，但方案没有写「年度」，无法核对这些目标值是否属于本方案的年度"], compilation.Diagnostics.Select(Describe));
        Assert.Null(compilation.Scheme!.Year);
        Assert.Equal(0.95m, Assert.IsType<StepRule>(compilation.Scheme.Indicators[0].Rule).Threshold.Value);
    }

    [Theory]
    [InlineData("年度 2024", "目标值 2024")]
    [InlineData("年度 2024", "目标值")]
    [InlineData("", "目标值")]
    public void A_matching_target_year_or_none_is_clean(string yearHeader, string targets) =>
        Clean(WithTargetYear(yearHeader, targets));
}
