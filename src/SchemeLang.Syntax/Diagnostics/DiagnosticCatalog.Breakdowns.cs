using SchemeLang.Runtime;

namespace SchemeLang.Diagnostics;

/// <summary>
/// A leaf's 「其中」 lines (issue 21, class 7): parts whose share was left to a guess, and rows of the leaf's own figure
/// (「其中 玉米种植面积 8亩」) that have no figure of their kind to add up to.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDefinition PartShareImplicitDefinition = new("SL2044", Severity.Warning, "部分没有写份额");
    public static readonly DiagnosticDefinition BreakdownWithoutFigureDefinition = new("SL2045", Severity.Error, "「其中」各项没有可相加的合计");
    public static readonly DiagnosticDefinition BreakdownUnitDefinition = new("SL2046", Severity.Error, "「其中」各项与合计的单位不同");

    /// <summary>
    /// A part that writes no share where no part does: read as an equal share (<paramref name="points"/> of
    /// <paramref name="weight"/> over <paramref name="count"/> parts). <paramref name="eachLine"/> is the line that says so.
    /// </summary>
    public static SchemeDiagnostic PartShareImplicit(SourceLocation location, string indicator, string part, decimal points, int count, decimal weight, string eachLine) =>
        new(PartShareImplicitDefinition, location,
            $"「{indicator}」的部分「{part}」没有写份额：现按 {count} 个部分平均分配 {NumberText.Points(weight)}，读作 {NumberText.Points(points)}",
            $"确是平分，就在各部分上面写一行「{eachLine}」；否则在这一行写出份额，如：其中 {part} {NumberText.Points(points)}（或「占N%」）");

    /// <summary>Rows of a leaf's figure under a leaf whose rule reads no figure they could add up to (a 是否, 等次, 酌情 …).</summary>
    public static SchemeDiagnostic BreakdownWithoutFigure(SourceLocation location, string indicator) =>
        new(BreakdownWithoutFigureDefinition, location,
            $"「{indicator}」下的「其中」行写了数值而没有分值，是指标自身数值的分项，但该指标的评分规则没有读取一个可以相加的数值（合计）",
            "分项之和要等于指标按其计分的数值：规则写成对实际完成值的达标或区间规则（如「≥ 12亩 得满分，否则不得分」）或对一个数据项的规则；若这一行是计分的部分，写出它的分值或占比（其中 名称 2分）和它自己的评分规则");

    /// <summary>A row of a leaf's figure in another unit than the figure (亩 under 万元), or than the row before it.</summary>
    public static SchemeDiagnostic BreakdownUnit(SourceLocation location, string row, string rowUnit, string total, string totalUnit) =>
        new(BreakdownUnitDefinition, location,
            $"「其中」行「{row}」的数值是{rowUnit}，而它要加总成的「{total}」是{totalUnit}，两者不能相加",
            $"「其中」各行写成与「{total}」相同的单位；若这一行是计分的部分，写出它的分值或占比（其中 {row} 2分）和它自己的评分规则");
}
