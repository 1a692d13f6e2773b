namespace SchemeLang.Runtime;

/// <summary>
/// The one encoder for a text cell that a spreadsheet will open (CSV today, workbooks later). Excel and WPS read a
/// cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> as a formula (and a tab or carriage return before
/// one as nothing), so a record id <c>=HYPERLINK(…)</c> or a veto <c>=cmd|' /C calc'!A0</c> would run. Following
/// OWASP's CSV-injection rule such a cell gets a leading apostrophe, which the spreadsheet shows as text; hidden
/// characters are shown as <see cref="VisibleText"/> does. Numbers are not text: they are written as numbers and never
/// pass through here.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The prefix that makes a spreadsheet read the cell as text.</summary>
    public const char TextPrefix = '\'';

    /// <summary><paramref name="text"/> as a text cell that no spreadsheet reads as a formula.</summary>
    public static string Cell(string text)
    {
        var visible = VisibleText.Of(text);
        return StartsLikeFormula(visible) ? TextPrefix + visible : visible;
    }

    /// <summary>Whether a spreadsheet could read <paramref name="text"/> as a formula.</summary>
    public static bool StartsLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
