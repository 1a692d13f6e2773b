namespace SchemeLang.Data;

/// <summary>An opened data file, read one entry at a time so that memory stays flat whatever the file's length.</summary>
public interface IRecordSource : IDisposable
{
    /// <summary>The next entry in file order, or null after the last. A <see cref="DataEntry.Stop"/> is the last entry read.</summary>
    DataEntry? Next();

    /// <summary>The file's column headers (CSV, a workbook), or a JSON file's first record's fields; empty when it has none.</summary>
    IReadOnlyList<string> Columns => [];

    /// <summary>Where a row is, as a person finds it in the file: 「第 4 行」, 「填报!A4」 (the id cell), 「第 3 条」.</summary>
    /// <param name="row">A <see cref="DataEntry.Readable.Row"/> this source gave.</param>
    string Place(long row) => $"第 {row} 条";

    /// <summary>
    /// How much of its input has been read, from 0 to 1 — the bytes of its file read so far — or null where the source
    /// cannot tell. Read it on the thread that calls <see cref="Next"/>.
    /// </summary>
    double? Fraction => null;
}
