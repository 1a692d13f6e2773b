using System.Diagnostics;
using System.Threading.Channels;
using SchemeLang.Cli.Output;
using SchemeLang.Data;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Wording;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Batch;

/// <summary>
/// Scores data files on every core with the results written in file order. One thread reads the file into batches and
/// starts each batch's scoring as a task; the calling thread takes those tasks in the order they were started and writes
/// each batch's results, its errors on standard error and the progress line. At most a few batches are in flight, so
/// memory stays flat whatever the file's length. Scorers are safe to share (the interpreter holds no state; a compiled
/// scorer keeps only a spare scope it swaps atomically), which is all the evaluation function may rely on.
/// </summary>
internal sealed class ScoringPipeline
{
    /// <summary>
    /// Records per batch: enough that starting a task is negligible, few enough that results die young. With 256, the
    /// results in flight outlived the youngest generation and the pipeline ran at half the speed of one thread.
    /// </summary>
    internal const int BatchSize = 32;

    private readonly Func<DataRecord, RecordResult> _evaluate;
    private readonly QuickScore? _quick;
    private readonly int _indicators;
    private readonly IResultWriter _writer;
    private readonly TextWriter _error;
    private readonly BatchCounts _counts;
    private readonly ProgressLine? _progress;

    /// <summary>The fast path for one record into its scores; null when the record needs its full result.</summary>
    public delegate ScoreRow? QuickScore(DataRecord record, Memory<decimal> scores);

    /// <param name="evaluate">Scores one record; called on several threads at once.</param>
    /// <param name="quick">
    /// Tried first for each record when the writer shows only scores (an <see cref="IScoreRowWriter"/>); a record it
    /// declines goes to <paramref name="evaluate"/>. <paramref name="indicators"/> is how many scores it writes.
    /// </param>
    public ScoringPipeline(Func<DataRecord, RecordResult> evaluate, IResultWriter writer, TextWriter error, BatchCounts counts, ProgressLine? progress = null, QuickScore? quick = null, int indicators = 0)
    {
        _evaluate = evaluate;
        _quick = writer is IScoreRowWriter ? quick : null;
        _indicators = indicators;
        _writer = writer;
        _error = error;
        _counts = counts;
        _progress = progress;
    }

    /// <summary>
    /// Reads, scores and writes every entry of <paramref name="records"/>; a stop ends its own file (its message comes in
    /// its place among the records' errors) and the files after it are still read. The last line on standard error counts
    /// the batch (<see cref="BatchWording.Line"/>). 0 when every record scored, 1 otherwise; when <paramref name="cancel"/>
    /// fires, reading stops and what was read is written.
    /// </summary>
    public int Run(IRecordSource records, CancellationToken cancel = default)
    {
        var batches = Channel.CreateBounded<Task<Batch>>(new BoundedChannelOptions(2 * Environment.ProcessorCount)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var reading = Task.Run(() => Read(records, batches.Writer, cancel), CancellationToken.None);
        var exit = SchemeLangCli.Success;
        while (batches.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batches.Reader.TryRead(out var scoring))
            {
                exit = Write(scoring.GetAwaiter().GetResult()) ? exit : SchemeLangCli.Failure;
            }
        }

        // A reader that threw (an unreadable stream) surfaces here, as any command's exception does.
        reading.GetAwaiter().GetResult();
        _progress?.Clear();
        _writer.Complete();
        _error.WriteLine(BatchWording.Line(_counts));
        return exit;
    }

    private async Task Read(IRecordSource records, ChannelWriter<Task<Batch>> batches, CancellationToken cancel)
    {
        try
        {
            var batch = NewBatch();
            while (!cancel.IsCancellationRequested && records.Next() is { } entry)
            {
                batch.Entries.Add(entry);
                if (batch.Entries.Count == BatchSize)
                {
                    batch.Fraction = records.Fraction;
                    await batches.WriteAsync(Score(batch), CancellationToken.None).ConfigureAwait(false);
                    batch = NewBatch();
                }
            }

            batch.Fraction = records.Fraction;
            await batches.WriteAsync(Score(batch), CancellationToken.None).ConfigureAwait(false);
            batches.Complete();
        }
        catch (Exception exception)
        {
            batches.Complete(exception);
            throw;
        }
    }

    /// <summary>A batch, with room for every record's scores when the fast path may take them.</summary>
    private Batch NewBatch() => new(BatchSize, _quick is null ? 0 : BatchSize * _indicators);

    private Task<Batch> Score(Batch batch) => Task.Run(() =>
    {
        for (var i = 0; i < batch.Entries.Count; i++)
        {
            var entry = batch.Entries[i];
            var (row, result) = entry switch
            {
                DataEntry.Readable readable when _quick?.Invoke(readable.Record, batch.Scores.AsMemory(i * _indicators, _indicators)) is { } quick => (quick, null),
                DataEntry.Readable readable => ((ScoreRow?)null, _evaluate(readable.Record)),
                DataEntry.Unreadable unreadable => (null, new RecordResult(unreadable.RecordId, null, null, IndicatorResults.Empty, [], unreadable.Errors)),
                DataEntry.Stop => (null, null),
                _ => throw new UnreachableException($"A {entry.GetType().Name} is not scored."),
            };
            batch.Rows.Add(row);
            batch.Results.Add(result);
        }

        return batch;
    });

    /// <summary>Writes a scored batch in order; false when one of its records failed or a file stopped.</summary>
    private bool Write(Batch batch)
    {
        var succeeded = true;
        for (var i = 0; i < batch.Entries.Count; i++)
        {
            if (batch.Rows[i] is { } row)
            {
                ((IScoreRowWriter)_writer).Write(row);
                _counts.Add(row.Card);
                continue;
            }

            if (batch.Results[i] is not { } result)
            {
                _progress?.Clear();
                _error.WriteLine($"错误：{((DataEntry.Stop)batch.Entries[i]).Message}");
                succeeded = false;
                continue;
            }

            _writer.Write(result);
            _counts.Add(result);
            if (result.Errors.Length > 0)
            {
                _progress?.Clear();
                foreach (var failure in result.Errors)
                {
                    _error.WriteLine(failure);
                }
            }

            succeeded &= result.Succeeded;
        }

        _writer.Flush();
        _progress?.Report(_counts.Records, batch.Fraction);
        return succeeded;
    }

    /// <summary>
    /// Consecutive entries of the files, then in the same order each one's fast-path row or its result (neither for a
    /// stop); the rows' scores live in one array for the batch.
    /// </summary>
    private sealed class Batch(int capacity, int scores)
    {
        public List<DataEntry> Entries { get; } = new(capacity);

        public List<ScoreRow?> Rows { get; } = new(capacity);

        public List<RecordResult?> Results { get; } = new(capacity);

        public decimal[] Scores { get; } = new decimal[scores];

        /// <summary>How much of the input had been read when the batch was full (<see cref="IRecordSource.Fraction"/>).</summary>
        public double? Fraction { get; set; }
    }
}
