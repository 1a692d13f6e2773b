namespace SchemeLang.Cli.Output;

/// <summary>Terminal column widths: Chinese characters and full-width punctuation take two columns, so a caret lines up.</summary>
internal static class DisplayWidth
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c == '\t' ? 4 : IsWide(c) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') or (>= '\u2460' and <= '\u24FF');
}
