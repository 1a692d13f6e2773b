using CsvHelper;
using SchemeLang.Cli.Batch;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// Score results as CSV: a header row, then one row per record, one column per indicator. Every text cell goes through
/// <see cref="SpreadsheetText.Cell"/>, so no id, name, grade, veto or error runs as a formula; numbers are formatted
/// straight into the writer's buffer (<see cref="NumberText.FormatPlain"/>), as a million-record batch needs.
/// </summary>
internal sealed class CsvResultWriter : IResultWriter, IScoreRowWriter
{
    private readonly CsvWriter _csv;
    private readonly IReadOnlyList<string> _identity;
    private readonly Dictionary<string, int> _columnOf;
    private readonly decimal?[] _scores;

    /// <summary>Each column's place among a fast-path row's scores (the plan's order), or -1; worked out at the first row.</summary>
    private int[]? _scoreOf;

    /// <param name="identity">The identity columns the data file has (项目名称, 项目单位), written after the id.</param>
    public CsvResultWriter(TextWriter output, IReadOnlyList<(string Key, string Header)> columns, IReadOnlyList<string> identity)
    {
        _identity = identity;
        _columnOf = columns.Select((column, index) => KeyValuePair.Create(column.Key, index)).ToDictionary(StringComparer.Ordinal);
        _scores = new decimal?[columns.Count];
        _csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        _csv.WriteRecord(["id", .. identity, "总分", "等级", .. columns.Select(column => SpreadsheetText.Cell(column.Header)), "否决", "错误"]);
    }

    public void Write(RecordResult result)
    {
        _csv.WriteField(SpreadsheetText.Cell(result.Id));
        foreach (var column in _identity)
        {
            _csv.WriteField(SpreadsheetText.Cell(IdentityValue(result.Identity, column)));
        }

        WriteNumber(result.Total);
        _csv.WriteField(SpreadsheetText.Cell(result.Grade ?? string.Empty));
        Array.Clear(_scores);
        foreach (var indicator in result.Indicators)
        {
            if (_columnOf.TryGetValue(indicator.Key, out var column))
            {
                _scores[column] = indicator.Score;
            }
        }

        foreach (var score in _scores)
        {
            WriteNumber(score);
        }

        _csv.WriteField(result.Vetoes.IsEmpty ? string.Empty : SpreadsheetText.Cell(string.Join("；", result.Vetoes.Select(Explanations.Veto))));
        _csv.WriteField(result.Errors.IsEmpty ? string.Empty : SpreadsheetText.Cell(string.Join("；", result.Errors.Select(error => error.ToString()))));
        _csv.EndRecord();
    }

    public void Write(ScoreRow row)
    {
        var scores = row.Scores.Span;
        if (_scoreOf is null)
        {
            _scoreOf = new int[_scores.Length];
            Array.Fill(_scoreOf, -1);
            for (var i = 0; i < row.Plan.Indicators.Length; i++)
            {
                if (_columnOf.TryGetValue(row.Plan.Indicators[i].Key, out var column))
                {
                    _scoreOf[column] = i;
                }
            }
        }

        _csv.WriteField(SpreadsheetText.Cell(row.Id));
        foreach (var column in _identity)
        {
            _csv.WriteField(SpreadsheetText.Cell(IdentityValue(row.Identity, column)));
        }

        WriteNumber(row.Card.Total);
        _csv.WriteField(SpreadsheetText.Cell(row.Card.Grade ?? string.Empty));
        foreach (var index in _scoreOf)
        {
            WriteNumber(index < 0 ? null : scores[index]);
        }

        _csv.WriteField(string.Empty);
        _csv.WriteField(string.Empty);
        _csv.EndRecord();
    }

    public void Flush() => _csv.Flush();

    public void Complete() => _csv.Flush();

    public void Dispose() => _csv.Dispose();

    private void WriteNumber(decimal? value)
    {
        Span<char> text = stackalloc char[NumberText.MaxPlainLength];
        _csv.WriteField(value is { } number ? text[..NumberText.FormatPlain(number, text)] : []);
    }

    private static string IdentityValue(IReadOnlyList<KeyValuePair<string, string>> identity, string column)
    {
        foreach (var (key, value) in identity)
        {
            if (key == column)
            {
                return value;
            }
        }

        return string.Empty;
    }
}
