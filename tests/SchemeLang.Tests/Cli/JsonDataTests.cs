using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SchemeLang.Tests.Cli;

/// <summary>JSON data as it comes: every valid JSON number, strings that are not text, and documents cut short.</summary>
public sealed class JsonDataTests : CliHarness
{
    private (int Exit, string Output, string Error) Score(string json) => Score("d.json", Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Numbers_with_exponents_are_exact_decimals()
    {
        var (exit, output, error) = Score("""[{"id": "a", "A": 1, "满意度": 9.5E-1}, {"id": "b", "A": 0, "满意度": 85e-2}, {"id": "c", "A": true, "满意度": 0.0795E1}]""");
        Assert.Equal(0, exit);
        Assert.Equal(["a: 10 优", "b: 3 差", "c: 5 差"], Summaries(output));
        Assert.Equal("共 3 条记录：计分 3 条，出错 0 条；等级分布：优 1、良 0、中 0、差 2", error.TrimEnd());
        using var json = JsonDocument.Parse(output);
        Assert.Equal("满意度 95%，位于90%（含）以上一档，得 5分", json.RootElement[0].GetProperty("indicators")[1].GetProperty("explanation").GetString());
    }

    /// <summary>A record over 16 MB is passed over with its own error naming where it starts; the records after it are scored.</summary>
    [Fact]
    public void A_record_over_16_MB_is_that_records_error_and_the_next_is_read()
    {
        var big = new StringBuilder("[\n{\"id\": \"a\", \"A\": \"是\", \"满意度\": 0.95},\n// 下一条过大\n{\"id\": \"b\", \"备注\": [\"")
            .Append('x', 16 << 20).Append("\\\"]\"], \"A\": \"是\"},\n{\"id\": \"c\", \"A\": \"否\", \"满意度\": 0.85}\n]\n").ToString();
        var (exit, output, error) = Score(big);
        Assert.Equal(1, exit);
        Assert.Equal(["a: 10 优", "第2条: SL5015", "c: 3 差"], Summaries(output));
        Assert.Equal("SL5015 记录「第2条」：第 4 行起的这条记录超过 16 MB，不像一条评价数据，已跳过（其后的记录照常读取）", error.Split('\n')[0]);
    }

    [Fact]
    public void A_number_beyond_decimal_is_that_records_error()
    {
        var (exit, output, error) = Score("""[{"id": "a", "A": "是", "满意度": 1e400}, {"id": "b", "A": "是", "满意度": 0.95}]""");
        Assert.Equal(1, exit);
        Assert.Equal(["a: SL5015", "b: 10 优"], Summaries(output));
        Assert.Equal("SL5015 记录「a」字段「满意度」：数 1e400 超出可计算的范围（绝对值须小于 7.9×10²⁸）\n共 2 条记录：计分 1 条，出错 1 条；等级分布：优 1、良 0、中 0、差 0", error.TrimEnd());
    }

    [Fact]
    public void A_lone_surrogate_escape_is_that_records_error()
    {
        var (exit, output, error) = Score("""[{"id": "a", "A": "是", "满意度": "\ud800"}, {"id": "b", "A": "是", "满意度": "95%"}, {"id": "c\udc00", "A": "是"}]""");
        Assert.Equal(1, exit);
        Assert.Equal(["a: SL5015", "b: 10 优", "第3条: SL5015"], Summaries(output));
        Assert.Equal(
            [
                """SL5015 记录「a」字段「满意度」：字段值 "\ud800" 含有不成对的 UTF-16 代理项转义（\ud800–\udfff 须成对出现），不是有效的文字""",
                """SL5015 记录「第3条」字段「id」：字段值 "c\udc00" 含有不成对的 UTF-16 代理项转义（\ud800–\udfff 须成对出现），不是有效的文字""",
                "共 3 条记录：计分 1 条，出错 2 条；等级分布：优 1、良 0、中 0、差 0",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_lone_surrogate_in_a_field_name_is_that_records_error()
    {
        var (exit, output, error) = Score("""[{"id": "a", "A": "是", "满意\ud800度": "95%"}]""");
        Assert.Equal(1, exit);
        Assert.Equal(["a: SL5015"], Summaries(output));
        Assert.Equal("""SL5015 记录「a」：字段 "满意\ud800度": "95%" 的名字含有不成对的 UTF-16 代理项转义，不是有效的文字""" + "\n共 1 条记录：计分 0 条，出错 1 条；等级分布：优 0、良 0、中 0、差 0", error.TrimEnd());
    }

    [Fact]
    public void A_field_given_twice_is_that_records_error()
    {
        var (exit, output, error) = Score("""[{"id": "a", "A": "是", "满意度": "95%", "满意度": "75%"}]""");
        Assert.Equal(1, exit);
        Assert.Equal(["a: SL5015"], Summaries(output));
        Assert.Equal("SL5015 记录「a」字段「满意度」：字段「满意度」在这条记录里出现了不止一次，不知该用哪个值\n共 1 条记录：计分 0 条，出错 1 条；等级分布：优 0、良 0、中 0、差 0", error.TrimEnd());
    }

    [Fact]
    public void An_element_that_is_not_an_object_is_that_records_error()
    {
        var (exit, output, error) = Score("""[[1, 2], {"id": 2023, "A": "是", "满意度": "95%"}, {"A": {"x": 1}, "满意度": "95%"}]""");
        Assert.Equal(1, exit);
        Assert.Equal(["第1条: SL5015", "2023: 10 优", "第3条: SL5007 SL5015"], Summaries(output));
        Assert.Equal(
            [
                "SL5015 记录「第1条」：记录应是一个对象 {…}，而这里是一个数组 […]",
                "SL5007 记录「第3条」字段「id」：记录没有 id",
                "SL5015 记录「第3条」字段「A」：字段值应是文字、数字或 true/false，而这里是一个对象 {…}",
                "共 3 条记录：计分 1 条，出错 2 条；等级分布：优 1、良 0、中 0、差 0",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_document_cut_short_keeps_the_records_before_it_and_stays_a_json_array()
    {
        var (exit, output, error) = Score("""
            [
              {"id": "a", "A": "是", "满意度": "95%"},
              {"id": "b", "A": "否", "满意度": "85%"},
              {"id": "c", "A": "是", "满意度": 
            """);
        Assert.Equal(1, exit);
        Assert.Equal(["a: 10 优", "b: 3 差"], Summaries(output));
        Assert.Equal($"错误：数据文件「{Path.Combine(Directory, "d.json")}」第 4 行不是有效的 JSON，读取到此为止（此前的 2 条记录已读）\n共 2 条记录：计分 2 条，出错 0 条；等级分布：优 1、良 0、中 0、差 1", error.TrimEnd());
    }

    [Fact]
    public void Malformed_json_midway_names_its_line()
    {
        var (exit, output, error) = Score("[\n{\"id\": \"a\", \"A\": \"是\", \"满意度\": \"95%\"},\n{\"id\": \"b\" \"A\": \"是\"},\n{\"id\": \"c\", \"A\": \"是\", \"满意度\": \"95%\"}\n]");
        Assert.Equal(1, exit);
        Assert.Equal(["a: 10 优"], Summaries(output));
        Assert.EndsWith("第 3 行不是有效的 JSON，读取到此为止（此前的 1 条记录已读）\n共 1 条记录：计分 1 条，出错 0 条；等级分布：优 1、良 0、中 0、差 0", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "a"}""", "错误：JSON 数据文件「{0}」应是一个数组（以 [ 开头），每个元素是一条记录")]
    [InlineData("", "错误：数据文件「{0}」不是有效的 JSON（第 1 行）")]
    [InlineData("// 只有注释\n", "错误：数据文件「{0}」不是有效的 JSON（第 2 行）")]
    public void A_document_that_does_not_start_an_array_is_a_file_error_and_writes_nothing(string json, string message)
    {
        var (exit, output, error) = Score(json);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, message, Path.Combine(Directory, "d.json")), error.TrimEnd());
    }

    [Fact]
    public void Text_after_the_array_is_a_file_error_after_its_records()
    {
        var (exit, output, error) = Score("[{\"id\": \"a\", \"A\": \"是\", \"满意度\": \"95%\"}]\n\nx");
        Assert.Equal(1, exit);
        Assert.Equal(["a: 10 优"], Summaries(output));
        Assert.EndsWith("第 3 行不是有效的 JSON，读取到此为止（此前的 1 条记录已读）\n共 1 条记录：计分 1 条，出错 0 条；等级分布：优 1、良 0、中 0、差 0", error.TrimEnd(), StringComparison.Ordinal);
    }
}
