using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using SchemeLang.Runtime;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemeLang.Docs.Rendering;

/// <summary>How a run of the Word document looks: the page's code grey, subtotal bold, fallback grey.</summary>
internal enum RunLook
{
    Plain,
    Bold,
    Grey,
}

/// <summary>
/// Text into the Word document. Every string — scheme text or the page's own words — goes in only as text runs
/// (<c>w:t</c> with <c>xml:space="preserve"</c>), never as a field code, hyperlink or anything else Word acts on;
/// hidden characters are shown as their code points first (<see cref="VisibleText"/>), and so is a character XML
/// cannot hold (U+FFFE, U+FFFF), so the same text reads the same on the page and in Word.
/// </summary>
internal static class WordText
{
    /// <summary>A paragraph in the named style holding <paramref name="runs"/>.</summary>
    public static W.Paragraph Paragraph(string? style, IEnumerable<W.Run> runs, bool keepNext = false, W.JustificationValues? justification = null)
    {
        var properties = new W.ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new W.ParagraphStyleId { Val = style });
        }

        if (keepNext)
        {
            properties.Append(new W.KeepNext());
        }

        if (justification is { } value)
        {
            properties.Append(new W.Justification { Val = value });
        }

        var paragraph = new W.Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>
    /// <paramref name="text"/> as runs: a line feed becomes a line break and a tab a tab inside the run, so no
    /// character reaches the file that Word would read as anything but text.
    /// </summary>
    public static IEnumerable<W.Run> Runs(string text, RunLook look = RunLook.Plain)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        var run = new W.Run();
        if (Properties(look) is { } properties)
        {
            run.Append(properties);
        }

        var lines = Safe(text).ReplaceLineEndings("\n").Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            if (line > 0)
            {
                run.Append(new W.Break());
            }

            var pieces = lines[line].Split('\t');
            for (var piece = 0; piece < pieces.Length; piece++)
            {
                if (piece > 0)
                {
                    run.Append(new W.TabChar());
                }

                if (pieces[piece].Length > 0)
                {
                    run.Append(new W.Text(pieces[piece]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        yield return run;
    }

    /// <summary>A line break inside a paragraph, as the page's <c>&lt;br&gt;</c> or a block <c>span</c>.</summary>
    public static W.Run LineBreak() => new(new W.Break());

    private static W.RunProperties? Properties(RunLook look) => look switch
    {
        RunLook.Plain => null,
        RunLook.Bold => new W.RunProperties(new W.Bold()),
        RunLook.Grey => new W.RunProperties(new W.Color { Val = "555555" }),
        _ => throw new System.Diagnostics.UnreachableException($"run look {look}"),
    };

    /// <summary>The visible text with any character XML 1.0 cannot carry shown as its code point too.</summary>
    private static string Safe(string text)
    {
        var visible = VisibleText.Of(text);
        if (!visible.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)))
        {
            return visible;
        }

        var builder = new StringBuilder(visible.Length + 16);
        foreach (var c in visible)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            }
        }

        return builder.ToString();
    }
}
