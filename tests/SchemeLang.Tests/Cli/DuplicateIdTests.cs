using System.Text;
using SchemeLang.Tests.Office;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// A record id counts once: a later record with an id already seen fails with SL5019 naming both places (a line, a
/// JSON element, a workbook's id cell); the first is scored. A blank id stays SL5007.
/// </summary>
public sealed class DuplicateIdTests : CliHarness
{
    [Fact]
    public void A_later_csv_row_with_a_seen_id_fails_naming_both_lines_and_the_first_is_scored()
    {
        var (exit, output, error) = Score("d.csv", Encoding.UTF8.GetBytes("记录编号,A,满意度\nP001,是,95%\nP003,是,95%\nP002,否,85%\nP003,否,85%\n,是,95%\n"));

        Assert.Equal(1, exit);
        Assert.Equal(["P001: 10 优", "P003: 10 优", "P002: 3 差", "P003: SL5019", "第6行: SL5007"], Summaries(output));
        Assert.StartsWith(
            "SL5019 记录「P003」字段「id」：第 5 行的记录编号 P003 与第 3 行重复，这条记录不计分（同一编号只计分第一条）\n",
            error,
            StringComparison.Ordinal);
        Assert.Contains("共 5 条记录：计分 3 条，出错 2 条", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_element_with_a_seen_id_is_named_by_its_place_in_the_array()
    {
        var (exit, output, error) = Score("d.json", Encoding.UTF8.GetBytes("""[{"id": "a", "A": "是", "满意度": 0.95}, {"id": "a", "A": "否", "满意度": 0.95}]"""));

        Assert.Equal(1, exit);
        Assert.Equal(["a: 10 优", "a: SL5019"], Summaries(output));
        Assert.Contains("第 2 条的记录编号 a 与第 1 条重复", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_row_with_a_seen_id_names_both_id_cells()
    {
        var workbook = TestWorkbook.Create("填报", [["序号", "记录编号", "A", "满意度"], ["1", "P003", "是", "95%"], ["2", "P003", "否", "85%"]]);
        var (exit, output, error) = Score("d.xlsx", workbook);

        Assert.Equal(1, exit);
        Assert.Equal(["P003: 10 优", "P003: SL5019"], Summaries(output));
        Assert.Contains("填报!B3的记录编号 P003 与填报!B2重复", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_that_cannot_be_read_still_claims_its_id()
    {
        var (_, output, _) = Score("d.csv", Encoding.UTF8.GetBytes("id,A,满意度\na,是,95%,多余\na,是,95%\n"));

        Assert.Equal(["a: SL5015", "a: SL5019"], Summaries(output));
    }
}
