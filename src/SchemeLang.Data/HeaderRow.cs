namespace SchemeLang.Data;

/// <summary>
/// Where a sheet's records start, as evaluation firms lay their tables out: title rows (「2025年度项目绩效评价数据表」,
/// merged across), then a header row, then records, with 合计 rows among or below them. The header row is the first
/// of the first <see cref="SearchRows"/> that holds an id column, or enough of the scheme's keys (then it lacks its id
/// column and says so); <c>--header-row</c> names it instead.
/// </summary>
internal static class HeaderRow
{
    public const int SearchRows = 20;

    /// <summary>A row whose id cell or first cell says this sums the rows above it; it is no record and not an error.</summary>
    private static readonly HashSet<string> TotalWords = new(["合计", "小计", "总计", "总分"], StringComparer.Ordinal);

    /// <param name="number">The row's number as the file counts rows (a CSV line, a sheet's row).</param>
    /// <returns>Whether the search is over: this row is the header (<paramref name="isHeader"/>), or it is past the rows searched.</returns>
    public static bool Decide(IReadOnlyCollection<string> cells, long number, long ordinal, DataReadOptions options, out bool isHeader)
    {
        if (options.HeaderRow is { } given)
        {
            isHeader = number == given;
            return number >= given;
        }

        isHeader = cells.Any(DataFileReader.IsIdField) || KnownKeys(cells, options.KeySet);
        return isHeader || ordinal >= SearchRows;
    }

    public static bool IsTotal(string? idCell, string? firstCell) =>
        (idCell is not null && TotalWords.Contains(idCell.Trim())) || (firstCell is not null && TotalWords.Contains(firstCell.Trim()));

    /// <summary>What to say when no row was taken for the header, after the words naming the file.</summary>
    public static string NotFound(DataReadOptions options) => options.HeaderRow is { } given
        ? $"没有第 {given} 行（--header-row）"
        : $"前 {SearchRows} 行中没有表头行（表头需有「记录编号」或 id 列；也可用 --header-row 指定表头所在的行）";

    /// <summary>Three of the scheme's keys (all of them, when it reads fewer) make a header even without its id column.</summary>
    private static bool KnownKeys(IReadOnlyCollection<string> cells, HashSet<string> keys) =>
        keys.Count > 0 && cells.Count(keys.Contains) >= Math.Min(3, keys.Count);
}
