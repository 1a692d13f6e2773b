using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>A declared type: 百分比, 金额（万元）, 整数（次）, 数值, 是否, 文本.</summary>
public sealed record DataTypeSyntax(DataTypeKind Kind, string? Unit, SourceSpan Span) : SyntaxNode(Span);

/// <summary>An input or a formula over inputs: 「名称：类型 [范围 …] [= 公式 [，除数为零时 值]]」.</summary>
public sealed record DataItemSyntax(
    NameSyntax Name,
    DataTypeSyntax? Type,
    RangeSyntax? Domain,
    ExpressionSyntax? Formula,
    QuantitySyntax? ZeroFallback,
    SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// A per-year target value, kept apart from the tree so next year changes numbers, not shape. <see cref="Year"/> is the
/// year its 目标值 line names, if it names one.
/// </summary>
public sealed record TargetSyntax(NameSyntax Name, QuantitySyntax Value, QuantitySyntax? Year, SourceSpan Span) : SyntaxNode(Span);

public abstract record ExpressionSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record LiteralExpressionSyntax(QuantitySyntax Value) : ExpressionSyntax(Value.Span);

public sealed record NameExpressionSyntax(NameSyntax Name) : ExpressionSyntax(Name.Span);

public sealed record NegateExpressionSyntax(ExpressionSyntax Operand, SourceSpan Span) : ExpressionSyntax(Span);

public sealed record BinaryExpressionSyntax(ExpressionSyntax Left, BinaryOperator Operator, ExpressionSyntax Right, SourceSpan Span)
    : ExpressionSyntax(Span);

/// <summary>A grade: name and the range of totals it covers.</summary>
public sealed record GradeSyntax(NameSyntax Name, RangeSyntax Range, SourceSpan Span) : SyntaxNode(Span);

public abstract record VetoEffectSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record VetoDeductSyntax(QuantitySyntax Points, SourceSpan Span) : VetoEffectSyntax(Span);

public sealed record VetoZeroSyntax(SourceSpan Span) : VetoEffectSyntax(Span);

/// <summary>A veto / global penalty, applied after the sum.</summary>
public sealed record VetoSyntax(string Text, VetoEffectSyntax Effect, SourceSpan Span) : SyntaxNode(Span);

public abstract record ConstraintSyntax(SourceSpan Span) : SyntaxNode(Span);

/// <summary>末级指标数（产出指标、效益指标）> 5: a structural constraint checked at compile time.</summary>
public sealed record StructuralConstraintSyntax(
    EquatableArray<NameSyntax> Indicators,
    ComparisonOperator Operator,
    QuantitySyntax Value,
    SourceSpan Span) : ConstraintSyntax(Span);

/// <summary>全年执行数 ≤ 全年预算数, 合计 = 甲 + 乙: a constraint on each record's data, checked when it is scored.</summary>
public sealed record DataConstraintSyntax(ExpressionSyntax Left, ComparisonOperator Operator, ExpressionSyntax Right, string LeftText, string RightText, SourceSpan Span)
    : ConstraintSyntax(Span)
{
    public string Text => Comparison.Statement(LeftText, Operator, RightText);
}
