using System.Collections.Immutable;
using SchemeLang.Cli.Batch;
using SchemeLang.Cli.Output;
using SchemeLang.Data;
using SchemeLang.Diagnostics;
using SchemeLang.Docs.Layout;
using SchemeLang.Runtime;

namespace SchemeLang.Tests.Cli;

/// <summary>Records scored on several threads come out in file order, whatever order their scoring ends in.</summary>
public sealed class ScoringPipelineTests
{
    private static readonly Lazy<SchemeLang.Binding.BoundScheme> Scheme = new(() =>
        SchemeLang.SchemeCompilation.FromSource(new SchemeLang.Text.SourceFile("s.scheme", """
            方案 流水线
            总分 10分
            等级
              优 [8, 10]
              差 [0, 8)
            A 决策 10分
              酌情
            """)).Scheme!);

    [Fact]
    public void Results_are_written_in_file_order_when_later_records_finish_first()
    {
        var count = 5 * ScoringPipeline.BatchSize + 17;
        var writer = new RecordingWriter();
        var pipeline = new ScoringPipeline(SlowerForEarlierRecords(count), writer, TextWriter.Null, new BatchCounts(Scheme.Value));

        var exit = pipeline.Run(new ListSource(Enumerable.Range(0, count).Select(Readable)));

        Assert.Equal(0, exit);
        Assert.Equal(Enumerable.Range(0, count).Select(Id), writer.Written);
        Assert.True(writer.Completed);
    }

    [Fact]
    public void Unreadable_records_keep_their_place_and_fail_the_run_with_their_errors_on_standard_error()
    {
        var writer = new RecordingWriter();
        var error = new StringWriter();
        var counts = new BatchCounts(Scheme.Value);
        var entries = Enumerable.Range(0, 1200).Select(i => i == 700
            ? new DataEntry.Unreadable(Id(i), [RecordDiagnostics.MissingId(Id(i))])
            : Readable(i));

        var exit = new ScoringPipeline(record => Result(record.Id), writer, error, counts).Run(new ListSource(entries));

        Assert.Equal(1, exit);
        Assert.Equal(Enumerable.Range(0, 1200).Select(Id), writer.Written);
        Assert.Equal((1200, 1199), (counts.Records, counts.Scored));
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("r700", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("共 1200 条记录：计分 1199 条，出错 1 条", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_stop_ends_its_own_file_in_its_place_and_the_next_file_is_still_scored()
    {
        var writer = new RecordingWriter();
        var error = new StringWriter();
        var entries = Enumerable.Range(0, 600).Select(Readable).Append(new DataEntry.Stop("文件 a.csv 在第 601 行处损坏")).Concat(Enumerable.Range(600, 3).Select(Readable));

        var exit = new ScoringPipeline(record => Result(record.Id), writer, error, new BatchCounts(Scheme.Value)).Run(new ListSource(entries));

        Assert.Equal(1, exit);
        Assert.Equal(Enumerable.Range(0, 603).Select(Id), writer.Written);
        Assert.True(writer.Completed);
        Assert.Equal(["错误：文件 a.csv 在第 601 行处损坏", "共 603 条记录：计分 603 条，出错 0 条；等级分布：优 603、差 0"], error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Cancelling_stops_reading_and_writes_every_record_read_before_it()
    {
        using var cancel = new CancellationTokenSource();
        var writer = new RecordingWriter();
        var source = new ListSource(Enumerable.Range(0, 100_000).Select(Readable), afterRead: (read) =>
        {
            if (read == 2000)
            {
                cancel.Cancel();
            }
        });

        var exit = new ScoringPipeline(record => Result(record.Id), writer, TextWriter.Null, new BatchCounts(Scheme.Value)).Run(source, cancel.Token);

        Assert.Equal(0, exit);
        Assert.Equal(Enumerable.Range(0, source.Read).Select(Id), writer.Written);
        Assert.Equal(2000, source.Read);
        Assert.True(writer.Completed);
    }

    [Fact]
    public void An_evaluation_that_throws_reaches_the_caller()
    {
        var pipeline = new ScoringPipeline(_ => throw new InvalidOperationException("计分器出错"), new RecordingWriter(), TextWriter.Null, new BatchCounts(Scheme.Value));

        var thrown = Assert.Throws<InvalidOperationException>(() => pipeline.Run(new ListSource(Enumerable.Range(0, 3).Select(Readable))));
        Assert.Equal("计分器出错", thrown.Message);
    }

    private static string Id(int i) => $"r{i}";

    private static DataEntry Readable(int i) => new DataEntry.Readable(new DataRecord(Id(i), new Dictionary<string, string>()));

    private static RecordResult Result(string id) => new(id, 9m, "优", [], [], []);

    /// <summary>Earlier records take longer, so a batch started later tends to finish first.</summary>
    private static Func<DataRecord, RecordResult> SlowerForEarlierRecords(int count) => record =>
    {
        var index = int.Parse(record.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        Thread.SpinWait((count - index) * 20);
        return Result(record.Id);
    };

    private sealed class ListSource(IEnumerable<DataEntry> entries, Action<int>? afterRead = null) : IRecordSource
    {
        private readonly IEnumerator<DataEntry> _entries = entries.GetEnumerator();

        public int Read { get; private set; }

        public DataEntry? Next()
        {
            if (!_entries.MoveNext())
            {
                return null;
            }

            Read++;
            afterRead?.Invoke(Read);
            return _entries.Current;
        }

        public void Dispose() => _entries.Dispose();
    }

    private sealed class RecordingWriter : IResultWriter
    {
        public List<string> Written { get; } = [];

        public bool Completed { get; private set; }

        public void Write(RecordResult result) => Written.Add(result.Id);

        public void Flush()
        {
        }

        public void Complete() => Completed = true;

        public void Dispose()
        {
        }
    }
}

/// <summary>The progress line: on a terminal only, at most five times a second, gone before any other line.</summary>
public sealed class ProgressLineTests
{
    private sealed class SteppedTime : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    [Fact]
    public void The_line_shows_count_and_rate_no_more_than_five_times_a_second_and_clears_to_its_full_width()
    {
        var time = new SteppedTime();
        var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, time);

        time.Ticks = TimeSpan.FromSeconds(0.1).Ticks;
        progress.Report(1000);
        Assert.Equal(string.Empty, terminal.ToString());

        time.Ticks = TimeSpan.FromSeconds(2).Ticks;
        progress.Report(150_000);
        Assert.Equal("\r已处理 150,000 条记录，每秒 75,000 条\r", terminal.ToString());

        time.Ticks = TimeSpan.FromSeconds(2.1).Ticks;
        progress.Report(160_000);
        Assert.Equal("\r已处理 150,000 条记录，每秒 75,000 条\r", terminal.ToString());

        terminal.GetStringBuilder().Clear();
        progress.Clear();
        Assert.Equal("\r" + new string(' ', 37) + "\r", terminal.ToString());

        terminal.GetStringBuilder().Clear();
        progress.Clear();
        Assert.Equal(string.Empty, terminal.ToString());
    }

    /// <summary>A quarter of the input read in 2 s leaves three quarters: 6 s at the pace so far.</summary>
    [Fact]
    public void Where_the_input_tells_how_much_is_read_the_line_shows_the_share_and_the_time_left()
    {
        var time = new SteppedTime();
        var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, time);

        time.Ticks = TimeSpan.FromSeconds(2).Ticks;
        progress.Report(250_000, 0.25);
        Assert.Equal("\r已处理 250,000 条记录，每秒 125,000 条，已读约 25%，预计还需 6 秒\r", terminal.ToString());

        // Nothing read yet says nothing about the time left.
        terminal.GetStringBuilder().Clear();
        time.Ticks = TimeSpan.FromSeconds(3).Ticks;
        progress.Report(0, 0d);
        Assert.DoesNotContain("预计", terminal.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0 秒")]
    [InlineData(0.2, "1 秒")]
    [InlineData(59.0, "59 秒")]
    [InlineData(59.5, "1 分 00 秒")]
    [InlineData(185.0, "3 分 05 秒")]
    [InlineData(3599.0, "59 分 59 秒")]
    [InlineData(3600.0, "1 小时 00 分")]
    [InlineData(3725.0, "1 小时 02 分")]
    public void Time_left_is_said_in_whole_seconds_minutes_or_hours(double seconds, string said) =>
        Assert.Equal(said, ProgressLine.Duration(seconds));
}

/// <summary>How much of its files a source has read: by bytes, file after file, reaching all at the end.</summary>
public sealed class ReadFractionTests
{
    [Fact]
    public void The_share_read_grows_with_the_records_and_is_all_at_the_end_across_two_files()
    {
        var folder = Directory.CreateTempSubdirectory("schemelang-fraction-").FullName;
        string Csv(string name, int rows)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllLines(path, ["id,A", .. Enumerable.Range(0, rows).Select(i => $"{name}-{i},{new string('x', 2000)}")]);
            return path;
        }

        Assert.True(DataFileReader.TryOpen([Csv("a.csv", 300), Csv("b.csv", 100)], new DataReadOptions(), out var file, out var error), error);
        using (file)
        {
            var shares = new List<double>();
            while (file.Records.Next() is not null)
            {
                shares.Add(file.Records.Fraction ?? -1d);
            }

            Assert.Equal(400, shares.Count);
            Assert.All(shares, share => Assert.InRange(share, 0d, 1d));
            Assert.Equal(shares.Order(), shares);
            Assert.InRange(shares[150], 0.2, 0.55);
            Assert.Equal(1d, file.Records.Fraction);
        }
    }
}
