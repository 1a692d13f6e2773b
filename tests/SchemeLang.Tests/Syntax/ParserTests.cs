using SchemeLang.Parsing;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Tests.Syntax;

public class ParserTests
{
    private static SchemeSyntax ParseClean(string text)
    {
        var result = SchemeSyntaxParser.Parse(new SourceFile("test.scheme", text));
        Assert.Empty(result.Diagnostics);
        return result.Syntax!;
    }

    [Fact]
    public void Indicator_tree_nests_by_indentation_and_reads_codes_and_weights()
    {
        var syntax = ParseClean("""
            方案 测试方案
            总分 100
            A 决策指标 10分
              A1 政策制定 5分
                A11 政策制定依据及程序相关性 5分
                  是否 与上位政策一致 得5分，否则不得分
              A2 决策过程 5分
                A21 预决算程序合规性 5分
                  分项
                    ① 按规定履行决策程序 得2分
                    ② 按规定履行报批程序 得2分
                    ③ 按要求公开 得1分
            """);

        var root = Assert.Single(syntax.Indicators);
        Assert.Equal("A", root.Code!.Text);
        Assert.Equal("决策指标", root.Name.Text);
        Assert.Equal(10m, root.Weight!.Value);
        Assert.Equal(["政策制定", "决策过程"], root.Children.Select(child => child.Name.Text));
        var a11 = root.Children[0].Children[0];
        var pass = Assert.IsType<PassFailRuleSyntax>(a11.Rule);
        Assert.Equal("与上位政策一致", pass.Condition);
        Assert.Equal(5m, pass.Points!.Value);
        var checklist = Assert.IsType<ChecklistRuleSyntax>(root.Children[1].Children[0].Rule);
        Assert.Equal([2m, 2m, 1m], checklist.Items.Select(item => item.Points!.Value));
        Assert.Equal("按规定履行决策程序", checklist.Items[0].Text);
    }

    [Fact]
    public void Step_rule_with_percentage_points_reads_threshold_step_and_rounding()
    {
        var syntax = ParseClean("""
            方案 测试
            总分 5
            数据
              综合参保率：百分比
            C11 参保目标完成情况 5分
              综合参保率 ≥ 95% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止
            """);

        var step = Assert.IsType<StepRuleSyntax>(syntax.Indicators[0].Rule);
        Assert.Equal("综合参保率", step.Subject?.Text);
        Assert.Equal(0.95m, Assert.IsType<QuantityBoundSyntax>(step.Threshold).Value.Value);
        Assert.Equal(StepDirection.Below, step.Step.Direction);
        Assert.Equal(0.01m, step.Step.StepSize.Value);
        Assert.Equal(1m, step.Step.PointsPerStep.Value);
        Assert.Equal(Runtime.StepRounding.Ceiling, step.Step.Rounding!.Rounding);
    }

    [Fact]
    public void Band_rows_apply_the_legal_conventions_for_bounds()
    {
        var syntax = ParseClean("""
            方案 测试
            总分 5
            D31 满意度 5分
              区间 满意度
                90%以上 得5分
                [80%, 90%) 得3分
                不满80% 不得分
            """);

        var band = Assert.IsType<BandRuleSyntax>(syntax.Indicators[0].Rule);
        var rows = band.Rows;
        Assert.Equal((true, true), (rows[0].Range.LowerClosed, rows[0].Range.Upper is null));
        Assert.Equal((true, false), (rows[1].Range.LowerClosed, rows[1].Range.UpperClosed));
        Assert.Equal((null, false), (rows[2].Range.Lower, rows[2].Range.UpperClosed));
        Assert.Equal(0m, Assert.IsType<FixedOutcomeSyntax>(rows[2].Outcome).Points!.Value);
    }

    [Fact]
    public void One_typo_gives_one_diagnostic()
    {
        var result = SchemeSyntaxParser.Parse(new SourceFile("t.scheme", """
            方案 测试
            总分 5
            A 指标 5分
              区间 满意度
                [80%, 90%  得3分
                ≥ 90% 得5分
            """));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SL1001", diagnostic.Code);
        Assert.Equal(4, diagnostic.Location.Start.Line);
    }

    [Fact]
    public void Quoted_indicator_names_lose_their_quotes()
    {
        var syntax = ParseClean("""
            方案 测试
            总分 2
            「医保工作培训2次完成率100%」 2分
              是否 完成
            """);
        Assert.Equal("医保工作培训2次完成率100%", syntax.Indicators[0].Name.Text);
        Assert.Null(syntax.Indicators[0].Code);
    }
}
