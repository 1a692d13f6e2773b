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
}
