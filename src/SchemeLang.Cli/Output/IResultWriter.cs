using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>Writes each record's result as soon as it is scored, so that no result is held after it is written.</summary>
internal interface IResultWriter : IDisposable
{
    /// <summary>Writes one result and flushes it to the output.</summary>
    void Write(RecordResult result);

    /// <summary>Ends the document; what was written is then complete (a crash leaves it unended, which a reader can tell).</summary>
    void Complete();
}
