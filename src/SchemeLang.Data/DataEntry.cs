using System.Collections.Immutable;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Data;

/// <summary>
/// What reading a data file yields, one at a time in file order: a record to score, a record that cannot be read
/// (with every reason), or the problem that stops reading the rest of the file.
/// </summary>
public abstract record DataEntry
{
    private DataEntry()
    {
    }

    /// <summary>A record to score: its id and the fields it has (blank cells are absent).</summary>
    public sealed record Readable(DataRecord Record) : DataEntry
    {
        /// <summary>Where its id is, as its source counts rows (<see cref="IRecordSource.Place"/> names it).</summary>
        public long Row { get; init; }
    }

    /// <summary>A record that cannot be scored, by its id or, without one, its place (「第4行」, 「填报!第7行」, 「第3条」).</summary>
    /// <param name="Errors">Every reason, each an SL5xxx record error in Chinese.</param>
    public sealed record Unreadable(string RecordId, ImmutableArray<RecordError> Errors) : DataEntry
    {
        /// <summary>Where its id is when it has one (as <see cref="Readable.Row"/>); 0 when it goes by its place.</summary>
        public long Row { get; init; }
    }

    /// <summary>What stops reading the rest of the file (unbalanced quotes, broken JSON, a read error), in Chinese.</summary>
    public sealed record Stop(string Message) : DataEntry;

    /// <summary>
    /// A record from its id and fields. Without an id, or with a field that could not be read, it is unreadable and
    /// goes by <paramref name="fallbackId"/> (its place in the file) when it has no id.
    /// </summary>
    /// <param name="row">Where the id is, for <see cref="IRecordSource.Place"/>.</param>
    internal static DataEntry FromFields(string? id, Dictionary<string, string> fields, IReadOnlyList<(string? Field, string Message)> problems, string fallbackId, long row)
    {
        var hasId = !string.IsNullOrWhiteSpace(id);
        if (hasId && problems.Count == 0)
        {
            return new Readable(new DataRecord(id!, fields)) { Row = row };
        }

        var recordId = hasId ? id! : fallbackId;
        var errors = ImmutableArray.CreateBuilder<RecordError>();
        if (!hasId && !problems.Any(problem => problem.Field == DataFileReader.IdField))
        {
            errors.Add(RecordDiagnostics.MissingId(recordId));
        }

        errors.AddRange(problems.Select(problem => RecordDiagnostics.UnreadableField(recordId, problem.Field, problem.Message)));
        return new Unreadable(recordId, errors.ToImmutable()) { Row = hasId ? row : 0 };
    }
}
