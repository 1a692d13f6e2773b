using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace SchemeLang.Parsing;

/// <summary>
/// The lexer reads code points, so that a Han character beyond the BMP (𠀋, 𡈽, 𪚥) is one character to the grammar;
/// <see cref="Text.SourceFile"/>, every span and every column count UTF-16 code units. This factory converts a
/// token's position once, when the token is made, so nothing downstream sees a code point index.
/// </summary>
internal sealed class Utf16TokenFactory : ITokenFactory
{
    /// <summary>UTF-16 offset of each code point index (one past the last too); null when the two agree.</summary>
    private readonly int[]? _offsets;

    public Utf16TokenFactory(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        _offsets = [.. offsets];
    }

    public IToken Create(Tuple<ITokenSource, ICharStream> source, int type, string text, int channel, int start, int stop, int line, int charPositionInLine)
    {
        // The text is read now, by code point index: a CommonToken would otherwise read it later with the UTF-16 offsets.
        text ??= type == TokenConstants.EOF ? "<EOF>" : source.Item2.GetText(Interval.Of(start, stop));
        return new CommonToken(source, type, channel, Offset(start), Offset(stop + 1) - 1)
        {
            Line = line,
            Column = charPositionInLine,
            Text = text,
        };
    }

    public IToken Create(int type, string text) => new CommonToken(type, text);

    private int Offset(int codePointIndex) =>
        _offsets is null ? codePointIndex : _offsets[Math.Clamp(codePointIndex, 0, _offsets.Length - 1)];
}
