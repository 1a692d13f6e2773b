using System.Text;
using SchemeLang.Cli.Batch;

namespace SchemeLang.Tests.Cli;

/// <summary>score reads, scores and writes a batch at a time, in file order, and prints the same text as ever.</summary>
public sealed class StreamingTests : CliHarness
{
    /// <summary>Remembers what had been written at every flush.</summary>
    private sealed class FlushRecorder : StringWriter
    {
        public List<string> Flushed { get; } = [];

        public override void Flush()
        {
            Flushed.Add(ToString());
            base.Flush();
        }
    }

    private string Scheme => WriteFile("s.scheme", ValidScheme);

    [Fact]
    public void Json_results_are_flushed_a_batch_at_a_time_each_flush_ending_between_records()
    {
        var count = 2 * ScoringPipeline.BatchSize + 3;
        var data = WriteFile("d.json", "[" + string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{"id": "r{{i}}", "A": "是", "满意度": "95%"}""")) + "]");
        var output = new FlushRecorder();
        var (exit, text, _) = Run(output, "score", Scheme, "--data", data);
        Assert.Equal(0, exit);
        Assert.Equal(count, Summaries(text).Length);
        var idsAtEachFlush = output.Flushed.Select(flushed => flushed.Split("\"id\":").Length - 1).Distinct().ToList();
        Assert.Equal([ScoringPipeline.BatchSize, 2 * ScoringPipeline.BatchSize, count], idsAtEachFlush);
    }

    [Fact]
    public void Csv_results_are_flushed_a_batch_at_a_time_in_whole_rows()
    {
        var count = ScoringPipeline.BatchSize + 1;
        var data = WriteFile("d.csv", "id,A,满意度\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"r{i},{(i % 2 == 0 ? "是" : "否")},95%\n")));
        var output = new FlushRecorder();
        var (exit, text, _) = Run(output, "score", Scheme, "--data", data, "--format", "csv");
        Assert.Equal(0, exit);
        Assert.StartsWith("id,总分,等级,A 决策,B 满意度,否决,错误\r\nr1,5,差,0,5,,\r\nr2,10,优,5,5,,\r\n", text, StringComparison.Ordinal);
        var flushed = output.Flushed.Where(snapshot => snapshot.Length > 0).Distinct().ToList();
        Assert.All(flushed, snapshot => Assert.EndsWith("\r\n", snapshot, StringComparison.Ordinal));
        Assert.Equal([1 + ScoringPipeline.BatchSize, 1 + count], flushed.Select(snapshot => snapshot.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Fact]
    public void Records_that_cannot_be_read_keep_their_place_in_file_order()
    {
        var (exit, output, error) = Score("d.json", Encoding.UTF8.GetBytes("""
            [{"id": "a", "A": "是", "满意度": "95%"}, "b", {"id": "c", "A": "否", "满意度": "85%"}, {"A": "是"}, {"id": "e", "A": "是", "满意度": "50%"}]
            """));
        Assert.Equal(1, exit);
        Assert.Equal(["a: 10 优", "第2条: SL5015", "c: 3 差", "第4条: SL5007", "e: 5 差"], Summaries(output));
        Assert.Equal(
            ["SL5015 记录「第2条」：记录应是一个对象 {…}，而这里是一段文字", "SL5007 记录「第4条」字段「id」：记录没有 id", "共 5 条记录：计分 3 条，出错 2 条；等级分布：优 1、良 0、中 0、差 2"],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Records_across_read_buffer_boundaries_and_larger_than_the_buffer_are_all_read_in_order()
    {
        var records = Enumerable.Range(1, 3000).Select(i => i == 1500
            ? $$"""{"id": "r{{i}}", "A": "是", "满意度": "95%", "备注": "{{new string('长', 100_000)}}"}"""
            : $$"""{"id": "r{{i}}", /* 第{{i}}条 */ "A": "{{(i % 2 == 0 ? "是" : "否")}}", "满意度": {{i % 100}}E-2}""");
        var (exit, output, error) = Score("many.json", Encoding.UTF8.GetBytes($"[\n{string.Join(",\n", records)},\n]"), "csv");
        Assert.Equal(0, exit);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(1, 3000).Select(i => $"r{i}"), rows.Skip(1).Select(row => row[..row.IndexOf(',', StringComparison.Ordinal)]));
        Assert.Equal("r85,3,差,0,3,,", rows[85]);
        Assert.Equal("r2990,10,优,5,5,,", rows[2990]);
        Assert.Equal("共 3000 条记录：计分 3000 条，出错 0 条；等级分布：优 151、良 150、中 0、差 2699\n提示：数据中的列 「备注」 不是方案读取的字段，已忽略（加 --strict-columns 可把它们当作错误）", error.TrimEnd());
    }

    [Fact]
    public void Json_output_keeps_its_shape_and_indentation()
    {
        var (exit, output, _) = Score("d.json", Encoding.UTF8.GetBytes("""[{"id": "good", "A": "是", "满意度": "84.67%"}, {"id": "bad", "A": "是", "满意度": "120%"}]"""));
        Assert.Equal(1, exit);
        Assert.Equal("""
            [
              {
                "id": "good",
                "total": 8,
                "grade": "良",
                "indicators": [
                  {
                    "key": "A",
                    "code": "A",
                    "name": "决策",
                    "weight": 5,
                    "score": 5,
                    "explanation": "达到「程序合规」，得 5分"
                  },
                  {
                    "key": "B",
                    "code": "B",
                    "name": "满意度",
                    "weight": 5,
                    "score": 3,
                    "explanation": "满意度 84.67%，位于80%（含）至90%（不含）一档，得 3分"
                  }
                ],
                "vetoes": []
              },
              {
                "id": "bad",
                "errors": [
                  {
                    "code": "SL5004",
                    "field": "满意度",
                    "message": "120% 不在取值范围 [0%, 100%] 内"
                  }
                ]
              }
            ]

            """, output.ReplaceLineEndings("\n"));
    }
}
