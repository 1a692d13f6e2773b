using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// Parts need their shares written (issue 21, class 7): 「占N%」, 「N分」, 「各占」, or 「两项平均分配」 for equal shares. Parts
/// that write none are still shared equally, with a warning (SL2044) that shows the reading and the line that settles
/// it. The page says 「两项平均分配。」 before such parts, and reads back to the same plan. Both engines.
/// </summary>
public partial class PartShareTests
{
    private static string Parts(string above, int count = 2) => $"""
        方案 测试
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        A 管理 10分
          {above}
        {string.Concat(Enumerable.Range(1, count).Select(i => $"  其中 {"甲乙丙"[i - 1]}部分\n    是否 {"甲乙丙"[i - 1]}项达标\n"))}
        """;

    [Fact]
    public void Parts_that_write_no_share_are_shared_equally_with_a_warning_per_part_showing_the_reading_and_the_line()
    {
        var compilation = Schemes.Compile(Parts(string.Empty, 3));

        Assert.Equal(["SL2044@6", "SL2044@8", "SL2044@10"], Schemes.CodesWithLines(compilation));
        var first = compilation.Diagnostics[0];
        Assert.Equal("「管理」的部分「甲部分」没有写份额：现按 3 个部分平均分配 10分，读作 3.34分", first.Message);
        Assert.Equal("确是平分，就在各部分上面写一行「三项平均分配」；否则在这一行写出份额，如：其中 甲部分 3.34分（或「占N%」）", first.Hint);
        Assert.Equal(3.34m, Schemes.Score(compilation, ("A.甲部分", "是"), ("A.乙部分", "否"), ("A.丙部分", "否")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("两项平均分配")]
    [InlineData("各部分平均分配")]
    [InlineData("平均分配")]
    [InlineData("其中甲部分和乙部分平均分配")]
    [InlineData("两项各占50%")]
    [InlineData("各占5分")]
    public void Each_explicit_equal_share_wording_is_clean_and_scores_half(string above)
    {
        var compilation = Schemes.Clean(Parts(above));

        Assert.Equal(5m, Schemes.Score(compilation, ("A.甲部分", "是"), ("A.乙部分", "否")).Indicator("A").Score);
        Assert.Equal(above.Contains("平均分配", StringComparison.Ordinal), ((PartsRule)compilation.Scheme!.Leaves.Single().Rule!).EqualShares);
    }

    [Fact]
    public void Three_parts_said_to_share_equally_split_ten_points_by_largest_remainder()
    {
        var compilation = Schemes.Clean(Parts("三项平均分配", 3));

        var parts = ((PartsRule)compilation.Scheme!.Leaves.Single().Rule!).Parts;
        Assert.Equal([3.34m, 3.33m, 3.33m], parts.Select(part => part.Weight));
    }

    [Theory]
    [InlineData("三项平均分配", 2)]
    [InlineData("两项平均分配", 3)]
    public void A_count_that_does_not_match_the_parts_is_reported(string above, int count)
    {
        var compilation = Schemes.Compile(Parts(above, count));

        Assert.Equal(["SL3007@5"], Schemes.CodesWithLines(compilation));
    }

    [Fact]
    public void Written_shares_need_no_line_above_and_get_no_warning()
    {
        var compilation = Schemes.Clean("""
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            A 管理 10分
              其中 甲 占40%
                是否 甲达标
              其中：乙（6分）
                是否 乙达标
            """);

        Assert.False(((PartsRule)compilation.Scheme!.Leaves.Single().Rule!).EqualShares);
        Assert.Equal(6m, Schemes.Score(compilation, ("A.甲", "否"), ("A.乙", "是")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("两项平均分配", 2)]
    [InlineData("", 2)]
    [InlineData("三项平均分配", 3)]
    public void The_page_says_the_parts_share_equally_and_its_lines_read_back_to_the_same_plan(string above, int count)
    {
        var source = Parts(above, count);
        var original = Schemes.Compile(source);
        var scheme = original.Scheme!;
        var leaf = scheme.Leaves.Single();
        var rule = (PartsRule)leaf.Rule!;

        var sentence = RuleWording.Rule(leaf, scheme);
        Assert.StartsWith(PartsRule.EqualSharesLine(count) + "。其中甲部分（", sentence, StringComparison.Ordinal);

        // The page's words as lines: the 平均分配 line, then each part's heading over its own rule.
        var lines = new List<string> { PartsRule.EqualSharesLine(count) };
        foreach (var part in rule.Parts)
        {
            lines.Add(RuleWording.PartHeading(part));
            lines.Add("  是否 " + RuleWording.Rule(part, scheme));
        }

        var header = source[..source.IndexOf("A 管理", StringComparison.Ordinal)];
        var reread = Schemes.Clean(header + "A 管理 10分\n" + string.Concat(lines.Select(line => $"  {line}\n")));
        Assert.Equal(Plan(original), Plan(reread));
    }

    /// <summary>
    /// The plan as JSON lines, without each leaf's <see cref="LeafPlan.Standard"/>: the page's words for the standard are
    /// what is read back here, so they differ where the author's line did (no 平均分配 line written); the rules must not.
    /// </summary>
    private static string[] Plan(SchemeLang.SchemeCompilation compilation) =>
        [.. PlanJson.Write(new global::SchemeLang.Evaluation.Evaluator(compilation).Plan).Select(line => StandardWords().Replace(line, string.Empty))];

    [System.Text.RegularExpressions.GeneratedRegex("""
        ,"Standard":"(?:[^"\\]|\\.)*"
        """)]
    private static partial System.Text.RegularExpressions.Regex StandardWords();
}
