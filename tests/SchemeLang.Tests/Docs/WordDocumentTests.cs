using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using SchemeLang.Binding;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Rendering;
using SchemeLang.Docs.Wording;
using SchemeLang.Runtime;
using SchemeLang.Tests.Cli;
using SchemeLang.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// The 评分标准 as a Word document, opened with the Open XML SDK: the indicator table is the tree (one row per leaf,
/// parents merged down their leaves' rows), it is bordered and repeats its header on each page, the section is A4
/// landscape, and scheme text is only ever text.
/// </summary>
public sealed class WordDocumentTests : CliHarness
{
    /// <summary>A 方案 named as markup, an indicator with a right-to-left override, one named as a spreadsheet formula.</summary>
    internal static readonly string HostileScheme = """
        方案 「<script>alert(1)</script>」
        总分 10
        等级 「=1+1」 ≥ 9；良 [8, 9)；中 [6, 8)；差 < 6
        数据
          满意度：百分比 范围 [0%, 100%]
        A 「决策（40分）」 5分
          是否 程序合规
        B 「=HYPERLINK("http://x","y")」 5分
          区间 满意度
            90%以上 得5分
            [80%, 90%) 得3分
            不满80% 不得分
        否决
          ① 「=cmd|' /C calc'!A0」 扣3分
        """.Replace("决策（40分）", "决策\u202E（40分）", StringComparison.Ordinal);

    public static TheoryData<string> Examples => StandardPageTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_leaf_has_one_row_and_every_parent_is_merged_down_its_leaves(string file)
    {
        var scheme = Scheme(file);
        using var document = Open(WordRenderer.Standard(scheme));
        var grid = WordGrid.Of(document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().First());

        // Every row covers every column of the grid once, counting spans.
        Assert.All(grid.Rows, row => Assert.Equal(grid.Columns, row.Sum(cell => cell.Span)));
        var leaves = scheme.AllIndicators.Where(indicator => indicator.IsLeaf || indicator.IsEmptyGroup).Select(Label).Order(StringComparer.Ordinal);
        Assert.Equal(leaves, grid.LeafLabels().Order(StringComparer.Ordinal));

        foreach (var parent in scheme.AllIndicators.Where(indicator => !indicator.IsLeaf && !indicator.IsEmptyGroup))
        {
            var (row, cell) = grid.Find($"{Label(parent)}（{NumberText.Plain(parent.Weight)}分）");
            Assert.Equal(LeafCount(parent) > 1 ? WordGrid.Restart : WordGrid.None, cell.Merge);
            Assert.Equal(LeafCount(parent) - 1, grid.ContinuationsBelow(row, cell.Column));
        }

        // The 评分标准 column says what the page says, row for row.
        var standards = StandardPageBuilder.Build(scheme).Table.Rows.Where(row => row.Kind == RowKind.Leaf).Select(row => VisibleText.Of(row.Standard));
        Assert.Equal(standards, grid.LeafRows().Select(row => grid.TextUnder(row, "评分标准")));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_page_is_A4_landscape_and_the_tables_are_bordered_with_a_repeated_header(string file)
    {
        var scheme = Scheme(file);
        using var document = Open(WordRenderer.Standard(scheme));
        var body = document.MainDocumentPart!.Document!.Body!;

        var section = Assert.Single(body.Elements<W.SectionProperties>());
        var size = section.GetFirstChild<W.PageSize>()!;
        Assert.Equal(((uint)16838, (uint)11906, W.PageOrientationValues.Landscape), (size.Width!.Value, size.Height!.Value, size.Orient!.Value));
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.All(new[] { margin.Top!.Value, margin.Bottom!.Value }, value => Assert.InRange(value, 500, 1500));
        Assert.All(new[] { margin.Left!.Value, margin.Right!.Value }, value => Assert.InRange(value, 500u, 1500u));

        var page = StandardPageBuilder.Build(scheme);
        var tables = body.Elements<W.Table>().ToList();
        Assert.Equal(1 + (page.Grades.Count > 0 ? 1 : 0) + (page.DataItems.Count > 0 ? 1 : 0) + (page.Fields.Count > 0 ? 1 : 0), tables.Count);
        foreach (var table in tables)
        {
            var borders = table.GetFirstChild<W.TableProperties>()!.GetFirstChild<W.TableBorders>()!;
            Assert.Equal(6, borders.ChildElements.Count);
            Assert.All(borders.ChildElements, border => Assert.Equal(W.BorderValues.Single, ((W.BorderType)border).Val!.Value));
            var rows = table.Elements<W.TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>());
            Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties!.GetFirstChild<W.TableHeader>()));
            Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<W.CantSplit>()));
        }

        Assert.Equal(page.Grades.Select(grade => grade.Name), page.Grades.Count > 0 ? WordGrid.Of(tables[1]).Rows.Skip(1).Select(row => row[0].Text) : []);
        var fields = page.Fields.Count > 0 ? 1 : 0;
        Assert.Equal(page.DataItems.Select(item => item.Name), page.DataItems.Count > 0 ? WordGrid.Of(tables[^(1 + fields)]).Rows.Skip(1).Select(row => row[0].Text) : []);
        Assert.Equal(page.Fields.Select(field => field.Key), fields > 0 ? WordGrid.Of(tables[^1]).Rows.Skip(1).Select(row => row[0].Text) : []);

        // Every heading is kept with what follows it, so none is left at the foot of a page.
        var headings = body.Elements<W.Paragraph>().Where(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").ToList();
        Assert.Contains(headings, heading => heading.InnerText == "评分标准");
        Assert.All(headings, heading => Assert.NotNull(heading.ParagraphProperties!.KeepNext));
    }

    [Fact]
    public void A_self_evaluation_scheme_carries_its_fill_in_instructions_as_a_numbered_list_after_the_table()
    {
        var scheme = Scheme("005-zhuji-working-funds-self-evaluation.scheme");
        using var document = Open(WordRenderer.Standard(scheme));
        var body = document.MainDocumentPart!.Document!.Body!;
        var elements = body.ChildElements.ToList();

        var heading = elements.FindIndex(element => element is W.Paragraph paragraph && paragraph.InnerText == "填表说明");
        Assert.True(heading > elements.FindIndex(element => element is W.Table), "填表说明在评分标准表之后");
        var items = elements.Skip(heading + 1).OfType<W.Paragraph>().TakeWhile(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "NumberedItem").ToList();
        var texts = items.Select(paragraph => paragraph.InnerText).ToList();
        Assert.Equal(SelfEvaluationWording.Instructions(scheme), texts);
        Assert.Contains(texts, text => text.StartsWith("正向指标（年度指标值写「≥」）", StringComparison.Ordinal) && text.Contains("分值 × 实际完成值 ÷ 指标值", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("反向指标（年度指标值写「≤」）", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("定性指标", StringComparison.Ordinal) && text.Contains("(80%, 100%]", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("预算执行率：得分 = 分值 × 执行率", StringComparison.Ordinal));

        // The list is numbered (1. 2. …), not bulleted as 否决 and 约束 are.
        var numbering = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        var style = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(style => style.StyleId == "NumberedItem");
        var instance = numbering.Elements<W.NumberingInstance>().Single(instance => instance.NumberID!.Value == style.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        var level = numbering.Elements<W.AbstractNum>().Single(list => list.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value).GetFirstChild<W.Level>()!;
        Assert.Equal((W.NumberFormatValues.Decimal, "%1."), (level.NumberingFormat!.Val!.Value, level.LevelText!.Val!.Value));
    }

    [Fact]
    public void A_scheme_that_is_no_self_evaluation_has_no_fill_in_instructions()
    {
        using var document = Open(WordRenderer.Standard(Scheme("004-huaning-employee-insurance.scheme")));

        Assert.DoesNotContain(document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>(), paragraph => paragraph.InnerText == "填表说明");
    }

    [Fact]
    public void Chinese_and_latin_text_have_their_fonts_named()
    {
        using var document = Open(WordRenderer.Standard(Scheme("004-huaning-employee-insurance.scheme")));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        var fonts = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal(("宋体", "Times New Roman", "Times New Roman"), (fonts.EastAsia!.Value, fonts.Ascii!.Value, fonts.HighAnsi!.Value));
        var heading = styles.Elements<W.Style>().Single(style => style.StyleId == "Heading2");
        Assert.Equal("黑体", heading.StyleRunProperties!.RunFonts!.EastAsia!.Value);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_same_scheme_gives_the_same_bytes_and_no_time_of_writing(string file)
    {
        var first = WordRenderer.Standard(Scheme(file));

        Assert.Equal(first, WordRenderer.Standard(Scheme(file)));
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void Scheme_text_is_plain_text_never_a_field_or_markup()
    {
        var compilation = Schemes.Compile(HostileScheme);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var bytes = WordRenderer.Standard(compilation.Scheme!);
        using var document = Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var texts = body.Descendants<W.Text>().Select(text => text.Text).ToList();

        Assert.Empty(body.Descendants<W.FieldChar>());
        Assert.Empty(body.Descendants<W.FieldCode>());
        Assert.Empty(body.Descendants<W.SimpleField>());
        Assert.Empty(body.Descendants<W.Hyperlink>());
        Assert.Empty(document.MainDocumentPart.HyperlinkRelationships);
        Assert.Contains("<script>alert(1)</script>", texts);
        Assert.Contains("决策<U+202E>（40分）", texts);
        Assert.Contains("=HYPERLINK(\"http://x\",\"y\")", texts);
        Assert.Contains("=cmd|' /C calc'!A0：总分扣3分", texts);
        Assert.DoesNotContain(texts, text => text.Contains('\u202E', StringComparison.Ordinal));
    }

    [Fact]
    public void The_doc_command_writes_the_word_document_and_refuses_other_formats()
    {
        var scheme = WriteFile("s.scheme", HostileScheme);
        var target = Path.Combine(Directory, "标准.docx");

        var (exit, output, _) = Run("doc", scheme, "--format", "docx", "--out", target);

        Assert.Equal(0, exit);
        Assert.Contains("标准.docx", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", output, StringComparison.Ordinal);
        Assert.Equal(WordRenderer.Standard(Schemes.Compile(HostileScheme).Scheme!), File.ReadAllBytes(target));
        Assert.Equal(2, Run("doc", scheme, "--format", "pdf", "--out", target).Exit);
    }

    [Fact]
    public void The_score_report_gives_each_record_its_page_its_scores_and_its_errors()
    {
        var scored = ScoreReportTests.Scored("004-huaning-employee-insurance.scheme").ToList();
        var scheme = scored[0].Scheme;
        var failed = new SchemeLang.Evaluation.Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme")))
            .Evaluate(new DataRecord("空记录", new Dictionary<string, string>()));
        Assert.False(failed.Succeeded);
        var records = scored.Select(pair => pair.Result).Append(failed).ToList();

        using var document = Open(WordReport.Render(scheme, records));
        var body = document.MainDocumentPart!.Document!.Body!;

        var headings = body.Elements<W.Paragraph>().Where(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").ToList();
        Assert.Equal(records.Select(record => $"记录 {record.Id}"), headings.Select(heading => heading.InnerText));
        Assert.All(headings.Skip(1), heading => Assert.NotNull(heading.ParagraphProperties!.PageBreakBefore));
        var tables = body.Elements<W.Table>().ToList();
        Assert.Equal(scored.Count, tables.Count);
        var leafKeys = scheme.AllIndicators.Where(indicator => indicator.IsLeaf || indicator.IsEmptyGroup).Select(indicator => indicator.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < scored.Count; i++)
        {
            var grid = WordGrid.Of(tables[i]);
            var leaves = scored[i].Result.Indicators.Where(indicator => leafKeys.Contains(indicator.Key)).ToList();
            Assert.Equal(leaves.Select(leaf => NumberText.Plain(leaf.Score)), grid.LeafRows().Select(row => grid.TextUnder(row, "得分")));
            Assert.Equal(leaves.Select(leaf => VisibleText.Of(leaf.Explanation)), grid.LeafRows().Select(row => grid.TextUnder(row, "评分说明")));
        }

        var texts = body.Descendants<W.Paragraph>().Select(paragraph => paragraph.InnerText).ToList();
        Assert.Contains("未能计分：", texts);
        Assert.All(failed.Errors, error => Assert.Contains(VisibleText.Of(error.ToString()), texts));
    }

    [Fact]
    public void Score_writes_the_word_report_of_its_records_in_file_order()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var data = WriteFile("d.csv", "id,A,满意度\n甲,是,95%\n乙,否,85%\n丙,是,120%\n");
        var target = Path.Combine(Directory, "评分报告.docx");

        var (exit, output, error) = Run("score", scheme, "--data", data, "--format", "docx", "--out", target);

        Assert.Equal(1, exit);
        Assert.Contains("评分报告.docx", output, StringComparison.Ordinal);
        Assert.Contains("SL5004", error, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(target, isEditable: false);
        var texts = document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(paragraph => paragraph.InnerText).ToList();
        var json = Summaries(Run("score", scheme, "--data", data).Output);
        Assert.Equal(["记录 甲", "记录 乙", "记录 丙"], texts.Where(text => text.StartsWith("记录 ", StringComparison.Ordinal)));
        Assert.Equal(["甲: 10 优", "乙: 3 差", "丙: SL5004"], json);
        Assert.Contains("得分：10分　得分率：100%　等级：优", texts);
        Assert.Contains("得分：3分　得分率：30%　等级：差", texts);
        Assert.Contains("未能计分：", texts);
    }

    [Fact]
    public void A_word_report_past_its_limit_lists_the_first_records_and_counts_the_rest_in_the_document_and_on_standard_error()
    {
        var scheme = WriteFile("s.scheme", ValidScheme);
        var rows = Enumerable.Range(1, SchemeLang.Cli.Output.WordReportWriter.MaxRecords + 3).Select(i => $"r{i},是,95%");
        var data = WriteFile("d.csv", "id,A,满意度\n" + string.Join("\n", rows) + "\n");
        var target = Path.Combine(Directory, "大批.docx");

        var (exit, _, error) = Run("score", scheme, "--data", data, "--format", "docx", "--out", target);

        Assert.Equal(0, exit);
        Assert.Contains($"只列入前 {SchemeLang.Cli.Output.WordReportWriter.MaxRecords} 条记录，其余 3 条未列入", error, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(target, isEditable: false);
        var texts = document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(paragraph => paragraph.InnerText).ToList();
        Assert.Equal(SchemeLang.Cli.Output.WordReportWriter.MaxRecords, texts.Count(text => text.StartsWith("记录 ", StringComparison.Ordinal)));
        Assert.Contains("另有 3 条记录未列入本报告（全部结果见结果工作簿或网页报告）。", texts);
        Assert.DoesNotContain($"记录 r{SchemeLang.Cli.Output.WordReportWriter.MaxRecords + 1}", texts);
    }

    internal static BoundScheme Scheme(string file) => SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file)).Scheme!;

    internal static string Label(Indicator indicator) => VisibleText.Of(indicator.Code is { } code ? $"{code} {indicator.Name}" : indicator.Name);

    internal static int LeafCount(Indicator indicator) => indicator.IsLeaf || indicator.IsEmptyGroup ? 1 : indicator.Children.Sum(LeafCount);

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
}
