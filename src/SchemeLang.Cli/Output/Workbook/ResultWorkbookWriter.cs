using System.Globalization;
using SchemeLang.Binding;
using SchemeLang.Data;
using SchemeLang.Docs.Workbooks;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output.Workbook;

/// <summary>
/// Score results as an Excel workbook (<c>score … --format xlsx --out FILE</c>). Sheets: 汇总 (a row per record: id,
/// identity, 总分, 等级, each 一级 score, vetoes, status and error count), 指标得分 (the record's inputs as read beside
/// each leaf's score), 得分说明 (each leaf's sentence), 错误 (a row per error, with the cell of 指标得分 that shows the
/// field), 统计 (<see cref="StatisticsSheet"/>). A record has the same row in 汇总, 指标得分 and 得分说明.
/// <para>
/// Streaming: each record's rows go to one temporary file per sheet as it is scored (<see cref="SheetRows"/>), and
/// only a few numbers per indicator and the totals (for the median) are kept; <see cref="Complete"/> then writes the
/// package through <see cref="WorkbookPackage"/>, copying each sheet's rows into the zip, and computes 统计. Memory
/// stays flat whatever the batch's length; the temporary files are deleted when the writer is disposed.
/// </para>
/// </summary>
internal sealed class ResultWorkbookWriter : IResultWriter
{
    public const string SummarySheet = "汇总";
    public const string ScoreSheet = "指标得分";
    public const string ExplanationSheet = "得分说明";
    public const string ErrorSheet = "错误";

    private readonly Stream _output;
    private readonly BoundScheme _scheme;
    private readonly IReadOnlyList<string> _identity;
    private readonly IReadOnlyList<string> _inputs;
    private readonly Dictionary<string, int> _inputColumns;
    private readonly ResultColumns _firstLevel;
    private readonly ResultColumns _leaves;
    private readonly SheetRows _summary = new(SummarySheet);
    private readonly SheetRows _scores = new(ScoreSheet);
    private readonly SheetRows _explanations = new(ExplanationSheet);
    private readonly SheetRows _errors = new(ErrorSheet);
    private readonly StatisticsSheet _statistics;
    private readonly List<double> _summaryWidths;
    private readonly List<double> _scoreWidths;
    private readonly List<double> _explanationWidths;
    private bool _completed;

    /// <param name="identity">The identity columns the data file has (项目名称, 项目单位), written after the id.</param>
    /// <param name="inputs">The fields the scheme reads, in its order: the inputs 指标得分 repeats.</param>
    public ResultWorkbookWriter(Stream output, BoundScheme scheme, IReadOnlyList<string> identity, IReadOnlyList<string> inputs)
    {
        _output = output;
        _scheme = scheme;
        _identity = identity;
        _inputs = inputs;
        _firstLevel = new ResultColumns(scheme, scheme.Indicators);
        _leaves = new ResultColumns(scheme, scheme.Leaves);
        _statistics = new StatisticsSheet(scheme);
        var inputHeaders = inputs.ToHashSet(StringComparer.Ordinal);
        _inputColumns = inputs.Select((input, index) => (input, index)).ToDictionary(pair => pair.input, pair => 1 + identity.Count + pair.index, StringComparer.Ordinal);

        _summaryWidths = Header(_summary, ["记录编号", .. identity, "总分", "等级", .. _firstLevel.Indicators.Select(indicator => indicator.KeyedName), "否决", "状态", "错误数"]);
        _scoreWidths = Header(_scores, [
            "记录编号", .. identity, .. inputs,
            .. _leaves.Indicators.Select(leaf => inputHeaders.Contains(leaf.KeyedName) ? leaf.KeyedName + "（得分）" : leaf.KeyedName)]);
        _explanationWidths = Header(_explanations, ["记录编号", .. identity, .. _leaves.Indicators.Select(leaf => leaf.KeyedName)]);
        for (var i = 1 + identity.Count; i < _explanationWidths.Count; i++)
        {
            _explanationWidths[i] = 50;
        }

        // A project's name and unit are phrases: as wide as the template's, not as their four-character headers.
        foreach (var widths in new[] { _summaryWidths, _scoreWidths, _explanationWidths })
        {
            for (var i = 1; i <= identity.Count; i++)
            {
                widths[i] = IdentityWidth;
            }
        }

        Header(_errors, ["记录编号", "字段", "代码", "说明", "位置"]);
    }

    public void Write(RecordResult result)
    {
        _statistics.Add(result);
        WriteSummary(result);
        WriteScores(result);
        WriteExplanations(result);
        foreach (var error in result.Errors)
        {
            if (_errors.BeginRow())
            {
                _errors.Text(error.RecordId);
                _errors.Text(error.Field ?? string.Empty);
                _errors.Text(error.Code);
                _errors.Text(error.Message);
                _errors.Text(Location(error.Field));
                _errors.EndRow();
            }
        }
    }

    /// <summary>Nothing reaches the output before <see cref="Complete"/>: a workbook is one zip, written at the end.</summary>
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
        using var statistics = _statistics.Write().Rows;
        WorkbookPackage.Write(_output, [
            new SheetLayout(_summary, _summaryWidths, 1 + _identity.Count),
            new SheetLayout(_scores, _scoreWidths, 1 + _identity.Count),
            new SheetLayout(_explanations, _explanationWidths, 1 + _identity.Count),
            new SheetLayout(_errors, [14, 20, 10, 60, 16]),
            new SheetLayout(statistics, StatisticsSheet.Widths),
        ], ResultStyles.Part(_scheme.Decimals));
        _output.Flush();
    }

    public void Dispose()
    {
        _summary.Dispose();
        _scores.Dispose();
        _explanations.Dispose();
        _errors.Dispose();
    }

    private void WriteSummary(RecordResult result)
    {
        if (!_summary.BeginRow())
        {
            return;
        }

        Identity(_summary, result);
        _summary.Number(result.Total, ResultStyles.Score);
        _summary.Text(result.Grade ?? string.Empty);
        for (var i = 0; i < _firstLevel.Indicators.Count; i++)
        {
            _summary.Number(_firstLevel.Find(result, i)?.Score, ResultStyles.Score);
        }

        _summary.Text(string.Join("；", result.Vetoes.Select(Explanations.Veto)));
        _summary.Text(result.Succeeded ? "已计分" : "出错");
        _summary.Number(result.Errors.Length, ResultStyles.Whole);
        _summary.EndRow();
    }

    private void WriteScores(RecordResult result)
    {
        if (!_scores.BeginRow())
        {
            return;
        }

        Identity(_scores, result);
        foreach (var input in _inputs)
        {
            if (result.Inputs is { } inputs && inputs.TryGetValue(input, out var value))
            {
                Input(value);
            }
            else
            {
                _scores.Skip();
            }
        }

        for (var i = 0; i < _leaves.Indicators.Count; i++)
        {
            _scores.Number(_leaves.Find(result, i)?.Score, ResultStyles.Score);
        }

        _scores.EndRow();
    }

    private void WriteExplanations(RecordResult result)
    {
        if (!_explanations.BeginRow())
        {
            return;
        }

        Identity(_explanations, result);
        for (var i = 0; i < _leaves.Indicators.Count; i++)
        {
            _explanations.Text(_leaves.Find(result, i)?.Explanation ?? string.Empty);
        }

        _explanations.EndRow();
    }

    /// <summary>An input as read: a plain number (as JSON and typed cells give them) as a number, anything else as text.</summary>
    private void Input(string value)
    {
        if (IsPlainNumber(value) && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            _scores.Number(number, ResultStyles.Default);
        }
        else
        {
            _scores.Text(value);
        }
    }

    /// <summary>「-12.5」, 「0.95」, 「437」: no leading zero (「007」 stays text), no exponent, no spaces.</summary>
    private static bool IsPlainNumber(string value)
    {
        var digits = value.AsSpan(value.StartsWith('-') ? 1 : 0);
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        return whole.Length is > 0 and <= 28 && (whole.Length == 1 || whole[0] != '0') && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')));
    }

    private void Identity(SheetRows sheet, RecordResult result)
    {
        sheet.Text(result.Id);
        foreach (var column in _identity)
        {
            sheet.Text(result.Identity.FirstOrDefault(pair => pair.Key == column).Value ?? string.Empty);
        }
    }

    /// <summary>Where the workbook shows the field an error is about: its cell in 指标得分, else the record's id there.</summary>
    private string Location(string? field)
    {
        var row = _scores.Rows.ToString(CultureInfo.InvariantCulture);
        return field is not null && _inputColumns.TryGetValue(field, out var column)
            ? $"{ScoreSheet}!{CellReference.Column(column)}{row}"
            : $"{ScoreSheet}!A{row}";
    }

    /// <summary>Writes the header row; returns each column's width: its header's, within 8 to 30 characters (the header wraps).</summary>
    private const double IdentityWidth = 28;

    private static List<double> Header(SheetRows sheet, IReadOnlyList<string> headers)
    {
        sheet.BeginRow();
        foreach (var header in headers)
        {
            sheet.Text(header, ResultStyles.Header);
        }

        sheet.EndRow();
        return [.. headers.Select(header => (double)Math.Clamp(DisplayWidth.Of(header) + 2, 10, 30))];
    }
}
