namespace SchemeLang.Diagnostics;

/// <summary>评分办法 自评表 (issue 21, item 3): a 年度指标值 scored by the 自评表's 填表说明, and the header that says so.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDefinition SelfEvaluationWithoutHeaderDefinition = new("SL2050", Severity.Error, "年度指标值需要「评分办法 自评表」");
    public static readonly DiagnosticDefinition SelfEvaluationTiersInvalidDefinition = new("SL2051", Severity.Error, "自评表定性指标的档次界限不成立");

    /// <summary>「年度指标值 ≥ 40个」 in a scheme that has not said it scores by the 自评表's 填表说明.</summary>
    public static SchemeDiagnostic SelfEvaluationWithoutHeader(SourceLocation location, string line) =>
        new(SelfEvaluationWithoutHeaderDefinition, location,
            $"「{line}」只写了指标值，没有写怎样计分；方案没有声明按自评表的填表说明计分",
            "在方案开头写「评分办法 自评表」（定性指标的档次不是 80%/50% 时写「评分办法 自评表（定性 80/60）」），或在这一行写出完整的评分规则，如「≥ 40个 得满分，否则不得分」");

    /// <summary>「评分办法 自评表（定性 50/80）」: the tiers' edges must be 0 &lt; 部分达成 &lt; 达成 &lt; 100.</summary>
    public static SchemeDiagnostic SelfEvaluationTiersInvalid(SourceLocation location, string upper, string lower) =>
        new(SelfEvaluationTiersInvalidDefinition, location,
            $"「定性 {upper}/{lower}」不是三个档次：达成的下限 {upper}% 应大于部分达成的下限 {lower}%，且都在 0 与 100 之间",
            "写成「定性 80/50」或「定性 80/60」：达成为分值的 (80%, 100%]，部分达成为 (50%, 80%] 或 (60%, 80%]，未达成为其下");
}
