using CsvHelper;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// Score results as CSV: a header row, then one row per record, one column per indicator, flushed row by row. Every
/// text cell goes through <see cref="SpreadsheetText.Cell"/>, so no id, name, grade, veto or error runs as a formula.
/// </summary>
internal sealed class CsvResultWriter : IResultWriter
{
    private readonly CsvWriter _csv;
    private readonly IReadOnlyList<(string Key, string Header)> _columns;
    private readonly IReadOnlyList<string> _identity;

    /// <param name="identity">The identity columns the data file has (项目名称, 项目单位), written after the id.</param>
    public CsvResultWriter(TextWriter output, IReadOnlyList<(string Key, string Header)> columns, IReadOnlyList<string> identity)
    {
        _columns = columns;
        _identity = identity;
        _csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        _csv.WriteRecord(["id", .. identity, "总分", "等级", .. columns.Select(column => SpreadsheetText.Cell(column.Header)), "否决", "错误"]);
        _csv.Flush();
    }

    public void Write(RecordResult result)
    {
        var scores = result.Indicators.ToDictionary(indicator => indicator.Key, indicator => indicator.Score);
        _csv.WriteRecord([
            SpreadsheetText.Cell(result.Id),
            .. _identity.Select(column => SpreadsheetText.Cell(result.Identity.FirstOrDefault(pair => pair.Key == column).Value ?? string.Empty)),
            result.Total is { } total ? NumberText.Plain(total) : string.Empty,
            SpreadsheetText.Cell(result.Grade ?? string.Empty),
            .. _columns.Select(column => scores.TryGetValue(column.Key, out var score) ? NumberText.Plain(score) : string.Empty),
            SpreadsheetText.Cell(string.Join("；", result.Vetoes.Select(Explanations.Veto))),
            SpreadsheetText.Cell(string.Join("；", result.Errors.Select(error => error.ToString()))),
        ]);
        _csv.Flush();
    }

    public void Complete() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
