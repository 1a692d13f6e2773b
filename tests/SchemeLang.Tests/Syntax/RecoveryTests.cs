using SchemeLang.Parsing;
using SchemeLang.Syntax;
using SchemeLang.Tests.Support;
using SchemeLang.Text;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Syntax;

/// <summary>One typo gives one diagnostic, on its own line, and parsing goes on with the next line.</summary>
public class RecoveryTests
{
    // Every kind of line, each block indented below its keyword; clean as it stands.
    private const string Valid = """
        方案 恢复测试
        年度 2023
        总分 20
        等级
          合格 ≥ 12
          不合格 < 12
        目标值 2023
          参保率目标 = 95%
        数据
          满意度：百分比 范围 [0%, 100%]
          综合参保率：百分比
        A 决策 10分
          A1 立项 5分
            区间 满意度
              90%以上 得5分
              [80%, 90%) 得3分
              不满80% 不得分
          A2 程序 5分
            分项
              ① 按规定履行决策程序 得3分
              ② 按要求公开 得2分
        B 产出 10分
          B1 参保 5分
            综合参保率 ≥ 参保率目标 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止
          B2 时效 5分
            扣分，扣完为止
              ① 出现投诉 每次扣0.5分
        测试 全部达到
          输入 满意度 = 95%，综合参保率 = 96%，A2.1 = 是，A2.2 = 是，B2.1 = 0
          期望 总分 = 20分
        """;

    [Fact]
    public void The_valid_scheme_is_clean() => Clean(Valid);

    [Theory]
    [InlineData("总分 20", "总分 二十", 3)]
    [InlineData("  合格 ≥ 12", "  合格 ≥", 5)]
    [InlineData("  参保率目标 = 95%", "  参保率目标 = 百分之九十五", 8)]
    [InlineData("  满意度：百分比 范围 [0%, 100%]", "  满意度：百分比 范围 [0%, 100%", 10)]
    [InlineData("  A1 立项 5分", "  A1 立项 五分", 13)]
    [InlineData("    区间 满意度", "    区间", 14)]
    [InlineData("      [80%, 90%) 得3分", "      [80%, 90%) 得三分", 16)]
    [InlineData("      [80%, 90%) 得3分", "      [80%, 90%  得3分", 16)]
    [InlineData("      [80%, 90%) 得3分", "      ）80%以上 得3分", 16)]
    [InlineData("      ① 按规定履行决策程序 得3分", "      ① 按规定履行决策程序 得三分", 20)]
    [InlineData("    综合参保率 ≥ 参保率目标 得满分，每低1个百分点扣1分", "    综合参保率 ≥ 参保率目标 得满分，每低扣1分", 24)]
    [InlineData("      ① 出现投诉 每次扣0.5分", "      ① 出现投诉 每次扣", 27)]
    [InlineData("  期望 总分 = 20分", "  期望 总分 == 20分", 30)]
    public void A_typo_anywhere_gives_one_diagnostic_on_its_own_line(string line, string typo, int lineNumber)
    {
        Assert.Contains(line, Valid, StringComparison.Ordinal);
        var compilation = Compile(Valid.Replace(line, typo, StringComparison.Ordinal));
        Assert.Equal([$"SL1001@{lineNumber}"], CodesWithLines(compilation));
    }

    [Fact]
    public void Parsing_goes_on_after_a_broken_line_and_finds_the_next_one()
    {
        var text = Valid
            .Replace("  A1 立项 5分", "  A1 立项 五分", StringComparison.Ordinal)
            .Replace("      [80%, 90%) 得3分", "      [80%, 90%) 得三分", StringComparison.Ordinal)
            .Replace("  B1 参保 5分", "  B1 参保 5分 x", StringComparison.Ordinal);
        Assert.Equal(["SL1001@13", "SL1001@16", "SL1001@23"], CodesWithLines(Compile(text)));
    }

    [Fact]
    public void A_scheme_with_a_broken_line_is_not_bound_so_nothing_else_is_reported()
    {
        // Without A1's line, A's children would add up to 5 of its 10 points and the 区间 rule would have no leaf.
        var compilation = Compile(Valid.Replace("  A1 立项 5分", "  A1 立项 五分", StringComparison.Ordinal));
        Assert.Null(compilation.Scheme);
        Assert.Contains("指标行以分值结尾", Assert.Single(compilation.Diagnostics).Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_fits_no_statement_is_told_the_form_its_first_word_asks_for()
    {
        var compilation = Compile(Valid.Replace("    区间 满意度", "    区间", StringComparison.Ordinal));
        Assert.Equal("这一行应写成：区间 数据项名称，各档写在下面缩进的行里，如：[90%, 100%] 得5分", Assert.Single(compilation.Diagnostics).Hint);
    }

    [Fact]
    public void Block_entries_written_flush_with_their_keyword_read_the_same_as_indented_ones()
    {
        var flush = Valid
            .Replace("""
                    区间 满意度
                      90%以上 得5分
                      [80%, 90%) 得3分
                      不满80% 不得分
                """, """
                    区间 满意度
                    90%以上 得5分
                    [80%, 90%) 得3分
                    不满80% 不得分
                """, StringComparison.Ordinal)
            .Replace("""
                数据
                  满意度：百分比 范围 [0%, 100%]
                  综合参保率：百分比
                """, """
                数据
                满意度：百分比 范围 [0%, 100%]
                综合参保率：百分比
                """, StringComparison.Ordinal);
        Assert.NotEqual(Valid, flush);
        var indentedScheme = Clean(Valid);
        var flushScheme = Clean(flush);
        foreach (var satisfaction in new[] { "100%", "90%", "85%", "80%", "79.99%" })
        {
            Assert.Equal(
                Score(indentedScheme, ("满意度", satisfaction), ("综合参保率", "95%"), ("A2.1", "是"), ("A2.2", "是"), ("B2.1", "0")).Indicator("A1").Score,
                Score(flushScheme, ("满意度", satisfaction), ("综合参保率", "95%"), ("A2.1", "是"), ("A2.2", "是"), ("B2.1", "0")).Indicator("A1").Score);
        }
    }

    [Fact]
    public void A_keyword_line_that_ends_with_a_weight_is_an_indicator_not_a_block()
    {
        var syntax = SchemeSyntaxParser.Parse(new SourceFile("test.scheme", """
            方案 关键字开头的指标
            总分 5
            区间管理 5分
              分段合理 5分
                是否 分段合理
            """));
        Assert.Empty(syntax.Diagnostics);
        var root = Assert.Single(syntax.Syntax!.Indicators);
        Assert.Equal("区间管理", root.Name.Text);
        Assert.Equal("分段合理", Assert.Single(root.Children).Name.Text);
    }

    [Fact]
    public void A_block_on_the_last_line_without_a_line_break_is_closed()
    {
        var syntax = SchemeSyntaxParser.Parse(new SourceFile("test.scheme", "方案 末行\n总分 5\nA1 指标 5分\n  分项\n    ① 做到 得5分"));
        Assert.Empty(syntax.Diagnostics);
        var checklist = Assert.IsType<ChecklistRuleSyntax>(Assert.Single(syntax.Syntax!.Indicators).Rule);
        Assert.Equal(5m, Assert.Single(checklist.Items).Points!.Value);
    }
}
