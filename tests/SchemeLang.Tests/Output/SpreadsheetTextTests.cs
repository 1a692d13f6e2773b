using SchemeLang.Runtime;

namespace SchemeLang.Tests.Output;

/// <summary>OWASP's CSV-injection rule: a text cell a spreadsheet would read as a formula gets a leading apostrophe.</summary>
public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("\u202E=1+1", "<U+202E>=1+1")]
    public void A_cell_that_starts_like_a_formula_is_text(string text, string cell) => Assert.Equal(cell, SpreadsheetText.Cell(text));

    [Theory]
    [InlineData("r1")]
    [InlineData("优秀")]
    [InlineData("1+1")]
    [InlineData("a=1")]
    [InlineData("")]
    public void Any_other_text_is_left_as_it_is(string text) => Assert.Equal(text, SpreadsheetText.Cell(text));
}
