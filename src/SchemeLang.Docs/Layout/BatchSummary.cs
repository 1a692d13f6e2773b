namespace SchemeLang.Docs.Layout;

/// <summary>
/// What the summary at the top of a batch's score report shows, every figure already worded: how many records were
/// scored and how many failed, the spread of 总分, the grade distribution and each 一级 and 二级 indicator's 得分率
/// across the scored records.
/// </summary>
public sealed record BatchSummary(
    int Records,
    int Scored,
    int Failed,
    TotalSpread? Totals,
    IReadOnlyList<GradeCount> Grades,
    IReadOnlyList<IndicatorRates> FirstLevel,
    IReadOnlyList<IndicatorRates> SecondLevel);

/// <summary>总分 across the scored records: the mean to the scheme's 小数位, the lowest and the highest.</summary>
public sealed record TotalSpread(string Mean, string Min, string Max);

/// <summary>A grade, the records that got it and their share of the scored records (33.33%).</summary>
public sealed record GradeCount(string Name, int Count, string Share);

/// <summary>
/// An indicator's 得分率 (score ÷ weight) across the records that scored it — <see cref="Count"/> of them: a record
/// whose weight for it went to its siblings has no rate there. <see cref="Spread"/> is null when no record has one.
/// </summary>
public sealed record IndicatorRates(string Name, string? Parent, string Weight, int Count, RateSpread? Spread);

/// <summary>The mean, lowest and highest 得分率 as ratios (for the charts) and as percentages to two places.</summary>
public sealed record RateSpread(decimal Mean, decimal Min, decimal Max, string MeanText, string MinText, string MaxText);
