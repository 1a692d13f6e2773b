using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Diagnostics;

/// <summary>
/// Wordings that could be read two ways (issue 21): each warning says how it was read, the other reading, and the
/// explicit form that settles it, as SL3112 does for step rounding.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDefinition UnknownMeasureWordDefinition = new("SL1020", Severity.Error, "「每」后面的量词不在量词表中");
    public static readonly DiagnosticDefinition RuleShapedNameDefinition = new("SL3120", Severity.Warning, "名称读起来像评分规则");
    public static readonly DiagnosticDefinition DeductionLevelAboveDefinition = new("SL3121", Severity.Warning, "扣分的等次比前面的等次得分还多");

    public static SchemeDiagnostic UnknownMeasureWord(SourceLocation location, string phrase) =>
        new(UnknownMeasureWordDefinition, location,
            $"「每{phrase}」：「{phrase}」不是可读的「动词 + 一 + 量词」，不猜它的意思",
            $"量词只认：{MeasureWords.WordList}；量词前可写动词：{MeasureWords.VerbList}；如「每起扣5分」「每发现一处扣1分」「每推迟一年扣1分」");

    /// <param name="kind">指标, 等次 or 部分.</param>
    /// <param name="shape">The rule-shaped words found: 「得3分」, 「酌情」, 「是否」 …</param>
    public static SchemeDiagnostic RuleShapedName(SourceLocation location, string kind, string name, string shape, string ruleReading) =>
        new(RuleShapedNameDefinition, location,
            $"{kind}名称「{name}」含有「{shape}」，读作名称的一部分；它也可能是评分标准：{ruleReading}",
            $"确是名称：用引号写成「“{name}”」，不再提示；是评分标准：把它写成评分规则（如「是否 … 得N分，否则不得分」「等次 … 得N分；…」），名称只留指标本身");

    public static SchemeDiagnostic DeductionLevelAbove(SourceLocation location, string level, string wording, decimal points, string earlier, decimal earlierPoints) =>
        new(DeductionLevelAboveDefinition, location,
            $"「{level}{wording}」读作一个等次，得 {NumberText.Points(points)}，比它前面的「{earlier}」（{NumberText.Points(earlierPoints)}）还多；它也可能是在所评等次的得分上再扣",
            $"是在所评等次上再扣：写成条件句「{level}的，{wording}」；确是一个等次：写出它的得分「{level} 得{NumberText.Points(points)}」");
}
