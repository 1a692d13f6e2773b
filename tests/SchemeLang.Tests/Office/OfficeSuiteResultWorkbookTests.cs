using System.Text;
using System.Text.Json;
using SchemeLang.Tests.Cli;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Office;

/// <summary>
/// The results workbook in a real office suite (LibreOffice, headless): each sheet saved as CSV with its cells as
/// shown, which is what a person reads — sheet names, headers, example 004's 总分 and 等级 as the JSON output gives
/// them, with the scheme's two decimal places, 得分率 as percentages, and a project named 「=1+1」 left as that text.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OfficeSuiteResultWorkbookTests : CliHarness
{
    [Fact]
    public void The_office_suite_shows_the_sheets_scores_and_text_as_written()
    {
        var scheme = Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.data.json")));
        var record = json.RootElement[0];
        var fields = record.EnumerateObject().Where(field => field.Name != "id").ToArray();
        var csv = new StringBuilder("记录编号,项目名称,").AppendJoin(",", fields.Select(field => field.Name)).Append('\n')
            .Append("华宁-1,=1+1,").AppendJoin(",", fields.Select(field => field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText())).Append('\n');
        var data = WriteFile("data.csv", csv.ToString());
        var expected = Run("score", scheme, "--data", data, "--format", "json");
        using var scored = JsonDocument.Parse(expected.Output);
        var total = scored.RootElement[0].GetProperty("total").GetDecimal();
        var grade = scored.RootElement[0].GetProperty("grade").GetString()!;
        var c31 = scored.RootElement[0].GetProperty("indicators").EnumerateArray().Single(indicator => indicator.GetProperty("key").GetString() == "C31");
        var c31Rate = c31.GetProperty("score").GetDecimal() / c31.GetProperty("weight").GetDecimal();
        var explanation = scored.RootElement[0].GetProperty("indicators").EnumerateArray().Single(indicator => indicator.GetProperty("key").GetString() == "C11").GetProperty("explanation").GetString();

        var workbook = Path.Combine(Directory, "结果.xlsx");
        Assert.Equal(0, Run("score", scheme, "--data", data, "--format", "xlsx", "--out", workbook).Exit);
        var sheet = LibreOffice.SheetsAsShown(workbook, Directory);

        var summary = sheet("汇总");
        Assert.Equal(["记录编号", "项目名称", "总分", "等级"], summary[0][..4]);
        Assert.Equal(["华宁-1", "=1+1", total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), grade], summary[1][..4]);
        Assert.Equal("已计分", summary[1][^2]);

        var scores = sheet("指标得分");
        Assert.Equal(["记录编号", "项目名称", "综合参保率"], scores[0][..3]);
        Assert.Contains("C11 参保目标完成情况", scores[0]);
        Assert.Equal(c31.GetProperty("score").GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), scores[1][Array.IndexOf(scores[0], "C31 收入预算完成")]);
        Assert.Equal("11778", scores[1][Array.IndexOf(scores[0], "在职职工参保人数")]);

        var explanations = sheet("得分说明");
        Assert.Contains("C11 参保目标完成情况", explanations[0]);
        Assert.Equal(explanation, explanations[1][Array.IndexOf(explanations[0], "C11 参保目标完成情况")]);

        Assert.Equal(["记录编号", "字段", "代码", "说明", "位置"], sheet("错误")[0]);
        var statistics = sheet("统计");
        Assert.Equal(["已计分", "1", "100.00%"], statistics.First(row => row[0] == "已计分")[..3]);
        Assert.Equal(["平均", total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)], statistics.First(row => row[0] == "平均")[..2]);
        Assert.Equal((c31Rate * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%", statistics.First(row => row[0].Trim('　') == "C31 收入预算完成")[3]);
    }
}
