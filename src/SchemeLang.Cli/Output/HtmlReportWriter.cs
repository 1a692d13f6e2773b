using SchemeLang.Binding;
using SchemeLang.Docs.Rendering;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>The score report as one page for all records: the heading first, each record's section as it is scored, the end last.</summary>
internal sealed class HtmlReportWriter : IResultWriter
{
    private readonly TextWriter _output;
    private readonly BoundScheme _scheme;
    private bool _completed;

    public HtmlReportWriter(TextWriter output, BoundScheme scheme)
    {
        _output = output;
        _scheme = scheme;
        _output.Write(PageRenderer.ReportHead(scheme));
        _output.Flush();
    }

    public void Write(RecordResult result)
    {
        _output.Write(PageRenderer.ReportRecord(_scheme, result));
        _output.Flush();
    }

    public void Complete()
    {
        if (!_completed)
        {
            _output.Write(PageRenderer.ReportFoot());
            _output.Flush();
            _completed = true;
        }
    }

    public void Dispose()
    {
    }
}
