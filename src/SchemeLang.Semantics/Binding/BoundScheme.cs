using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>
/// The checked meaning of a scheme: names resolved, units known, weights in points. The single source of truth
/// for the interpreter (and later the emitter and the docs); it never needs the syntax tree.
/// </summary>
public sealed record BoundScheme(
    SourceFile Source,
    string Title,
    int? Year,
    decimal Total,
    Site TotalSpan,
    WeightStyle WeightStyle,
    MissingDataPolicy MissingPolicy,
    int Decimals,
    PercentReading PercentReading,
    EquatableArray<DataItem> DataItems,
    EquatableArray<Indicator> Indicators,
    EquatableArray<Grade> Grades,
    EquatableArray<Veto> Vetoes,
    EquatableArray<StructuralConstraint> Constraints,
    EquatableArray<SchemeTest> Tests,
    EquatableArray<DataConstraint> DataConstraints,
    SelfEvaluationTiers? SelfEvaluation = null)
{
    /// <summary>Every indicator in tree pre-order.</summary>
    public IEnumerable<Indicator> AllIndicators => Indicators.SelectMany(indicator => indicator.SelfAndDescendants);

    public IEnumerable<Indicator> Leaves => AllIndicators.Where(indicator => indicator.IsLeaf);

    /// <summary>The points bonus groups (加分项) can add on top of 总分.</summary>
    public decimal BonusPoints => Indicators.Where(indicator => indicator.IsBonus).Sum(indicator => indicator.Weight) + AllIndicators.Sum(indicator => indicator.Bonus);

    /// <summary>The data items, in the order declared; setting them (a <c>with</c> too) indexes them again.</summary>
    public EquatableArray<DataItem> DataItems
    {
        get;
        init
        {
            field = value;
            _dataItemsByName = new DataItemIndex(value);
        }
    } = DataItems;

    private readonly DataItemIndex _dataItemsByName = new(DataItems);

    public DataItem? FindDataItem(string name) => _dataItemsByName.Find(name);
}

/// <summary>A unit class for arithmetic: ratios and plain numbers mix, money only with money, counts only with the same unit.</summary>
public readonly record struct Dimension(DimensionKind Kind, string? Unit)
{
    public static Dimension Ratio => new(DimensionKind.Ratio, null);

    public static Dimension Money => new(DimensionKind.Money, "元");

    public static Dimension Count(string? unit) => new(DimensionKind.Count, unit);

    /// <summary>The dimension of a name that could not be bound; compatible with everything so one error is reported once.</summary>
    public static Dimension Unknown => new(DimensionKind.Unknown, null);

    public override string ToString() => Kind switch
    {
        DimensionKind.Ratio => "比率",
        DimensionKind.Money => "金额",
        DimensionKind.Count => Unit is null ? "数量" : $"数量（{Unit}）",
        DimensionKind.Boolean => "是否",
        DimensionKind.Unknown => "未知",
        DimensionKind.Text => "文本",
        _ => throw new System.Diagnostics.UnreachableException($"dimension {Kind}"),
    };
}

public enum DimensionKind
{
    Ratio,
    Money,
    Count,
    Boolean,
    Text,
    Unknown,
}

/// <summary>
/// An input or a formula over inputs. Money is held in yuan; <see cref="Scale"/> converts from the declared unit.
/// <see cref="Domain"/> is the declared 范围, else what the type allows or the formula can give
/// (<see cref="DomainDeclared"/> says which). <see cref="WrittenInRule"/> for a ratio a 按比例 rule writes out (实际 ÷ 目标):
/// the rule shows it, so it is not listed with the scheme's data.
/// </summary>
public sealed record DataItem(
    string Name,
    DataTypeKind Type,
    string? Unit,
    decimal Scale,
    Interval Domain,
    bool DomainDeclared,
    BoundExpression? Formula,
    decimal? ZeroFallback,
    Site Span,
    bool WrittenInRule = false)
{
    public bool IsInput => Formula is null;

    public Dimension Dimension => Type switch
    {
        DataTypeKind.Percent => Dimension.Ratio,
        DataTypeKind.Money => Dimension.Money,
        DataTypeKind.Count => Dimension.Count(Unit),
        DataTypeKind.Number => Unit is null ? Dimension.Ratio : Dimension.Count(Unit),
        DataTypeKind.Boolean => new Dimension(DimensionKind.Boolean, null),
        DataTypeKind.Text => new Dimension(DimensionKind.Text, null),
        _ => throw new System.Diagnostics.UnreachableException($"data type {Type}"),
    };

    public bool IsNumeric => Type is not (DataTypeKind.Boolean or DataTypeKind.Text);

    public ValueFormat Format => Type switch
    {
        DataTypeKind.Percent => ValueFormat.Percent,
        DataTypeKind.Money => ValueFormat.Yuan,
        DataTypeKind.Count or DataTypeKind.Number or DataTypeKind.Boolean or DataTypeKind.Text => ValueFormat.Plain,
        _ => throw new System.Diagnostics.UnreachableException($"data type {Type}"),
    };
}

public abstract record BoundExpression(Dimension Dimension, Site Span);

/// <summary>A number, or the value of the 目标值 <see cref="Target"/> names, so the page can say which.</summary>
/// <summary>A number in a formula; <see cref="Target"/> names the 目标值 it is, <see cref="Written"/> is how a percentage was written (「100%」).</summary>
public sealed record LiteralExpression(decimal Value, Dimension Dimension, Site Span, string? Target = null, string? Written = null) : BoundExpression(Dimension, Span);

public sealed record DataReferenceExpression(string Name, Dimension Dimension, Site Span) : BoundExpression(Dimension, Span);

public sealed record NegateExpression(BoundExpression Operand, Site Span) : BoundExpression(Operand.Dimension, Span);

public sealed record BinaryExpression(BoundExpression Left, BinaryOperator Operator, BoundExpression Right, Dimension Dimension, Site Span)
    : BoundExpression(Dimension, Span);

/// <summary>
/// An indicator with its weight in points (relative weights already multiplied out). A 一级 indicator named 加分项 (or
/// 附加分, 加分, 加分指标) <see cref="IsBonus"/>: its points come on top of 总分, up to its weight. A group with no
/// <see cref="DeclaredWeight"/> left it out: its weight is its children's added up. A leaf written 「目标完成情况 40分，
/// 附加分4分」 has a <see cref="Bonus"/>: its rule may give it up to that much more, on top of 总分.
/// </summary>
public sealed record Indicator(
    string Key,
    string? Code,
    string Name,
    decimal Weight,
    WrittenWeight? DeclaredWeight,
    int Depth,
    EquatableArray<Indicator> Children,
    BoundRule? Rule,
    NotApplicablePolicy? NotApplicable,
    Site Span,
    bool IsBonus = false,
    bool IsEmptyGroup = false,
    decimal Bonus = 0m,
    EquatableArray<BreakdownRow> Breakdown = default)
{
    /// <summary>Scored by a rule: no children, and not a group left empty this year (<see cref="IsEmptyGroup"/>).</summary>
    public bool IsLeaf => Children.Count == 0 && !IsEmptyGroup;

    /// <summary>「A1 政策制定」; an outline mark runs on as it is written: 「一、决策」, 「（一）项目立项」.</summary>
    public string DisplayName => Code is null ? Name : OutlineMarks.IsOutline(Code) ? Code + Name : $"{Code} {Name}";

    /// <summary>
    /// The indicator named by its unique key, for column headers: 「C11 参保目标完成情况」, 「一（一）1 立项依据充分性」;
    /// an indicator without a code is keyed by its name alone. Two 「1. 资金到位率」 under different parents never share it.
    /// </summary>
    public string KeyedName => Key == Name ? Name : $"{Key} {Name}";

    public IEnumerable<Indicator> SelfAndDescendants => Children.SelectMany(child => child.SelfAndDescendants).Prepend(this);
}

/// <summary>The weight as the author wrote it ("5分", "40%"), for messages and documents.</summary>
public sealed record WrittenWeight(string Text, decimal Value, bool IsPercent);

public sealed record Grade(string Name, Interval Range, Site Span);

/// <summary>A veto: applied after the sum. <see cref="Deduction"/> is null when it sets the total to 0.</summary>
public sealed record Veto(int Index, string Text, decimal? Deduction, Site Span)
{
    public string Key => $"否决.{Index}";
}

/// <summary>A row of a leaf's own figure (「其中 玉米种植面积 8亩」): its name, its record field (B21.玉米种植面积) and its value as written.</summary>
public sealed record BreakdownRow(string Name, string Key, string Written, Site Span);

/// <summary>
/// What a leaf's 「其中」 rows add up to: the leaf as a message names it, the rows' fields, the field of the figure and
/// the unit a count is shown in (empty for money).
/// </summary>
public sealed record BreakdownSum(string Indicator, EquatableArray<string> Rows, string Total, string Unit);

/// <summary>
/// A constraint on each record's data (全年执行数 ≤ 全年预算数): a record that breaks it is not scored. A
/// <see cref="Breakdown"/> constraint is written by the compiler: a leaf's 「其中」 rows add up to its figure.
/// </summary>
public sealed record DataConstraint(BoundExpression Left, ComparisonOperator Operator, BoundExpression Right, string LeftText, string RightText, Site Span, BreakdownSum? Breakdown = null)
{
    public string Text => Comparison.Statement(LeftText, Operator, RightText);
}

public sealed record StructuralConstraint(EquatableArray<string> IndicatorKeys, ComparisonOperator Operator, decimal Value, string Text, Site Span);

public sealed record SchemeTest(string Name, EquatableArray<TestAssignment> Inputs, EquatableArray<TestAssignment> Expectations, Site Span);

/// <summary>One line of a test: the key, and the value as text in the form a data record would carry it.</summary>
public sealed record TestAssignment(string Key, string Value, Site Span);
