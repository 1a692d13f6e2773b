using SchemeLang.Binding;
using SchemeLang.Docs.Layout;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output.Workbook;

/// <summary>
/// The 统计 sheet, gathered as the results go by and written once the last is in: records scored and failed, the
/// grade distribution, the lowest, median, mean and highest 总分, and each indicator's mean score and mean 得分率 over
/// the scored records. The median needs every total, so the totals are kept (16 bytes a record: 16 MB for a million);
/// everything else is a few numbers per indicator (<see cref="DecimalSpread"/>). Means and the median are rounded to
/// the scheme's 小数位 half away from zero, as the batch report words them.
/// </summary>
internal sealed class StatisticsSheet
{
    public const string Name = "统计";

    /// <summary>The sheet's column widths in characters: indicator names, then numbers.</summary>
    public static readonly IReadOnlyList<double> Widths = [40, 12, 12, 12, 10];

    private readonly BoundScheme _scheme;
    private readonly ResultColumns _indicators;
    private readonly DecimalSpread[] _scores;
    private readonly DecimalSpread[] _rates;
    private readonly List<decimal> _totals = [];
    private DecimalSpread _total;

    public StatisticsSheet(BoundScheme scheme)
    {
        _scheme = scheme;
        _indicators = new ResultColumns(scheme, scheme.AllIndicators);
        _scores = new DecimalSpread[_indicators.Indicators.Count];
        _rates = new DecimalSpread[_indicators.Indicators.Count];
        Counts = new BatchCounts(scheme);
    }

    public BatchCounts Counts { get; }

    public void Add(RecordResult result)
    {
        Counts.Add(result);
        if (result.Total is not { } total)
        {
            return;
        }

        _totals.Add(total);
        _total.Add(total);
        for (var i = 0; i < _scores.Length; i++)
        {
            if (_indicators.Find(result, i) is { } indicator)
            {
                _scores[i].Add(indicator.Score);
                if (indicator.Weight != 0m)
                {
                    _rates[i].Add(indicator.Score / indicator.Weight);
                }
            }
        }
    }

    /// <summary>The sheet: four sections one under the other, each with its own bold heading row.</summary>
    public SheetLayout Write()
    {
        var sheet = new SheetRows(Name);
        Heading(sheet, "统计项", "条数", "占记录数");
        Count(sheet, "记录", Counts.Records, Counts.Records);
        Count(sheet, "已计分", Counts.Scored, Counts.Records);
        Count(sheet, "出错", Counts.Failed, Counts.Records);
        if (Counts.Grades.Count > 0)
        {
            Blank(sheet);
            Heading(sheet, "等级", "条数", "占已计分");
            foreach (var (grade, count) in Counts.Grades)
            {
                Count(sheet, grade, count, Counts.Scored);
            }
        }

        Blank(sheet);
        Heading(sheet, "总分", "分数");
        if (_totals.Count > 0)
        {
            _totals.Sort();
            Total(sheet, "最低", _total.Min);
            Total(sheet, "中位数", Median());
            Total(sheet, "平均", _total.Mean);
            Total(sheet, "最高", _total.Max);
        }

        Blank(sheet);
        Heading(sheet, "指标", "满分", "平均得分", "平均得分率", "计分条数");
        for (var i = 0; i < _scores.Length; i++)
        {
            if (!sheet.BeginRow())
            {
                continue;
            }

            var indicator = _indicators.Indicators[i];
            sheet.Text(new string('　', Math.Max(0, indicator.Depth - 1)) + indicator.KeyedName);
            sheet.Number(indicator.Weight, ResultStyles.Score);
            sheet.Number(_scores[i].Count == 0 ? null : Rounded(_scores[i].Mean), ResultStyles.Score);
            sheet.Number(_rates[i].Count == 0 ? null : Math.Round(_rates[i].Mean, 4, MidpointRounding.AwayFromZero), ResultStyles.Percent);
            sheet.Number(_scores[i].Count, ResultStyles.Whole);
            sheet.EndRow();
        }

        return new SheetLayout(sheet, Widths);
    }

    private decimal Median()
    {
        var middle = _totals.Count / 2;
        return _totals.Count % 2 == 1 ? _totals[middle] : (_totals[middle - 1] / 2m) + (_totals[middle] / 2m);
    }

    private decimal Rounded(decimal value) => Math.Round(value, _scheme.Decimals, MidpointRounding.AwayFromZero);

    private void Total(SheetRows sheet, string name, decimal value)
    {
        if (sheet.BeginRow())
        {
            sheet.Text(name);
            sheet.Number(Rounded(value), ResultStyles.Score);
            sheet.EndRow();
        }
    }

    private static void Count(SheetRows sheet, string name, int count, int of)
    {
        if (sheet.BeginRow())
        {
            sheet.Text(name);
            sheet.Number(count, ResultStyles.Whole);
            sheet.Number(of == 0 ? null : Math.Round(count / (decimal)of, 4, MidpointRounding.AwayFromZero), ResultStyles.Percent);
            sheet.EndRow();
        }
    }

    private static void Heading(SheetRows sheet, params string[] headers)
    {
        if (sheet.BeginRow())
        {
            foreach (var header in headers)
            {
                sheet.Text(header, ResultStyles.Header);
            }

            sheet.EndRow();
        }
    }

    private static void Blank(SheetRows sheet)
    {
        if (sheet.BeginRow())
        {
            sheet.EndRow();
        }
    }
}
