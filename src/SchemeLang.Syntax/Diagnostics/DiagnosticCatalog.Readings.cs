namespace SchemeLang.Diagnostics;

/// <summary>
/// Wordings that would otherwise be read with another meaning than the author's (issue 21, classes 4, 6 and 8): a
/// percentage multiplied by 100, a score formula in other words, a data item that takes a leaf's key.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDefinition PercentTimesHundredDefinition = new("SL2041", Severity.Error, "百分比的公式又乘了 100");
    public static readonly DiagnosticDefinition DataItemTakesLeafKeyDefinition = new("SL2042", Severity.Error, "数据项与末级指标的键同名");
    public static readonly DiagnosticDefinition ScoreFormulaWordDefinition = new("SL2043", Severity.Error, "得分公式的写法无法识别");

    /// <summary>
    /// 「改造完成率：百分比 = 已改造户数 ÷ 计划户数 × 100」: a percentage is already a ratio (50% is 0.5), so ×100 scores 5000%.
    /// <paramref name="withoutHundred"/> is the line without it; <paramref name="asNumber"/> the line that keeps it as a plain number.
    /// </summary>
    public static SchemeDiagnostic PercentTimesHundred(SourceLocation location, string subject, string withoutHundred, string? asNumber) =>
        new(PercentTimesHundredDefinition, location,
            $"「{subject}」是百分比，公式末尾的「×100」会把 50% 算成 5000%（百分比本身就是比率，「×100%」才表示按百分数）",
            asNumber is null ? $"这一行应写成：{withoutHundred}" : $"这一行应写成：{withoutHundred}；若要得到百分数的数字（50 而不是 50%），写成：{asNumber}");

    /// <summary>A data item named like a leaf's key: a record's value for it would be read as that leaf's 酌情 score too.</summary>
    public static SchemeDiagnostic DataItemTakesLeafKey(SourceLocation location, string item, string leaf) =>
        new(DataItemTakesLeafKeyDefinition, location,
            $"数据项「{item}」与末级指标「{leaf}」的键同名：评价数据中的「{item}」一列会同时被读作该指标的得分或实际完成值",
            $"给数据项换个名称（如「{item}数」「{item}值」），或给指标写上编码（如「A1 {leaf}」），键就不再相同");

    /// <summary>「得分=…×…」 whose first or last word is not a score and a weight.</summary>
    public static SchemeDiagnostic ScoreFormulaWord(SourceLocation location, string found, string ratio) =>
        new(ScoreFormulaWordDefinition, location,
            $"得分公式中的「{found}」不是「得分」或「该项指标分值」",
            $"这一行应写成：得分 = {ratio} × 该项指标分值，或：按比例 {ratio}");

    /// <summary>A test key that names an indicator by its name or old code where its key is an outline key (一（一）1).</summary>
    public static SchemeDiagnostic UnknownTestKey(SourceLocation location, string key, string indicator, string outlineKey) =>
        new(UnknownTestKeyDefinition, location, $"「{key}」不是键：指标「{indicator}」的键是「{outlineKey.Split('.')[0]}」",
            $"写「{outlineKey}」（用中文序号「一、」「（一）」「1.」时，键是从一级起各级序号连起来）");
}
