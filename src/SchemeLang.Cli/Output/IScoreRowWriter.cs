using SchemeLang.Cli.Batch;

namespace SchemeLang.Cli.Output;

/// <summary>
/// A writer whose output is only scores (CSV): it takes a <see cref="ScoreRow"/> from the fast path in place of a full
/// result, so that a large batch builds no result objects for its usual records.
/// </summary>
internal interface IScoreRowWriter
{
    void Write(ScoreRow row);
}
