namespace SchemeLang.Text;

/// <summary>A scheme file's text with its path and a line index, so spans can be shown as file:line:column.</summary>
public sealed class SourceFile
{
    private readonly int[] _lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Zero-based line and column of a character offset.</summary>
    public SourcePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line, offset - _lineStarts[line]);
    }

    public int GetLineStart(int line) => _lineStarts[line];

    public SourceSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return SourceSpan.FromBounds(start, end);
    }

    public string GetLineText(int line) => Slice(GetLineSpan(line));

    public string Slice(SourceSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    /// <summary>Display width of the indentation of the line holding <paramref name="offset"/>: a tab counts 4, a full-width space 2.</summary>
    public int GetIndentWidth(int offset)
    {
        var start = _lineStarts[GetPosition(offset).Line];
        var width = 0;
        for (var i = start; i < offset && i < Text.Length; i++)
        {
            width += Text[i] switch
            {
                '\t' => 4,
                '\u3000' => 2,
                _ => 1,
            };
        }

        return width;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}

/// <summary>Zero-based line and column (in UTF-16 code units).</summary>
public readonly record struct SourcePosition(int Line, int Column);
