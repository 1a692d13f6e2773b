using DocumentFormat.OpenXml;
using SchemeLang.Docs.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// The Word document's tables, laid out as the page's: every border single, the header row repeated on each page,
/// no row split across pages. A parent's cell spans its leaves' rows as a vertical merge (<c>w:vMerge</c> restart,
/// then continue in each row below) and a shallow leaf's cell spans the level columns to its 分值 (<c>w:gridSpan</c>).
/// </summary>
internal static class WordTables
{
    private const string HeaderShade = "EEF1F5";

    private const string SumShade = "F7F7F7";

    /// <summary>The indicator table of the 评分标准 (or, scored, of a report), filling <paramref name="width"/> twips.</summary>
    public static W.Table Indicators(IndicatorTable table, int width)
    {
        var levels = table.LevelHeaders.Count;
        var columns = Columns(table, width);
        var header = table.LevelHeaders.Append("分值");
        if (table.HasTargets)
        {
            header = header.Append("目标值");
        }

        header = header.Append("评分标准");
        if (table.Scored)
        {
            header = header.Concat(["得分", "得分率", "评分说明"]);
        }

        var result = Table(columns);
        result.Append(HeaderRow(header.ToList(), columns));

        // A cell started in an earlier row that still covers rows below: its column, span and the rows it has left.
        var open = new List<(int Column, int ColSpan, int RowsLeft)>();
        foreach (var row in table.Rows)
        {
            var shade = row.Kind == RowKind.Leaf ? null : SumShade;
            var look = row.Kind == RowKind.Leaf ? RunLook.Plain : RunLook.Bold;
            var cells = new Queue<IndicatorCell>(row.Cells);
            var tableRow = Row(header: false);
            for (var column = 0; column < levels;)
            {
                var index = open.FindIndex(cell => cell.Column == column);
                if (index >= 0)
                {
                    var (_, colSpan, rowsLeft) = open[index];
                    tableRow.Append(Cell(Width(columns, column, colSpan), colSpan, W.MergedCellValues.Continue, shade, []));
                    open[index] = (column, colSpan, rowsLeft - 1);
                    if (rowsLeft == 1)
                    {
                        open.RemoveAt(index);
                    }

                    column += colSpan;
                    continue;
                }

                // The layout gives each row the cells that start in it, left to right, filling what is not covered.
                var cell = cells.Dequeue();
                var merge = cell.RowSpan > 1 ? W.MergedCellValues.Restart : (W.MergedCellValues?)null;
                tableRow.Append(Cell(Width(columns, column, cell.ColSpan), cell.ColSpan, merge, shade, [IndicatorParagraph(cell, look)]));
                if (cell.RowSpan > 1)
                {
                    open.Add((column, cell.ColSpan, cell.RowSpan - 1));
                }

                column += cell.ColSpan;
            }

            var next = levels;
            tableRow.Append(TextCell(columns[next++], row.Weight, look, shade, W.JustificationValues.Center));
            if (table.HasTargets)
            {
                tableRow.Append(TextCell(columns[next++], row.Targets, look, shade));
            }

            tableRow.Append(TextCell(columns[next++], row.Standard, look, shade));
            if (table.Scored)
            {
                tableRow.Append(TextCell(columns[next++], row.Scored?.Score ?? string.Empty, RunLook.Bold, shade, W.JustificationValues.Center));
                tableRow.Append(TextCell(columns[next++], row.Scored?.Rate ?? string.Empty, look, shade, W.JustificationValues.Center));
                tableRow.Append(TextCell(columns[next], row.Scored?.Explanation ?? string.Empty, look, shade));
            }

            result.Append(tableRow);
        }

        return result;
    }

    /// <summary>The 等级 table: small, so it is kept on one page with its heading.</summary>
    public static W.Table Grades(IReadOnlyList<GradeRow> grades)
    {
        int[] columns = [1800, 3600];
        var table = Table(columns);
        table.Append(HeaderRow(["等级", "总分"], columns, keepNext: true));
        for (var i = 0; i < grades.Count; i++)
        {
            var keep = i < grades.Count - 1;
            var row = Row(header: false);
            row.Append(
                Cell(columns[0], 1, null, null, [WordText.Paragraph("TableText", WordText.Runs(grades[i].Name), keep, W.JustificationValues.Center)]),
                Cell(columns[1], 1, null, null, [WordText.Paragraph("TableText", WordText.Runs(grades[i].Range), keep)]));
            table.Append(row);
        }

        return table;
    }

    /// <summary>The 数据说明 table: 数据项 | 类型 | 单位 | 取值范围 | 计算公式 (with the fallback for a zero divisor below).</summary>
    public static W.Table DataItems(IReadOnlyList<DataItemRow> items, int width)
    {
        int[] columns = [3000, 1100, 1100, 3200, width - 8400];
        var table = Table(columns);
        table.Append(HeaderRow(["数据项", "类型", "单位", "取值范围", "计算公式"], columns));
        foreach (var item in items)
        {
            var formula = WordText.Runs(item.Formula ?? string.Empty);
            if (item.ZeroFallback is { } fallback)
            {
                formula = formula.Append(WordText.LineBreak()).Concat(WordText.Runs(fallback, RunLook.Grey));
            }

            var row = Row(header: false);
            row.Append(
                TextCell(columns[0], item.Name, RunLook.Plain, null),
                TextCell(columns[1], item.Type, RunLook.Plain, null),
                TextCell(columns[2], item.Unit ?? string.Empty, RunLook.Plain, null),
                TextCell(columns[3], item.Domain ?? string.Empty, RunLook.Plain, null),
                Cell(columns[4], 1, null, null, [WordText.Paragraph("TableText", formula)]));
            table.Append(row);
        }

        return table;
    }

    /// <summary>The record fields table: 字段 | 类型 | 可填 | 含义 | 使用的指标.</summary>
    public static W.Table Fields(IReadOnlyList<RecordFieldRow> fields, int width)
    {
        int[] columns = [2600, 1300, 2600, width - 9500, 3000];
        var table = Table(columns);
        table.Append(HeaderRow(["字段", "类型", "可填", "含义", "使用的指标"], columns));
        foreach (var field in fields)
        {
            var row = Row(header: false);
            row.Append(
                TextCell(columns[0], field.Key, RunLook.Plain, null),
                TextCell(columns[1], field.Type, RunLook.Plain, null),
                TextCell(columns[2], field.Entry, RunLook.Plain, null),
                TextCell(columns[3], field.Meaning, RunLook.Plain, null),
                TextCell(columns[4], field.Indicators, RunLook.Plain, null));
            table.Append(row);
        }

        return table;
    }

    /// <summary>
    /// Column widths in twips: each level column as wide as the page's five-character floor allows, 分值 narrow, and
    /// the 评分标准 (shared with the 评分说明 in a report) taking the rest.
    /// </summary>
    private static int[] Columns(IndicatorTable table, int width)
    {
        var levels = table.LevelHeaders.Count;
        var level = Math.Min(1900, width * 2 / 5 / levels);
        var fixedWidth = (levels * level) + 900 + (table.HasTargets ? 1800 : 0) + (table.Scored ? 1900 : 0);
        var rest = width - fixedWidth;
        var columns = Enumerable.Repeat(level, levels).Append(900).ToList();
        if (table.HasTargets)
        {
            columns.Add(1800);
        }

        if (table.Scored)
        {
            columns.AddRange([rest / 2, 900, 1000, rest - (rest / 2)]);
        }
        else
        {
            columns.Add(rest);
        }

        return [.. columns];
    }

    /// <summary>The 一级/二级/三级 cell as the page writes it: code, name, （分值分）, and in a report 得N分 below.</summary>
    private static W.Paragraph IndicatorParagraph(IndicatorCell cell, RunLook look)
    {
        var runs = Enumerable.Empty<W.Run>();
        if (cell.Code.Length > 0)
        {
            runs = runs.Concat(WordText.Runs(cell.Code, RunLook.Grey)).Concat(WordText.Runs(" "));
        }

        runs = runs.Concat(WordText.Runs(cell.Name, look));
        if (cell.Weight is { } weight)
        {
            runs = runs.Concat(WordText.Runs($"（{weight}分）", look));
        }

        if (cell.Score is { } score)
        {
            runs = runs.Append(WordText.LineBreak()).Concat(WordText.Runs($"得{score}分", RunLook.Bold));
        }

        return WordText.Paragraph("TableText", runs);
    }

    private static W.Table Table(IReadOnlyList<int> columns)
    {
        var borders = new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" });
        var margins = new W.TableCellMarginDefault(
            new W.TopMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellLeftMargin { Width = 85, Type = W.TableWidthValues.Dxa },
            new W.BottomMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellRightMargin { Width = 85, Type = W.TableWidthValues.Dxa });
        var table = new W.Table(new W.TableProperties(
            new W.TableWidth { Width = columns.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            borders,
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            margins));
        table.Append(new W.TableGrid(columns.Select(column => new W.GridColumn { Width = column.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        return table;
    }

    /// <summary>A header row, repeated at the top of each page the table runs onto.</summary>
    private static W.TableRow HeaderRow(IReadOnlyList<string> headers, IReadOnlyList<int> columns, bool keepNext = false)
    {
        var row = Row(header: true);
        for (var i = 0; i < headers.Count; i++)
        {
            row.Append(Cell(columns[i], 1, null, HeaderShade, [WordText.Paragraph("TableText", WordText.Runs(headers[i], RunLook.Bold), keepNext, W.JustificationValues.Center)]));
        }

        return row;
    }

    private static W.TableRow Row(bool header)
    {
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (header)
        {
            properties.Append(new W.TableHeader());
        }

        return new W.TableRow(properties);
    }

    private static W.TableCell TextCell(int width, string text, RunLook look, string? shade, W.JustificationValues? justification = null) =>
        Cell(width, 1, null, shade, [WordText.Paragraph("TableText", WordText.Runs(text, look), justification: justification)]);

    private static W.TableCell Cell(int width, int colSpan, W.MergedCellValues? merge, string? shade, IReadOnlyList<W.Paragraph> paragraphs)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (colSpan > 1)
        {
            properties.Append(new W.GridSpan { Val = colSpan });
        }

        if (merge is { } value)
        {
            properties.Append(new W.VerticalMerge { Val = value });
        }

        if (shade is not null)
        {
            properties.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        }

        properties.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });

        // A cell holds at least one paragraph; a merged cell's continuation holds an empty one.
        var cell = new W.TableCell(properties);
        cell.Append(paragraphs.Count > 0 ? paragraphs : [WordText.Paragraph("TableText", [])]);
        return cell;
    }

    private static int Width(IReadOnlyList<int> columns, int first, int span) => columns.Skip(first).Take(span).Sum();
}
