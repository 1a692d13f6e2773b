using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SchemeLang.Tests.Cli;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Office;

/// <summary>
/// The workbooks in a real office suite (LibreOffice, headless): it opens the template with its checks and lists, and
/// score reads a workbook that LibreOffice itself saved from typed data, percent-formatted cells and all.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OfficeSuiteWorkbookTests : CliHarness
{
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static string Example(string name) => Path.Combine(Repository.Examples, name);

    [Fact]
    public void The_office_suite_opens_the_template_with_its_headers_notes_and_checks()
    {
        var template = Path.Combine(Directory, "模板.xlsx");
        Assert.Equal(0, Run("template", Example("004-huaning-employee-insurance.scheme"), "--out", template).Exit);

        var flat = XDocument.Load(LibreOffice.Convert(template, "fods", Directory));
        var sheets = flat.Descendants(Table + "table").ToDictionary(table => (string)table.Attribute(Table + "name")!);
        Assert.Contains("填报", sheets.Keys);
        Assert.Contains("说明", sheets.Keys);
        var header = sheets["填报"].Descendants(Table + "table-row").First().Elements(Table + "table-cell")
            .Select(cell => string.Concat(cell.Descendants(Text + "p").Select(p => p.Value))).Where(text => text.Length > 0).ToArray();
        Assert.Equal(["记录编号", "项目名称", "项目单位", "综合参保率"], header[..4]);
        Assert.Contains("A21.1", header);

        var validations = flat.Descendants(Table + "content-validation").ToArray();
        var conditions = validations.Select(validation => (string?)validation.Attribute(Table + "condition") ?? string.Empty).ToArray();
        Assert.Contains(conditions, condition => condition.Contains("cell-content-is-in-list", StringComparison.Ordinal) && condition.Contains("选项", StringComparison.Ordinal));
        Assert.Contains(conditions, condition => condition.Contains("cell-content-is-whole-number", StringComparison.Ordinal));
        Assert.Contains(validations.SelectMany(validation => validation.Descendants(Text + "p")), p => p.Value.Contains("C11 参保目标完成情况", StringComparison.Ordinal));
    }

    /// <summary>
    /// 004's report data typed into a sheet as a person would (95.5% as a percentage, money as plain numbers in 元),
    /// saved by LibreOffice as .xlsx: score reads the percent-formatted cells as ratios and gets the report's own total.
    /// </summary>
    [Fact]
    public void A_workbook_the_office_suite_saved_scores_as_the_json_does()
    {
        var scheme = Example("004-huaning-employee-insurance.scheme");
        using var json = JsonDocument.Parse(File.ReadAllText(Example("004-huaning-employee-insurance.data.json")));
        var record = json.RootElement[0];
        var fields = record.EnumerateObject().ToArray();
        var csv = new StringBuilder();
        csv.Append(string.Join(",", fields.Select(field => field.Name == "id" ? "记录编号" : field.Name).Append("备注"))).Append('\n');
        csv.Append(string.Join(",", fields.Select(field => field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()!.Replace("元", "", StringComparison.Ordinal) : field.Value.GetRawText()).Append("无"))).Append('\n');
        var typed = WriteFile("typed.csv", csv.ToString());

        // UTF-8, comma-separated, detect special numbers: 「100.34%」 becomes a percent-formatted number, as typed in Calc.
        var workbook = LibreOffice.Convert(typed, "xlsx", Directory, inputFilter: "CSV:44,34,76,1,,0,false,true,true,false,false");
        var fromWorkbook = Run("score", scheme, "--data", workbook, "--format", "json");
        var fromJson = Run("score", scheme, "--data", Example("004-huaning-employee-insurance.data.json"), "--format", "json");

        Assert.Equal(0, fromWorkbook.Exit);
        Assert.Equal(Summaries(fromJson.Output), Summaries(fromWorkbook.Output));
        using var scored = JsonDocument.Parse(fromWorkbook.Output);
        using var expected = JsonDocument.Parse(fromJson.Output);
        Assert.Equal(
            expected.RootElement[0].GetProperty("indicators").EnumerateArray().Select(indicator => indicator.GetProperty("explanation").GetString()),
            scored.RootElement[0].GetProperty("indicators").EnumerateArray().Select(indicator => indicator.GetProperty("explanation").GetString()));
        Assert.Contains("「备注」", fromWorkbook.Error, StringComparison.Ordinal);
    }
}
