namespace SchemeLang.Docs.Layout;

/// <summary>What the 评分标准 page shows, every value already worded: the templates only lay it out.</summary>
public sealed record StandardPage(
    string Title,
    string? Year,
    string Total,
    IndicatorTable Table,
    IReadOnlyList<GradeRow> Grades,
    IReadOnlyList<DataItemRow> DataItems,
    IReadOnlyList<string> Vetoes,
    IReadOnlyList<string> Constraints,
    string? Bonus = null)
{
    /// <summary>
    /// Every field a record of the scheme carries (the 数据说明's second table): the column a data file or the template
    /// heads with that key, what it holds and which indicators read it.
    /// </summary>
    public IReadOnlyList<RecordFieldRow> Fields { get; init; } = [];

    /// <summary>The 填表说明 the scheme applies (评分办法 自评表, 预算执行): how a 年度指标值 alone is scored.</summary>
    public IReadOnlyList<string> Instructions { get; init; } = [];
}

/// <summary>A record field as the page lists it: its key, type (with unit), what may be entered, meaning and readers.</summary>
public sealed record RecordFieldRow(string Key, string Type, string Entry, string Meaning, string Indicators);

/// <summary>
/// The indicator table shared by the 评分标准 page and the score report. Rows are the table's rows in order — one per
/// leaf, a 小计 after each 一级 group and the 合计 last; a report's rows also carry their 得分, 得分率 and explanation.
/// </summary>
/// <remarks><see cref="HasTargets"/>: the scheme's rules name 目标值, so the table has a 目标值 column.</remarks>
public sealed record IndicatorTable(IReadOnlyList<string> LevelHeaders, IReadOnlyList<StandardRow> Rows, bool Scored, bool HasTargets);

/// <summary>A row of the table: its indicator cells (an ancestor's cell only in its first row), 分值 and 评分标准.</summary>
public sealed record StandardRow(RowKind Kind, IReadOnlyList<IndicatorCell> Cells, string Weight, string Standard, RowScore? Scored = null, string Targets = "")
{
    /// <summary>The row's class in the page's style sheet: leaf, subtotal or total.</summary>
    public string CssClass => Kind.ToString().ToLowerInvariant();
}

public enum RowKind
{
    Leaf,
    Subtotal,
    Total,
}

/// <summary>
/// An indicator's cell, spanning the rows of its leaves and, for a leaf above the last level, the columns to its 分值;
/// in a report a parent's cell also gives its score.
/// </summary>
public sealed record IndicatorCell(string Code, string Name, string? Weight, int RowSpan, int ColSpan, int Level, string? Score = null);

/// <summary>A row's result in a score report: 得分, 得分率 and how the score arose.</summary>
public sealed record RowScore(string Score, string Rate, string Explanation);

public sealed record GradeRow(string Name, string Range);

public sealed record DataItemRow(string Name, string Type, string? Unit, string? Formula, string? ZeroFallback, string? Domain);
