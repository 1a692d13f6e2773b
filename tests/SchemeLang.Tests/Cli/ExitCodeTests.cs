using System.Text;
using System.Text.RegularExpressions;

namespace SchemeLang.Tests.Cli;

/// <summary>Exit codes: 0 every record scored, 1 a record or the file failed, 2 usage, 3 an internal error.</summary>
public sealed class ExitCodeTests : CliHarness
{
    /// <summary>An output that fails as a full disk does: the way an unexpected exception reaches the CLI without a backdoor.</summary>
    private sealed class FullDiskWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("磁盘已满\n（设备上没有空间）");

        public override void Write(string? value) => Write('\0');

        public override void Write(char[] buffer, int index, int count) => Write('\0');
    }

    [Fact]
    public void Every_record_scored_exits_0_and_a_failed_record_exits_1()
    {
        Assert.Equal(0, Score("ok.json", """[{"id": "a", "A": "是", "满意度": "95%"}]"""u8.ToArray()).Exit);
        Assert.Equal(1, Score("bad.json", """[{"id": "a", "A": "是", "满意度": "95%"}, {"id": "b", "A": "是"}]"""u8.ToArray()).Exit);
    }

    [Fact]
    public void A_missing_data_file_exits_1_and_writes_nothing()
    {
        var (exit, output, error) = Run("score", WriteFile("s.scheme", ValidScheme), "--data", Path.Combine(Directory, "nope.json"));
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"错误：找不到数据文件「{Path.Combine(Directory, "nope.json")}」", error.TrimEnd());
    }

    [Fact]
    public void A_usage_error_exits_2()
    {
        var (exit, output, error) = Run("score", "x.scheme", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.EndsWith("运行 schemelang score --help 查看用法。", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("check")]
    [InlineData("test")]
    [InlineData("explain")]
    public void An_unexpected_exception_is_one_chinese_line_naming_the_trace_file_and_exits_3(string command)
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        string[] args = command switch
        {
            "score" => ["score", scheme, "--data", WriteFile("d.json", """[{"id": "a", "A": "是", "满意度": "95%"}]""")],
            "explain" => ["explain", "SL5003"],
            _ => [command, scheme],
        };

        var (exit, _, error) = Run(new FullDiskWriter(), args);

        Assert.Equal(3, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var match = Regex.Match(line, "^内部错误：System.IO.IOException：磁盘已满 （设备上没有空间）。详细信息已写入 (?<path>.+schemelang-crash-[0-9-]+\\.txt)$");
        Assert.True(match.Success, line);
        var path = match.Groups["path"].Value;
        try
        {
            var trace = File.ReadAllText(path);
            Assert.StartsWith($"schemelang {string.Join(' ', args)}", trace, StringComparison.Ordinal);
            Assert.Contains("System.IO.IOException: 磁盘已满", trace, StringComparison.Ordinal);
            Assert.Contains("at SchemeLang.Cli.", trace, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
