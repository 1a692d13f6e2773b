using SchemeLang.Runtime;

namespace SchemeLang.Cli.Batch;

/// <summary>
/// A record the fast path scored, as a writer that shows only scores receives it: its id, identity columns, total
/// and grade, and every indicator's score in the order of <paramref name="Plan"/>'s indicators. Nothing else
/// is needed, because the fast path scores only records with no error, veto or 不适用 to report.
/// </summary>
internal sealed record ScoreRow(string Id, IReadOnlyList<KeyValuePair<string, string>> Identity, ScoreCard Card, ReadOnlyMemory<decimal> Scores, SchemePlan Plan);
