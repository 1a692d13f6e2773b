namespace SchemeLang.Parsing.Generated;

// The generated half of this class is marked [CLSCompliant(false)], which the compiler reports on the first part it meets.
#pragma warning disable CS3021

/// <summary>The grammar's one semantic predicate: whether a line without a weight heads a group.</summary>
public partial class SchemeParser
{
    /// <summary>
    /// A line that reads as an indicator name to its end may be 「A1 项目决策」, a group whose weight is its children's
    /// sum; whether children follow is the tree assembler's to find (it reports the line when none do). A line opening
    /// with a keyword standing apart (总分 二十, 区间) is a header or rule the author got wrong, never a group: it stays
    /// the syntax error its first word explains.
    /// </summary>
    private bool IsGroupHeading()
    {
        var first = TokenStream.LT(1);
        var second = TokenStream.LT(2);
        return Keywords.Text(first.Type) is null || (second.Type is not (NEWLINE or Eof) && second.StartIndex == first.StopIndex + 1);
    }
}
