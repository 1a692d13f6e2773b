using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SchemeLang.Binding;
using SchemeLang.Docs.Rendering;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Emit;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// The score report of every example's own test records, read back as a DOM: each row's 得分 is the result's, its
/// 得分率 is that score over its weight, subtotals and the total are the result's, and a record that failed shows why.
/// </summary>
public class ScoreReportTests
{
    public static TheoryData<string> Examples => StandardPageTests.Examples;

    /// <summary>The example's 测试 records, scored: the inputs its authors reported.</summary>
    internal static IEnumerable<(BoundScheme Scheme, RecordResult Result)> Scored(string file)
    {
        var evaluator = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file)));
        return evaluator.Scheme.Tests.Select(test =>
            (evaluator.Scheme, evaluator.Evaluate(new DataRecord(test.Name, test.Inputs.ToDictionary(input => input.Key, input => input.Value)))));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_row_shows_the_results_score_its_rate_and_its_explanation(string file)
    {
        Assert.NotEmpty(Scored(file));
        foreach (var (scheme, result) in Scored(file))
        {
            Assert.True(result.Succeeded, string.Join("；", result.Errors));
            var page = Parse(PageRenderer.Report(scheme, result));
            var section = Assert.Single(page.QuerySelectorAll("section.record"));
            Assert.Equal($"记录 {result.Id}", section.QuerySelector("h2")!.TextContent);
            Assert.Equal(NumberText.Plain(result.Total!.Value), section.QuerySelector(".summary .total")!.TextContent);
            Assert.Equal(result.Grade, section.QuerySelector(".summary .grade")?.TextContent);

            var leaves = section.QuerySelectorAll("tr.leaf").ToList();
            // A group with no indicators this year has a row of its own, as a leaf does, scored 0 of 0.
            var leafKeys = scheme.AllIndicators.Where(row => row.IsLeaf || row.IsEmptyGroup).Select(row => row.Key).ToHashSet(StringComparer.Ordinal);
            var leafResults = result.Indicators.Where(indicator => leafKeys.Contains(indicator.Key)).ToList();
            Assert.Equal(leafResults.Count, leaves.Count);
            for (var i = 0; i < leaves.Count; i++)
            {
                AssertScored(leaves[i], leafResults[i].Weight, leafResults[i].Score);
                Assert.Equal(leafResults[i].Explanation, leaves[i].QuerySelector("td.why")!.TextContent);
            }

            var groups = scheme.Indicators.Where(group => !group.IsLeaf && !group.IsEmptyGroup).Select(group => result.Indicator(group.Key)).ToList();
            var subtotals = section.QuerySelectorAll("tr.subtotal").ToList();
            Assert.Equal(groups.Count, subtotals.Count);
            for (var i = 0; i < groups.Count; i++)
            {
                AssertScored(subtotals[i], groups[i].Weight, groups[i].Score);
            }

            AssertScored(Assert.Single(section.QuerySelectorAll("tr.total")), scheme.Total, result.Total.Value);
        }
    }

    [Fact]
    public void A_record_that_could_not_be_scored_shows_its_errors_and_no_table()
    {
        var (scheme, _) = Scored("004-huaning-employee-insurance.scheme").First();
        var failed = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme")))
            .Evaluate(new DataRecord("缺数据", new Dictionary<string, string> { ["综合参保率"] = "百分之九十" }));
        Assert.False(failed.Succeeded);

        var section = Assert.Single(Parse(PageRenderer.Report(scheme, failed)).QuerySelectorAll("section.record"));
        Assert.Empty(section.QuerySelectorAll("table"));
        Assert.Equal(failed.Errors.Select(error => error.ToString()), section.QuerySelectorAll("ul.errors li").Select(li => li.TextContent));
    }

    [Fact]
    public void Applied_vetoes_are_shown_with_what_they_took()
    {
        var compilation = Schemes.Clean(SchemeLang.Tests.Cli.CliHarness.ValidScheme + "\n否决\n  ① 检查出重大违纪行为 扣3分\n");
        var result = Schemes.Score(compilation, PercentReading.SignRequired, new DataRecord("a", new Dictionary<string, string> { ["A"] = "是", ["满意度"] = "84.67%", ["否决.1"] = "是" }));
        var page = Parse(PageRenderer.Report(compilation.Scheme!, result));

        Assert.Equal("检查出重大违纪行为：扣 3分，实扣 3分", Assert.Single(page.QuerySelectorAll(".record ul.vetoes li")).TextContent);
        Assert.Equal("5", page.QuerySelector(".summary .total")!.TextContent);
        Assert.Equal("含否决：检查出重大违纪行为：扣 3分，实扣 3分", page.QuerySelector("tr.total td.why")!.TextContent);
    }

    [Fact]
    public void Scheme_text_and_record_ids_are_text_never_markup()
    {
        var compilation = InjectionTests.Compile();
        var result = Schemes.Score(compilation, PercentReading.SignRequired, new DataRecord("<script>alert(1)</script>&", new Dictionary<string, string>
        {
            ["A1"] = "是", [$"完成率{InjectionTests.Statement}"] = "95%", ["B1"] = "好\"}", [InjectionTests.Long] = "1元",
        }));
        var html = PageRenderer.Report(compilation.Scheme!, result);
        var page = Parse(html);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
        Assert.Equal("记录 <script>alert(1)</script>&", page.QuerySelector("section.record h2")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("td.why"), td => td.TextContent.Contains(InjectionTests.Long, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_same_result_gives_the_same_bytes(string file)
    {
        var (scheme, result) = Scored(file).First();
        Assert.Equal(PageRenderer.Report(scheme, result), PageRenderer.Report(Scored(file).First().Scheme, Scored(file).First().Result));
    }

    /// <summary>The row's 分值 and 得分 as the result has them, and a 得分率 within half a basis point of score ÷ weight.</summary>
    private static void AssertScored(IElement row, decimal weight, decimal score)
    {
        var cells = row.QuerySelectorAll("td.points").Select(td => td.TextContent).ToList();
        Assert.Equal(NumberText.Plain(weight), cells[0]);
        Assert.Equal(NumberText.Plain(score), row.QuerySelector("td.score")!.TextContent);
        var rate = row.QuerySelector("td.rate")!.TextContent;
        if (weight == 0m)
        {
            Assert.Equal("—", rate);
            return;
        }

        Assert.EndsWith("%", rate, StringComparison.Ordinal);
        var shown = decimal.Parse(rate[..^1], CultureInfo.InvariantCulture) / 100m;
        Assert.InRange(Math.Abs(shown - (score / weight)), 0m, 0.00005m);
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
