using Antlr4.Runtime.Misc;

namespace SchemeLang.Parsing.Generated;

/// <summary>The lexer's one predicate, kept out of the grammar so that the grammar holds no C#.</summary>
public partial class SchemeLexer
{
    /// <summary>
    /// Whether the '#' or '//' just read starts a comment: only at the start of a line or after white space, so that
    /// a URL ("http://x.gov.cn/a#b") or "第#3项" in a name or rule text stays text. Reads the character before the
    /// token's start, which does not move however far ANTLR has looked ahead when it asks.
    /// </summary>
    private bool StartsComment()
    {
        var start = TokenStartCharIndex;
        if (start == 0)
        {
            return true;
        }

        var before = ((Antlr4.Runtime.ICharStream)InputStream).GetText(Interval.Of(start - 1, start - 1));
        return before is " " or "\t" or "\u3000" or "\u00A0" or "\uFEFF" or "\r" or "\n";
    }
}
