using System.Text;
using System.Text.Json;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// score --out FILE in every format: the file is replaced whole at the end (no temporary file left behind), CSV starts
/// with a UTF-8 byte order mark so Chinese Excel reads the header (or is GB18030 on request), the rest is plain UTF-8.
/// </summary>
public sealed class ResultFileTests : CliHarness
{
    private const string Records = """[{"id": "甲", "A": "是", "满意度": "95%"}, {"id": "乙", "A": "否", "满意度": "81%"}]""";

    [Fact]
    public void Csv_goes_to_the_file_with_a_byte_order_mark()
    {
        var target = Path.Combine(Directory, "结果.csv");
        var (exit, output, _) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.json", Records), "--format", "csv", "--out", target);

        Assert.Equal(0, exit);
        Assert.Equal($"已生成 {target}", output.Trim());
        Assert.Equal([.. Encoding.UTF8.Preamble, .. "id,总分,等级,A 决策,B 满意度,否决,错误\r\n甲,10,优,5,5,,\r\n乙,3,差,0,3,,\r\n"u8], File.ReadAllBytes(target));
        Assert.Equal(["d.json", "s.scheme", "结果.csv"], System.IO.Directory.GetFiles(Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Csv_for_an_old_excel_is_gb18030()
    {
        var target = Path.Combine(Directory, "结果.csv");
        Assert.Equal(0, Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.json", Records), "--format", "csv", "--encoding", "gb18030", "--out", target).Exit);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = File.ReadAllBytes(target);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("id,总分,等级,A 决策", Encoding.GetEncoding(54936).GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    public void Json_and_html_go_to_the_file_and_overwrite_it(string format)
    {
        var target = WriteFile("结果." + format, "旧内容");
        var (exit, _, _) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", WriteFile("d.json", Records), "--format", format, "--out", target);

        Assert.Equal(0, exit);
        var text = File.ReadAllText(target);
        if (format == "json")
        {
            Assert.Equal(["甲: 10 优", "乙: 3 差"], Summaries(text));
        }
        else
        {
            Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        }

        Assert.NotEqual(0xEF, File.ReadAllBytes(target)[0]);
    }

    [Fact]
    public void A_run_that_cannot_read_its_data_leaves_the_old_file_as_it_was()
    {
        var target = WriteFile("结果.csv", "旧内容");
        var (exit, _, _) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", Path.Combine(Directory, "missing.json"), "--format", "csv", "--out", target);

        Assert.Equal(1, exit);
        Assert.Equal("旧内容", File.ReadAllText(target));
        Assert.Empty(System.IO.Directory.GetFiles(Directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Json_results_carry_each_indicators_unique_key()
    {
        var (_, output, _) = Run("score", WriteFile("s.scheme", "方案 测试\n总分 10\n等级 合格 ≥ 0\n一、决策 10分\n  1. 立项 5分\n    是否 规范\n  2. 程序 5分\n    是否 规范\n"), "--data", WriteFile("d.json", """[{"id": "r", "一1": "是", "一2": "否"}]"""));
        using var json = JsonDocument.Parse(output);
        var keys = json.RootElement[0].GetProperty("indicators").EnumerateArray().Select(indicator => indicator.GetProperty("key").GetString()).ToArray();

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    /// <summary>项目名称 and 项目单位 ride along with each record into every output; they are never scored.</summary>
    [Fact]
    public void Identity_columns_are_carried_to_csv_json_and_the_report()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var data = WriteFile("d.csv", "记录编号,项目名称,项目单位,A,满意度\nr1,=项目甲,单位甲,是,95%\n");

        var csv = Run("score", scheme, "--data", data, "--format", "csv").Output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal(["id,项目名称,项目单位,总分,等级,A 决策,B 满意度,否决,错误", "r1,'=项目甲,单位甲,10,优,5,5,,"], csv[..2]);

        using var json = JsonDocument.Parse(Run("score", scheme, "--data", data).Output);
        Assert.Equal("=项目甲", json.RootElement[0].GetProperty("identity").GetProperty("项目名称").GetString());

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Run("score", scheme, "--data", data, "--format", "html").Output);
        Assert.Equal("项目名称：=项目甲　项目单位：单位甲", page.QuerySelector("section.record p.identity")!.TextContent);
    }

    /// <summary>A JSON file's identity columns are its first record's; its records are still read in order, the first one included.</summary>
    [Fact]
    public void Identity_from_json_data_reaches_the_csv_columns()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var data = WriteFile("d.json", """
            [{"id": "r1", "项目名称": "项目甲", "A": "是", "满意度": "95%"},
             {"id": "r2", "项目名称": "项目乙", "A": "否", "满意度": "85%"},
             {"id": "r3", "A": "是", "满意度": "85%"}]
            """);

        var csv = Run("score", scheme, "--data", data, "--format", "csv").Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["id,项目名称,总分,等级,A 决策,B 满意度,否决,错误", "r1,项目甲,10,优,5,5,,", "r2,项目乙,3,差,0,3,,", "r3,,8,良,5,3,,"], csv);
    }

    [Fact]
    public void Csv_headers_are_unique_keys_even_where_names_repeat()
    {
        var scheme = WriteFile("s.scheme", "方案 测试\n总分 10\n等级 合格 ≥ 0\n一、决策 5分\n  1. 资金到位 5分\n    是否 到位\n二、产出 5分\n  1. 资金到位 5分\n    是否 到位\n");
        var (_, output, _) = Run("score", scheme, "--data", WriteFile("d.json", """[{"id": "r", "一1": "是", "二1": "否"}]"""), "--format", "csv");

        Assert.Equal("id,总分,等级,一 决策,一1 资金到位,二 产出,二1 资金到位,否决,错误", output.Split('\n')[0].TrimEnd());
    }
}
