namespace SchemeLang.Tests.Cli;

/// <summary>
/// Output paths that cannot be written are the user's to fix: one Chinese line naming the path and exit 1. Fuzzing
/// found them reported as internal errors (exit 3) with .NET's English text. Overwriting an output file is allowed.
/// </summary>
public sealed class OutputPathTests : CliHarness
{
    [Fact]
    public void Build_into_a_path_that_is_a_file_is_one_chinese_error()
    {
        var file = WriteFile("taken", "x");
        var (exit, output, error) = Run("build", WriteFile("s.scheme", ValidScheme), "--out", file);

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"错误：无法写入「{file}」：这是一个已有的文件，这里需要文件夹", error.TrimEnd());
    }

    [Fact]
    public void Build_into_a_folder_under_a_file_is_one_chinese_error()
    {
        var folder = Path.Combine(WriteFile("taken", "x"), "scorer");
        var (exit, _, error) = Run("build", WriteFile("s.scheme", ValidScheme), "--out", folder);

        Assert.Equal(1, exit);
        Assert.StartsWith($"错误：无法创建文件夹「{folder}」：", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Reports_into_a_path_that_is_a_file_are_one_chinese_error()
    {
        var file = WriteFile("taken.html", "x");
        var data = WriteFile("d.json", """[{"id": "a", "A": "是", "满意度": "95%"}]""");
        var (exit, _, error) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", data, "--format", "html", "--per-record", file);

        Assert.Equal(1, exit);
        Assert.Equal($"错误：无法写入「{file}」：这是一个已有的文件，这里需要文件夹", error.TrimEnd());
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void A_page_onto_a_folder_is_one_chinese_error_and_onto_a_file_overwrites_it()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var (exit, _, error) = Run("doc", scheme, "--out", Directory);
        Assert.Equal((1, $"错误：无法写入「{Directory}」：这是一个已有的文件夹，这里需要文件名"), (exit, error.TrimEnd()));

        var page = WriteFile("page.html", "old");
        Assert.Equal(0, Run("doc", scheme, "--out", page).Exit);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_under_a_file_is_one_chinese_error()
    {
        var page = Path.Combine(WriteFile("taken", "x"), "page.html");
        var (exit, _, error) = Run("doc", WriteFile("s.scheme", ValidScheme), "--out", page);

        Assert.Equal(1, exit);
        Assert.Contains("错误：无法", error, StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
