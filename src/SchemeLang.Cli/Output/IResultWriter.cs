using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// Writes each record's result in file order, as it is scored. The CSV and JSON writers hold no result after writing it
/// (their output flushed after each batch); the HTML report keeps its sections in temporary files until the end, where
/// its summary goes first.
/// </summary>
internal interface IResultWriter : IDisposable
{
    /// <summary>Writes one result; it reaches the output at the next <see cref="Flush"/> at the latest.</summary>
    void Write(RecordResult result);

    /// <summary>Hands what has been written to the output, so a reader of standard output sees a batch once it is scored.</summary>
    void Flush();

    /// <summary>Ends the document; what was written is then complete (a crash leaves it unended, which a reader can tell).</summary>
    void Complete();
}
