namespace SchemeLang.Runtime;

/// <summary>A scorer of spreadsheet rows, whichever engine it is: the interpreter or a generated scorer loaded at run time.</summary>
public interface IRecordScorer
{
    SchemePlan Plan { get; }

    RecordResult Score(DataRecord record);

    /// <summary>
    /// Total and grade only, each indicator's score written to <paramref name="scores"/> (pre-order, as
    /// <see cref="SchemePlan.Indicators"/>); no total when the record has errors, which <see cref="Score"/> then names.
    /// </summary>
    ScoreCard ScoreOnly(DataRecord record, Span<decimal> scores);

    /// <summary>Whether <see cref="TryScoreQuickly"/> can ever succeed: a generated scorer with a fast path.</summary>
    bool HasFastPath { get; }

    /// <summary>
    /// Scores the row by the fast path alone: true, with its card and scores, when the record scored with nothing to
    /// say beyond its scores — no error, no veto, nothing missing, no 不适用 that gives its weight to its siblings (a leaf
    /// 不适用 得满分 is its weight); false when it needs <see cref="Score"/>.
    /// </summary>
    bool TryScoreQuickly(DataRecord record, Span<decimal> scores, out ScoreCard card);
}
