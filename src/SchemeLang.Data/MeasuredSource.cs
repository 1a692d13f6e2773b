namespace SchemeLang.Data;

/// <summary>
/// A source with <see cref="IRecordSource.Fraction"/> measured on the file it reads: the file stream's position over
/// its length. Whatever decodes the bytes (a transcoding stream, a zip entry) reads ahead of the records by a buffer
/// at most, so the share is close, and it reaches 1 at the end of the file.
/// </summary>
internal sealed class MeasuredSource(IRecordSource records, FileStream file) : IRecordSource
{
    public DataEntry? Next() => records.Next();

    public IReadOnlyList<string> Columns => records.Columns;

    public string Place(long row) => records.Place(row);

    public double? Fraction => file.CanSeek && file.Length > 0 ? Math.Min(1d, (double)file.Position / file.Length) : null;

    public void Dispose() => records.Dispose();
}
