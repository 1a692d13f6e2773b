using SchemeLang.Binding;
using SchemeLang.Docs.Rendering;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// The score report as a Word document (score --format docx), each record on a page of its own. A .docx is one package
/// written at the end, so results are kept until then: this is the report a bureau files for the projects of one batch,
/// and past <see cref="MaxRecords"/> records the document lists the first ones and says how many it leaves to the
/// workbook or HTML report (a warning on standard error says it too).
/// </summary>
internal sealed class WordReportWriter(Stream output, BoundScheme scheme, TextWriter error) : IResultWriter
{
    /// <summary>More pages than anyone prints; the results kept stay within tens of megabytes.</summary>
    public const int MaxRecords = 2000;

    private readonly List<RecordResult> _records = [];
    private int _omitted;
    private bool _completed;

    public void Write(RecordResult result)
    {
        if (_records.Count < MaxRecords)
        {
            _records.Add(result);
        }
        else
        {
            _omitted++;
        }
    }

    /// <summary>Nothing reaches the output before <see cref="Complete"/>: the document is one package.</summary>
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
        if (_omitted > 0)
        {
            error.WriteLine($"警告：Word 评分报告只列入前 {MaxRecords} 条记录，其余 {_omitted} 条未列入；全部结果请用 --format xlsx 或 html 输出。");
        }

        output.Write(WordReport.Render(scheme, _records, _omitted));
        output.Flush();
    }

    public void Dispose()
    {
    }
}
