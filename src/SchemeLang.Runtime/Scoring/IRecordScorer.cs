namespace SchemeLang.Runtime;

/// <summary>A scorer of spreadsheet rows, whichever engine it is: the interpreter or a generated scorer loaded at run time.</summary>
public interface IRecordScorer
{
    SchemePlan Plan { get; }

    RecordResult Score(DataRecord record);
}
