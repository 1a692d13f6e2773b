using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// The .docx package around a body: the styles (宋体 for Chinese and Times New Roman for Latin text, 黑体 headings),
/// a bullet list, and one A4 landscape section with 12 mm margins as the page's <c>@page</c>. Written so the same body
/// gives the same bytes: every relationship has a fixed id (the SDK would draw random ones), no document properties
/// carry a time, and the zip is written again with every entry's time fixed.
/// </summary>
internal static class WordPackage
{
    public const string Title = "Title";

    public const string Meta = "Meta";

    public const string Heading = "Heading2";

    public const string ListItem = "ListItem";

    /// <summary>A numbered list's item (1. 2. …): the 填表说明, as the HTML page's ordered list.</summary>
    public const string NumberedItem = "NumberedItem";

    /// <summary>A4 landscape in twips (1/20 pt): 297 mm × 210 mm.</summary>
    private const int PageWidth = 16838;

    private const int PageHeight = 11906;

    /// <summary>12 mm, as the HTML page's <c>@page</c> margin.</summary>
    private const int Margin = 680;

    /// <summary>The width between the margins, which the wide tables fill.</summary>
    public const int TextWidth = PageWidth - (2 * Margin);

    private const int BulletList = 1;

    private const int NumberedList = 2;

    public static byte[] Write(IEnumerable<OpenXmlElement> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>("rId2").Numbering = Numbering();
            main.AddNewPart<DocumentSettingsPart>("rId3").Settings = new W.Settings(
                new W.Compatibility(new W.CompatibilitySetting { Name = W.CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
            var body = new W.Body(content);
            body.Append(Section());
            main.Document = new W.Document(body);
        }

        return DeterministicPackage.Normalize(stream.ToArray());
    }

    /// <summary>A4 landscape: the width is the long side and the orientation says so, for Word and for LibreOffice.</summary>
    private static W.SectionProperties Section() => new(
        new W.PageSize { Width = PageWidth, Height = PageHeight, Orient = W.PageOrientationValues.Landscape },
        new W.PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 425, Footer = 425, Gutter = 0 });

    private static W.Styles Styles()
    {
        var defaults = new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                Fonts("宋体"),
                new W.FontSize { Val = "21" },
                new W.FontSizeComplexScript { Val = "21" },
                new W.Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "0", Line = "300", LineRule = W.LineSpacingRuleValues.Auto })));
        return new W.Styles(
            defaults,
            Style("Normal", "Normal", null, null, null, isDefault: true),
            Style(Title, "Title", new W.StyleParagraphProperties(
                new W.KeepNext(), new W.SpacingBetweenLines { After = "60" }, new W.Justification { Val = W.JustificationValues.Center }), Fonts("黑体"), "36"),
            Style(Meta, "Meta", new W.StyleParagraphProperties(
                new W.SpacingBetweenLines { After = "200" }, new W.Justification { Val = W.JustificationValues.Center }), null, null),
            Style(Heading, "heading 2", new W.StyleParagraphProperties(
                new W.KeepNext(), new W.KeepLines(), new W.SpacingBetweenLines { Before = "320", After = "120" }, new W.OutlineLevel { Val = 1 }), Fonts("黑体"), "28"),
            Style(ListItem, "List Bullet", new W.StyleParagraphProperties(
                new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = BulletList }),
                new W.SpacingBetweenLines { After = "60" }), null, null),
            Style(NumberedItem, "List Number", new W.StyleParagraphProperties(
                new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = NumberedList }),
                new W.SpacingBetweenLines { After = "60" }), null, null),
            Style("TableText", "Table Text", new W.StyleParagraphProperties(new W.SpacingBetweenLines { Line = "260", LineRule = W.LineSpacingRuleValues.Auto }), null, null));
    }

    private static W.Style Style(string id, string name, W.StyleParagraphProperties? paragraph, W.RunFonts? fonts, string? size, bool isDefault = false)
    {
        var style = new W.Style(new W.StyleName { Val = name }) { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new W.BasedOn { Val = "Normal" }, new W.PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (fonts is not null || size is not null)
        {
            var run = new W.StyleRunProperties();
            if (fonts is not null)
            {
                run.Append(fonts);
            }

            if (size is not null)
            {
                run.Append(new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size });
            }

            style.Append(run);
        }

        return style;
    }

    /// <summary>Chinese text in <paramref name="eastAsia"/>, Latin letters and digits in Times New Roman.</summary>
    private static W.RunFonts Fonts(string eastAsia) =>
        new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = eastAsia };

    /// <summary>The bulleted list (否决, 约束) and the numbered one (填表说明); every definition before the instances, as the schema orders them.</summary>
    private static W.Numbering Numbering() => new(
        List(0, W.NumberFormatValues.Bullet, "•"),
        List(1, W.NumberFormatValues.Decimal, "%1."),
        new W.NumberingInstance(new W.AbstractNumId { Val = 0 }) { NumberID = BulletList },
        new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = NumberedList });

    private static W.AbstractNum List(int id, W.NumberFormatValues format, string text) => new(
        new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
        new W.Level(
            new W.StartNumberingValue { Val = 1 },
            new W.NumberingFormat { Val = format },
            new W.LevelText { Val = text },
            new W.LevelJustification { Val = W.LevelJustificationValues.Left },
            new W.PreviousParagraphProperties(new W.Indentation { Left = "420", Hanging = "420" }))
        { LevelIndex = 0 })
    { AbstractNumberId = id };
}
