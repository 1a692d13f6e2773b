using System.Globalization;
using System.Security;

namespace SchemeLang.Cli.Output.Workbook;

/// <summary>
/// The results workbook's cell styles (indexes into <c>cellXfs</c>): a bold wrapped header, text, the same two with
/// Excel's quotePrefix for a text that starts like a formula, scores with the scheme's 小数位, ratios as percentages
/// (0.00%), counts as whole numbers. The fonts are 等线, as in the template.
/// </summary>
internal static class ResultStyles
{
    public const int Default = 0;
    public const int Header = 1;
    public const int QuotedHeader = 2;
    public const int QuotedText = 3;
    public const int Score = 4;
    public const int Percent = 5;
    public const int Whole = 6;

    /// <summary>The style that shows a text cell in <paramref name="style"/> as text even when it starts like a formula.</summary>
    public static int Quoted(int style) => style == Header ? QuotedHeader : QuotedText;

    /// <summary>The number format of a score with <paramref name="decimals"/> places: 「0.00」 for 2, 「0」 for none.</summary>
    public static string ScoreFormat(int decimals) => decimals <= 0 ? "0" : "0." + new string('0', decimals);

    /// <summary>The styles part, <c>xl/styles.xml</c>.</summary>
    public static string Part(int decimals) => string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="{SecurityElement.Escape(ScoreFormat(decimals))}"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1" quotePrefix="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """);
}
