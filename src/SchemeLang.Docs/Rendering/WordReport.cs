using SchemeLang.Binding;
using SchemeLang.Docs.Layout;
using SchemeLang.Runtime;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// The score report as a Word document, from the report's layout model (<see cref="ScoreReportBuilder"/>) as the HTML
/// report is: the heading, then each record on a page of its own — its 得分, 得分率 and 等级, the vetoes it triggered and
/// the indicator table with each row's 得分, 得分率 and 评分说明, or, when it could not be scored, its errors.
/// </summary>
public static class WordReport
{
    /// <summary>
    /// The report of <paramref name="records"/> as the bytes of a .docx file; <paramref name="omitted"/> records of the
    /// batch that it leaves out are counted under its heading.
    /// </summary>
    public static byte[] Render(BoundScheme scheme, IEnumerable<RecordResult> records, int omitted = 0)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WordPackage.Write(Body(scheme, records, omitted));
    }

    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Body(BoundScheme scheme, IEnumerable<RecordResult> records, int omitted)
    {
        var heading = ScoreReportBuilder.Heading(scheme);
        yield return WordText.Paragraph(WordPackage.Title, WordText.Runs($"{heading.Title} 评分结果"), keepNext: true);
        yield return WordText.Paragraph(WordPackage.Meta, WordText.Runs((heading.Year is { } year ? $"年度：{year}　" : string.Empty) + $"总分：{heading.Total}分"), keepNext: true);
        if (omitted > 0)
        {
            yield return WordText.Paragraph(WordPackage.Meta, WordText.Runs($"另有 {omitted} 条记录未列入本报告（全部结果见结果工作簿或网页报告）。"), keepNext: true);
        }

        var first = true;
        foreach (var record in records)
        {
            var report = ScoreReportBuilder.Record(scheme, record);
            var title = WordText.Paragraph(WordPackage.Heading, WordText.Runs($"记录 {report.Id}"), keepNext: true);
            if (!first)
            {
                title.ParagraphProperties!.Append(new W.PageBreakBefore());
            }

            first = false;
            yield return title;
            if (report.Table is { } table)
            {
                var summary = $"得分：{report.Total}分　得分率：{report.Rate}" + (report.Grade is { } grade ? $"　等级：{grade}" : string.Empty);
                yield return WordText.Paragraph(null, WordText.Runs(summary, RunLook.Bold), keepNext: true);
                foreach (var veto in report.Vetoes)
                {
                    yield return WordText.Paragraph(WordPackage.ListItem, WordText.Runs(veto), keepNext: true);
                }

                yield return WordTables.Indicators(table, WordPackage.TextWidth);
            }
            else
            {
                yield return WordText.Paragraph(null, WordText.Runs("未能计分："), keepNext: true);
                foreach (var error in report.Errors)
                {
                    yield return WordText.Paragraph(WordPackage.ListItem, WordText.Runs(error));
                }
            }
        }
    }
}
