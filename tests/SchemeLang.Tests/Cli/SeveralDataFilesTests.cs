using System.Text;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// --data takes several files (the option repeated, or several values) or a folder (its data files in name order):
/// one run, one summary line, ids unique across all files, and every place named with its file.
/// </summary>
public sealed class SeveralDataFilesTests : CliHarness
{
    private string Scheme => WriteFile("s.scheme", ValidScheme);

    [Fact]
    public void A_folder_is_read_in_name_order_with_one_summary_and_ids_checked_across_files()
    {
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "数据")).FullName;
        File.WriteAllText(Path.Combine(folder, "b.csv"), "记录编号,A,满意度\nP002,否,85%\nP001,是,95%\n,是,95%\n");
        File.WriteAllText(Path.Combine(folder, "a.json"), """[{"id": "P001", "A": "是", "满意度": "95%"}]""");
        File.WriteAllText(Path.Combine(folder, "说明.docx"), "not data");

        var (exit, output, error) = Run("score", Scheme, "--data", folder);

        Assert.Equal(1, exit);
        Assert.Equal(["P001: 10 优", "P002: 3 差", "P001: SL5019", $"「{Path.Combine(folder, "b.csv")}」第4行: SL5007"], Summaries(output));
        Assert.Contains($"「{Path.Combine(folder, "b.csv")}」第 3 行的记录编号 P001 与「{Path.Combine(folder, "a.json")}」第 1 条重复", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), line => line.StartsWith("共 ", StringComparison.Ordinal));
        Assert.Contains("共 4 条记录：计分 2 条，出错 2 条", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_given_by_repeating_the_option_or_after_it_and_read_in_the_order_given()
    {
        var first = WriteFile("x.csv", "id,A,满意度\nr2,否,85%\n");
        var second = WriteFile("y.tsv", "id\tA\t满意度\nr1\t是\t95%\n");

        var repeated = Run("score", Scheme, "--data", first, "--data", second);
        var listed = Run("score", Scheme, "--data", first, second);

        Assert.Equal(0, repeated.Exit);
        Assert.Equal(["r2: 3 差", "r1: 10 优"], Summaries(repeated.Output));
        Assert.Equal(repeated, listed);
    }

    [Fact]
    public void A_file_that_stops_early_ends_only_itself_and_one_that_cannot_be_opened_is_named()
    {
        var broken = WriteFile("a.json", """[{"id": "r1", "A": "是", "满意度": "95%"}, {"id": """);
        var fine = WriteFile("b.csv", "id,A,满意度\nr2,否,85%\n");

        var (exit, output, error) = Run("score", Scheme, "--data", broken, fine);
        Assert.Equal(1, exit);
        Assert.Equal(["r1: 10 优", "r2: 3 差"], Summaries(output));
        Assert.Contains($"错误：数据文件「{broken}」第 1 行不是有效的 JSON", error, StringComparison.Ordinal);

        var missing = Path.Combine(Directory, "无.csv");
        var (none, nothing, why) = Run("score", Scheme, "--data", fine, missing);
        Assert.Equal(1, none);
        Assert.Empty(nothing);
        Assert.Equal($"错误：找不到数据文件「{missing}」", why.TrimEnd());
    }

    [Fact]
    public void An_empty_folder_is_one_line()
    {
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "空")).FullName;
        var (exit, _, error) = Run("score", Scheme, "--data", folder);
        Assert.Equal(1, exit);
        Assert.Equal($"错误：文件夹「{folder}」中没有数据文件（.xlsx、.csv、.tsv、.txt 或 .json）", error.TrimEnd());
    }

    [Fact]
    public void A_template_of_another_scheme_warns_once_naming_it_and_still_scores()
    {
        var template = Path.Combine(Directory, "模板.xlsx");
        var other = WriteFile("other.scheme", ValidScheme.Replace("方案 测试方案", "方案 另一方案", StringComparison.Ordinal));
        Assert.Equal(0, Run("template", other, "--out", template).Exit);

        var (exit, _, error) = Run("score", Scheme, "--data", template);
        Assert.Equal(0, exit);
        Assert.Equal(
            $"警告：工作簿「{template}」是用方案「另一方案」（未写年度）的填报模板填写的，与本方案不同（方案指纹不一致），请确认方案与数据对应；照常计分。",
            error.Split('\n')[0]);

        var (same, _, quiet) = Run("score", other, "--data", template);
        Assert.Equal(0, same);
        Assert.DoesNotContain("警告", quiet, StringComparison.Ordinal);
    }
}
