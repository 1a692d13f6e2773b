using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// Record and scheme text that would act on the reader: formulas in CSV cells (Excel or WPS would run them) and bidi
/// controls in a page or on the console (（40分） shown as （分04））. Fuzzing found both going out raw.
/// </summary>
public sealed class HostileTextTests : CliHarness
{
    private const string Scheme = """
        方案 测试方案
        总分 10
        等级 「=1+1」 ≥ 9；良 [8, 9)；中 [6, 8)；差 < 6
        数据
          满意度：百分比 范围 [0%, 100%]
        「+SUM(A1)」 5分
          是否 程序合规
        「-满意度」 5分
          区间 满意度
            90%以上 得5分
            [80%, 90%) 得3分
            不满80% 不得分
        否决
          ① 「=cmd|' /C calc'!A0」 扣3分
        """;

    [Fact]
    public void No_csv_text_cell_starts_like_a_formula_and_numbers_stay_numbers()
    {
        var data = WriteFile("d.csv", "id,+SUM(A1),满意度,否决.1\n=1+1,是,95%,否\n+1+1,是,95%,是\n-1+1,是,95%,否\n@SUM(1),是,95%,否\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",是,95%,否\n");
        var (exit, output, _) = Run("score", WriteFile("s.scheme", Scheme), "--data", data, "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "id,总分,等级,'+SUM(A1),'-满意度,否决,错误",
            "'=1+1,10,'=1+1,5,5,,",
            "'+1+1,7,中,5,5,'=cmd|' /C calc'!A0：扣 3分，实扣 3分,",
            "'-1+1,10,'=1+1,5,5,,",
            "'@SUM(1),10,'=1+1,5,5,,",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",10,'=1+1,5,5,,",
        ], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_bidi_override_in_a_name_is_shown_on_the_page_not_obeyed()
    {
        var scheme = WriteFile("s.scheme", ValidScheme.Replace("A 决策 5分", "A 「决策\u202E（40分）」 5分", StringComparison.Ordinal));
        var page = Path.Combine(Directory, "page.html");

        var (exit, _, _) = Run("doc", scheme, "--out", page);

        Assert.Equal(0, exit);
        var html = File.ReadAllText(page);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x202E;", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("决策<U+202E>（40分）", new HtmlParser().ParseDocument(html).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bidi_override_in_a_record_id_is_shown_in_the_report_and_on_the_console()
    {
        var data = WriteFile("d.json", """[{"id": "r\u202E1", "A": "是", "满意度": "95%"}, {"id": "r\u202E2", "A": "是"}]""");
        var (exit, output, error) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", data, "--format", "html");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("\u202E", output + error, StringComparison.Ordinal);
        Assert.Contains("r<U+202E>1", new HtmlParser().ParseDocument(output).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("r<U+202E>2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_carries_the_exact_id_escaped()
    {
        var data = WriteFile("d.json", """[{"id": "r\u202E1", "A": "是", "满意度": "95%"}]""");
        var (exit, output, _) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", data);

        Assert.Equal(0, exit);
        Assert.Contains("\\u202E", output, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("r\u202E1", json.RootElement[0].GetProperty("id").GetString());
    }

    [Fact]
    public void A_diagnostic_on_a_line_with_a_bidi_override_shows_it_and_keeps_the_caret_under_the_span()
    {
        var scheme = WriteFile("s.scheme", "方案 测试\n总分 10\n等级 合格 ≥ 0\nA 「甲\u202E乙」 5分\n  是否 达到\n");
        var (exit, output, _) = Run("check", scheme);

        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        var source = Array.FindIndex(lines, line => line.Contains("「甲<U+202E>乙」", StringComparison.Ordinal));
        Assert.True(source > 0, output);
        Assert.DoesNotContain("\u202E", output, StringComparison.Ordinal);
        var sourceColumn = lines[source].IndexOf('A', StringComparison.Ordinal);
        Assert.Equal(sourceColumn, lines[source + 1].IndexOf('^', StringComparison.Ordinal));
    }
}
