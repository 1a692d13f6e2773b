using System.Text.RegularExpressions;
using SchemeLang.Parsing.Generated;

namespace SchemeLang.Parsing;

/// <summary>The grammar's keywords by token type. The generated vocabulary writes them as '\u533A\u95F4'.</summary>
internal static class Keywords
{
    private static readonly string?[] Texts = [.. Enumerable.Range(0, SchemeParser.DEDENT + 1).Select(Unescape)];

    /// <summary>The keyword a token type stands for (区间), or null for a token type that is not a keyword.</summary>
    public static string? Text(int type) => type >= 0 && type < Texts.Length ? Texts[type] : null;

    public static HashSet<int> Types(params string[] keywords) =>
        [.. Enumerable.Range(0, Texts.Length).Where(type => Texts[type] is { } text && keywords.Contains(text))];

    private static string? Unescape(int type) =>
        SchemeParser.DefaultVocabulary.GetLiteralName(type) is { } literal ? Regex.Unescape(literal.Trim('\'')) : null;
}
