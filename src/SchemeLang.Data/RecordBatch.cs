using SchemeLang.Diagnostics;

namespace SchemeLang.Data;

/// <summary>
/// The records of one or more opened data files, in order, as one source. A record id counts once across all of them:
/// a later record with an id already seen fails with SL5019 naming both places, and the first is the one scored. A
/// stop ends only its own file; the next file is read after it. With several files every place names its file.
/// </summary>
internal sealed class RecordBatch(IReadOnlyList<(string Path, IRecordSource Records)> files) : IRecordSource
{
    /// <summary>Row numbers below this fit beside the file's index in one long.</summary>
    private const int RowBits = 40;

    /// <summary>Each id seen, with its file's index and row packed as <c>(file &lt;&lt; RowBits) | row</c>: ids only, no place text held.</summary>
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private int _current;

    public DataEntry? Next()
    {
        while (_current < files.Count)
        {
            switch (files[_current].Records.Next())
            {
                case null:
                    _current++;
                    break;
                case DataEntry.Stop stop:
                    _current++;
                    return stop;
                case DataEntry.Readable readable:
                    return Repeated(readable.Record.Id, readable.Row) is { } repeated
                        ? new DataEntry.Unreadable(readable.Record.Id, [repeated])
                        : readable;
                case DataEntry.Unreadable { Row: > 0 } unreadable:
                    return Repeated(unreadable.RecordId, unreadable.Row) is { } again
                        ? unreadable with { Errors = unreadable.Errors.Add(again) }
                        : unreadable;
                case DataEntry.Unreadable byPlace when files.Count > 1:
                    // Without an id it goes by its place, which needs its file to be found.
                    var id = $"{Label(_current)}{byPlace.RecordId}";
                    return byPlace with { RecordId = id, Errors = [.. byPlace.Errors.Select(error => error with { RecordId = id })] };
                case var entry:
                    return entry;
            }
        }

        return null;
    }

    /// <summary>The columns of every file, each once, in the order first met.</summary>
    public IReadOnlyList<string> Columns => [.. files.SelectMany(file => file.Records.Columns).Distinct(StringComparer.Ordinal)];

    /// <summary>The sizes of the files, for <see cref="Fraction"/>; a file that cannot be measured counts as empty.</summary>
    private readonly long[] _sizes = [.. files.Select(file => File.Exists(file.Path) ? new FileInfo(file.Path).Length : 0L)];

    /// <summary>The files read so far, by size: each finished file whole, the current one by its own share.</summary>
    public double? Fraction
    {
        get
        {
            var total = _sizes.Sum();
            if (total == 0)
            {
                return null;
            }

            var done = _sizes.Take(_current).Sum() + (_current < files.Count ? (files[_current].Records.Fraction ?? 0d) * _sizes[_current] : 0d);
            return Math.Min(1d, done / total);
        }
    }

    /// <summary>The place of a row of the file the last entry came from.</summary>
    public string Place(long row) => Place(Math.Min(_current, files.Count - 1), row);

    public void Dispose()
    {
        foreach (var (_, records) in files)
        {
            records.Dispose();
        }
    }

    /// <summary>Null the first time <paramref name="id"/> is met (it is remembered); else the error naming both places.</summary>
    private RecordError? Repeated(string id, long row)
    {
        var packed = ((long)_current << RowBits) | Math.Min(row, (1L << RowBits) - 1);
        if (_seen.TryAdd(id, packed))
        {
            return null;
        }

        var first = _seen[id];
        return RecordDiagnostics.DuplicateId(id, Place(_current, row), Place((int)(first >> RowBits), first & ((1L << RowBits) - 1)));
    }

    private string Place(int file, long row) => Label(file) + files[file].Records.Place(row);

    private string Label(int file) => files.Count > 1 ? $"「{files[file].Path}」" : string.Empty;
}
