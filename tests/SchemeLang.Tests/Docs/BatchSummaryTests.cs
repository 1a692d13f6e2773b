using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Tests.Cli;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// score --format html over a batch, read back as a DOM: the summary's counts, grade distribution and 一级 / 二级 得分率
/// (mean, lowest, highest) agree with figures computed here from the JSON results of the same records; each chart is an
/// inline SVG labelled in text, each link reaches its record, and a hostile id or grade name stays text.
/// </summary>
public sealed class BatchSummaryTests : CliHarness
{
    private const string HostileGrade = "<img src=x onerror=alert(1)>优";
    private const string HostileId = "<script>alert(1)</script>";

    private static readonly string Scheme = $$"""
        方案 汇总测试
        总分 20
        等级 「{{HostileGrade}}」 ≥ 18；良 [14, 18)；中 [10, 14)；差 < 10
        数据
          满意度：百分比 范围 [0%, 100%]
          完成率：百分比 范围 [0%, 200%]
        A 决策 8分
          A1 立项 4分
            是否 程序合规
          A2 目标 4分
            是否 目标明确
        B 效益 12分
          B1 满意 6分
            区间 满意度
              90%以上 得6分
              [80%, 90%) 得4分
              不满80% 不得分
          B2 完成 6分
            按比例 完成率，封顶 100%
        """;

    /// <summary>Twelve records: ten scored with varied answers (one with the hostile id), a bad value and a missing field.</summary>
    private static string Records()
    {
        var records = Enumerable.Range(1, 10).Select(i => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = i == 4 ? HostileId : $"项目{i}",
            ["A1"] = i % 3 == 0 ? "否" : "是",
            ["A2"] = i % 4 == 0 ? "否" : "是",
            ["满意度"] = $"{70 + (i * 3)}%",
            ["完成率"] = $"{55 + (i * 7)}.5%",
        }));
        return $"[{string.Join(",", records)}, {{\"id\": \"坏值\", \"A1\": \"是\", \"A2\": \"是\", \"满意度\": \"很好\", \"完成率\": \"90%\"}}, {{\"id\": \"缺项\", \"A1\": \"是\"}}]";
    }

    private (IHtmlDocument Page, string Html, string Error, JsonElement[] Results, BoundScheme Scheme) ScoreBatch()
    {
        var scheme = WriteFile("s.scheme", Scheme);
        var data = WriteFile("d.json", Records());
        var (htmlExit, html, error) = Run("score", scheme, "--data", data, "--format", "html");
        var (jsonExit, json, _) = Run("score", scheme, "--data", data, "--format", "json");
        Assert.Equal((1, 1), (htmlExit, jsonExit));
        using var results = JsonDocument.Parse(json);
        var bound = SchemeCompilation.FromFile(scheme).Scheme!;
        return (new HtmlParser().ParseDocument(html), html, error, [.. results.RootElement.EnumerateArray().Select(result => result.Clone())], bound);
    }

    [Fact]
    public void Counts_and_the_grade_distribution_match_the_records()
    {
        var (page, _, error, results, scheme) = ScoreBatch();
        var scored = results.Where(result => !result.TryGetProperty("errors", out _)).ToList();
        var grades = scheme.Grades.Select(grade => (grade.Name, Count: scored.Count(result => result.GetProperty("grade").GetString() == grade.Name))).ToList();
        Assert.Equal((12, 10), (results.Length, scored.Count));

        var batch = page.QuerySelector("section.batch")!;
        Assert.Equal(
            ["12", "10", "2"],
            new[] { "records", "scored", "failed" }.Select(cell => batch.QuerySelector($"table.counts td.{cell}")!.TextContent));
        var totals = scored.Select(result => result.GetProperty("total").GetDecimal()).ToList();
        Assert.Equal(NumberText.Plain(Math.Round(totals.Sum() / totals.Count, scheme.Decimals, MidpointRounding.AwayFromZero)), batch.QuerySelector("table.counts td.mean")!.TextContent);
        Assert.Equal(NumberText.Plain(totals.Min()), batch.QuerySelector("table.counts td.min")!.TextContent);
        Assert.Equal(NumberText.Plain(totals.Max()), batch.QuerySelector("table.counts td.max")!.TextContent);

        Assert.Equal(
            grades.Select(grade => $"{grade.Name}|{grade.Count}|{Percent(grade.Count / (decimal)scored.Count)}"),
            batch.QuerySelectorAll("table.grade-counts tbody tr").Select(row => string.Join("|", row.Children.Select(cell => cell.TextContent))));
        Assert.Contains(grades, grade => grade.Count > 1);

        // Each bar's row: its label (the name, cut short where too long for the column), its figure, and the whole name with the figure as its title.
        var chart = batch.QuerySelector("figure.grades svg")!;
        Assert.Equal(
            grades.Select(grade => $"{grade.Name}：{grade.Count} 条（{Percent(grade.Count / (decimal)scored.Count)}）"),
            chart.QuerySelectorAll("g > title").Select(title => title.TextContent));
        Assert.Equal(
            grades.Select(grade => $"{grade.Count} 条（{Percent(grade.Count / (decimal)scored.Count)}）"),
            chart.QuerySelectorAll("g > text:last-of-type").Select(text => text.TextContent));
        Assert.All(
            grades.Zip(chart.QuerySelectorAll("g > text:first-of-type").Select(text => text.TextContent)),
            pair => Assert.True(pair.Second == pair.First.Name || (pair.Second.EndsWith('…') && pair.First.Name.StartsWith(pair.Second[..^1], StringComparison.Ordinal)), pair.Second));

        var line = $"共 12 条记录：计分 10 条，出错 2 条；等级分布：{string.Join("、", grades.Select(grade => $"{grade.Name} {grade.Count}"))}";
        Assert.Equal(line, error.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Each_first_and_second_level_rate_is_the_mean_lowest_and_highest_over_the_scored_records()
    {
        var (page, _, _, results, scheme) = ScoreBatch();
        var indicators = scheme.AllIndicators.ToList();
        var rates = new Dictionary<string, List<decimal>>(StringComparer.Ordinal);
        foreach (var result in results.Where(result => !result.TryGetProperty("errors", out _)))
        {
            var scores = result.GetProperty("indicators").EnumerateArray().ToList();
            Assert.Equal(indicators.Select(indicator => indicator.Name), scores.Select(score => score.GetProperty("name").GetString()));
            foreach (var (indicator, score) in indicators.Zip(scores))
            {
                var weight = score.GetProperty("weight").GetDecimal();
                if (weight != 0m)
                {
                    rates.TryAdd(indicator.Key, []);
                    rates[indicator.Key].Add(score.GetProperty("score").GetDecimal() / weight);
                }
            }
        }

        var levels = new[] { scheme.Indicators.ToList(), [.. scheme.Indicators.SelectMany(first => first.Children)] };
        foreach (var (level, css) in new[] { (0, "first"), (1, "second") })
        {
            var expected = levels[level];
            var rows = page.QuerySelectorAll($"section.batch table.rates.{css} tbody tr");
            Assert.Equal(expected.Count, rows.Length);
            var chart = Texts(page.QuerySelectorAll("section.batch figure.rates svg")[level]);
            foreach (var (indicator, row) in expected.Zip(rows))
            {
                var values = rates[indicator.Key];
                var (mean, min, max) = (Percent(values.Sum() / values.Count), Percent(values.Min()), Percent(values.Max()));
                Assert.Equal(indicator.DisplayName, row.QuerySelector("td.name")!.TextContent);
                Assert.Equal(values.Count.ToString(CultureInfo.InvariantCulture), row.QuerySelector("td.count")!.TextContent);
                Assert.Equal((mean, min, max), (row.QuerySelector("td.mean")!.TextContent, row.QuerySelector("td.min")!.TextContent, row.QuerySelector("td.max")!.TextContent));
                Assert.Contains(indicator.DisplayName, chart);
                Assert.Contains($"平均 {mean}（{min}～{max}）", chart);
            }
        }

        // The spread differs from record to record somewhere, or the test would prove little.
        Assert.Contains(rates.Values, values => values.Min() != values.Max());
    }

    [Fact]
    public void Charts_are_inline_svg_labelled_in_text_and_hatched_not_coloured()
    {
        var (page, html, _, _, _) = ScoreBatch();
        Assert.Equal(3, page.QuerySelectorAll("section.batch figure.chart svg").Length);
        Assert.Empty(page.QuerySelectorAll("script, img, object, iframe, link, use, image"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var svg in page.QuerySelectorAll("figure.rates svg"))
        {
            var pattern = svg.QuerySelector("pattern")!.Id;
            var ranges = svg.QuerySelectorAll("rect").Where(rect => rect.GetAttribute("fill")!.StartsWith("url(", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(ranges);
            Assert.All(ranges, rect => Assert.Equal($"url(#{pattern})", rect.GetAttribute("fill")));
            Assert.Contains("0%", Texts(svg));
            Assert.Contains("100%", Texts(svg));
        }

        foreach (var section in page.QuerySelectorAll("section.record").Where(section => section.QuerySelector("table") is not null))
        {
            var chart = Texts(section.QuerySelector("figure.record-rates svg")!);
            var subtotals = section.QuerySelectorAll("tr.subtotal td.rate").Select(cell => cell.TextContent).ToList();
            Assert.Equal(2, subtotals.Count);
            Assert.Contains("A 决策", chart);
            Assert.Contains("B 效益", chart);
            Assert.All(subtotals, rate => Assert.Contains(rate, chart));
        }
    }

    [Fact]
    public void The_list_links_to_every_records_section_in_file_order()
    {
        var (page, _, _, results, _) = ScoreBatch();
        var links = page.QuerySelectorAll("section.batch table.index a").ToList();
        Assert.Equal(results.Select(result => result.GetProperty("id").GetString()), links.Select(link => link.TextContent));
        var targets = links.Select(link => page.GetElementById(link.GetAttribute("href")!.TrimStart('#'))).ToList();
        Assert.All(targets, Assert.NotNull);
        Assert.Equal<IElement>(page.QuerySelectorAll("section.record"), targets!);
        Assert.Equal(results.Select(result => $"记录 {result.GetProperty("id").GetString()}"), targets.Select(section => section!.QuerySelector("h2")!.TextContent));
        Assert.Equal(
            results.Select(result => result.TryGetProperty("errors", out var errors) ? $"出错 {errors.GetArrayLength()} 处" : "已计分"),
            page.QuerySelectorAll("table.index td.status").Select(cell => cell.TextContent));
    }

    [Fact]
    public void A_hostile_id_and_grade_name_are_text_only()
    {
        var (page, html, _, _, _) = ScoreBatch();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(page.All.SelectMany(element => element.Attributes), attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal) || attribute.Value.Contains("alert", StringComparison.Ordinal));
        var batch = page.QuerySelector("section.batch")!;
        Assert.Contains(HostileId, batch.QuerySelectorAll("table.index a").Select(link => link.TextContent));
        Assert.Contains(HostileGrade, batch.QuerySelectorAll("table.grade-counts td.name").Select(cell => cell.TextContent));
        Assert.Contains($"{HostileGrade}：", batch.QuerySelector("figure.grades svg g > title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_the_same_bytes_every_run_and_one_record_gets_no_summary()
    {
        Assert.Equal(ScoreBatch().Html, ScoreBatch().Html);

        var (exit, html, error) = Run("score", WriteFile("s.scheme", Scheme), "--data", WriteFile("one.json", """[{"id": "甲", "A1": "是", "A2": "否", "满意度": "85%", "完成率": "70%"}]"""), "--format", "html");
        Assert.Equal(0, exit);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Null(page.QuerySelector("section.batch"));
        var chart = Texts(Assert.Single(page.QuerySelectorAll("section.record figure.record-rates svg")));
        Assert.Contains("50%", chart);
        Assert.Contains("68.33%", chart);
        Assert.Equal("共 1 条记录：计分 1 条，出错 0 条；等级分布：" + HostileGrade + " 0、良 0、中 1、差 0", error.TrimEnd());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Every_format_ends_with_the_summary_line(string format)
    {
        var (_, _, error) = Run("score", WriteFile("s.scheme", Scheme), "--data", WriteFile("d.json", Records()), "--format", format);
        Assert.StartsWith("共 12 条记录：计分 10 条，出错 2 条；等级分布：", error.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    private static string Percent(decimal ratio) => NumberText.Percent(Math.Round(ratio, 4, MidpointRounding.AwayFromZero));

    private static List<string> Texts(IElement svg) => [.. svg.QuerySelectorAll("text").Select(text => text.TextContent)];
}
