using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// A Word table read back as a grid: each cell with the column it starts at (counting <c>w:gridSpan</c>), its span,
/// whether it starts or continues a vertical merge (<c>w:vMerge</c>) and its text.
/// </summary>
internal sealed class WordGrid
{
    public const string None = "";

    public const string Restart = "restart";

    public const string Continue = "continue";

    private static readonly string[] SumRows = ["小计", "加分小计", "合计"];

    private WordGrid(int columns, IReadOnlyList<IReadOnlyList<Cell>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public int Columns { get; }

    /// <summary>The rows, the header first.</summary>
    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; }

    /// <summary>The indicator level columns: the header cells that end in 指标.</summary>
    public int Levels => Rows[0].Count(cell => cell.Text.EndsWith("指标", StringComparison.Ordinal));

    public static WordGrid Of(W.Table table)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var row in table.Elements<W.TableRow>())
        {
            var cells = new List<Cell>();
            var column = 0;
            foreach (var cell in row.Elements<W.TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                var merge = properties?.VerticalMerge switch
                {
                    null => None,
                    { Val: { } value } when value == W.MergedCellValues.Restart => Restart,
                    _ => Continue,
                };
                cells.Add(new Cell(column, span, merge, string.Join("\n", cell.Elements<W.Paragraph>().Select(Text))));
                column += span;
            }

            rows.Add(cells);
        }

        return new WordGrid(table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Count(), rows);
    }

    /// <summary>The rows of leaves: those whose last level column holds a cell of their own that is no 小计 or 合计.</summary>
    public IEnumerable<int> LeafRows() => Enumerable.Range(1, Rows.Count - 1).Where(row => LeafCell(row) is { } cell && !SumRows.Contains(cell.Text));

    public IEnumerable<string> LeafLabels() => LeafRows().Select(row => LeafCell(row)!.Text);

    /// <summary>The one cell that reads <paramref name="text"/>, and its row.</summary>
    public (int Row, Cell Cell) Find(string text)
    {
        var found = Rows.SelectMany((cells, row) => cells.Where(cell => cell.Text == text).Select(cell => (row, cell))).ToList();
        Assert.True(found.Count == 1, $"「{text}」 is in {found.Count} cells of the table");
        return found[0];
    }

    /// <summary>How many rows below <paramref name="row"/> continue the merged cell at <paramref name="column"/>.</summary>
    public int ContinuationsBelow(int row, int column) =>
        Rows.Skip(row + 1).TakeWhile(cells => cells.Any(cell => cell.Column == column && cell.Merge == Continue)).Count();

    /// <summary>The text of <paramref name="row"/>'s cell under the header <paramref name="header"/>.</summary>
    public string TextUnder(int row, string header)
    {
        var column = Rows[0].Single(cell => cell.Text == header).Column;
        return Rows[row].Single(cell => cell.Column == column).Text;
    }

    private Cell? LeafCell(int row) =>
        Rows[row].SingleOrDefault(cell => cell.Column < Levels && cell.Column + cell.Span >= Levels && cell.Merge != Continue);

    /// <summary>A paragraph's text as a person reads it: its runs' text, a line break as a new line.</summary>
    private static string Text(W.Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(element => element switch
    {
        W.Text text => text.Text,
        W.Break => "\n",
        W.TabChar => "\t",
        _ => string.Empty,
    }));

    internal sealed record Cell(int Column, int Span, string Merge, string Text);
}
