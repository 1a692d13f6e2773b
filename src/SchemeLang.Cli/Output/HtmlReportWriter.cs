using System.Text;
using SchemeLang.Binding;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Rendering;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// The score report as one page for all records. A batch of more than one record opens with its summary (counts,
/// grades, 得分率 charts, a list linking to each record), which is known only once the last record is scored: so each
/// record's section and its row in that list go to two temporary files as it is scored, while the summary gathers a
/// few numbers per indicator (never the results). <see cref="Complete"/> then writes the heading, the summary, the list
/// and the sections from the temporary files, and the end. The temporary files are deleted when closed, on a failure too.
/// </summary>
internal sealed class HtmlReportWriter : IResultWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TextWriter _output;
    private readonly BoundScheme _scheme;
    private readonly BatchSummaryBuilder _summary;
    private readonly StreamWriter _sections = Temporary();
    private readonly StreamWriter _rows = Temporary();
    private bool _completed;

    public HtmlReportWriter(TextWriter output, BoundScheme scheme)
    {
        _output = output;
        _scheme = scheme;
        _summary = new BatchSummaryBuilder(scheme);
    }

    public void Write(RecordResult result)
    {
        _summary.Add(result);
        var number = _summary.Counts.Records;
        _sections.Write(PageRenderer.ReportRecord(_scheme, result, number));
        _rows.Write(PageRenderer.ReportIndexRow(_scheme, result, number));
    }

    /// <summary>Nothing reaches the output before <see cref="Complete"/>: the page opens with the batch's summary.</summary>
    public void Flush()
    {
    }

    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _output.Write(PageRenderer.ReportHead(_scheme));
        // One record is its own report: a summary of it would only repeat it.
        if (_summary.Counts.Records > 1)
        {
            _output.Write(PageRenderer.ReportSummary(_summary.Build()));
            CopyTo(_rows, _output);
            _output.Write(PageRenderer.ReportSummaryEnd());
        }

        CopyTo(_sections, _output);
        _output.Write(PageRenderer.ReportFoot());
        _output.Flush();
    }

    public void Dispose()
    {
        _sections.Dispose();
        _rows.Dispose();
    }

    private static StreamWriter Temporary()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schemelang-report-{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        return new StreamWriter(stream, Utf8, 1 << 16);
    }

    private static void CopyTo(StreamWriter temporary, TextWriter output)
    {
        temporary.Flush();
        var stream = temporary.BaseStream;
        stream.Position = 0;
        using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 15];
        for (var read = reader.Read(buffer); read > 0; read = reader.Read(buffer))
        {
            output.Write(buffer, 0, read);
        }
    }
}
