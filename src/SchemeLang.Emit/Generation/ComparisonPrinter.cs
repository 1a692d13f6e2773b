using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Runtime;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// Intervals and comparisons as C# conditions — the one place generated code says what <see cref="Interval.Contains"/>
/// and <see cref="Comparison.Holds"/> mean: a closed end is <c>&gt;=</c> or <c>&lt;=</c>, an open end <c>&gt;</c> or
/// <c>&lt;</c>, an infinite end nothing. A property test compiles what this prints and checks it against
/// <see cref="Interval.Contains"/> at every bound and its neighbours.
/// </summary>
public static class ComparisonPrinter
{
    /// <summary><c>value &gt;= 0.95m &amp;&amp; value &lt; 1m</c>; <c>true</c> for the whole line.</summary>
    public static ExpressionSyntax Contains(ExpressionSyntax value, Interval interval)
    {
        ExpressionSyntax? lower = interval.Lower is { } lo
            ? Holds(value, interval.LowerClosed ? ComparisonOperator.GreaterOrEqual : ComparisonOperator.Greater, lo)
            : null;
        ExpressionSyntax? upper = interval.Upper is { } hi
            ? Holds(value, interval.UpperClosed ? ComparisonOperator.LessOrEqual : ComparisonOperator.Less, hi)
            : null;
        return (lower, upper) switch
        {
            (null, null) => LiteralExpression(SyntaxKind.TrueLiteralExpression),
            ({ } only, null) => only,
            (null, { } only) => only,
            ({ } both, { } and) => BinaryExpression(SyntaxKind.LogicalAndExpression, both, and),
        };
    }

    /// <summary>The negation of <see cref="Contains"/>, for an early return: <c>!(value &gt;= 0m &amp;&amp; value &lt;= 1m)</c>.</summary>
    public static ExpressionSyntax Outside(ExpressionSyntax value, Interval interval) =>
        PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, ParenthesizedExpression(Contains(value, interval)));

    /// <summary><c>left &gt;= right</c> and the like, as <see cref="Comparison.Holds"/> reads the operator.</summary>
    public static ExpressionSyntax Holds(ExpressionSyntax left, ComparisonOperator op, decimal right) =>
        Holds(left, op, Syntax.CSharpSyntax.Literal(right));

    /// <inheritdoc cref="Holds(ExpressionSyntax, ComparisonOperator, decimal)"/>
    public static ExpressionSyntax Holds(ExpressionSyntax left, ComparisonOperator op, ExpressionSyntax right) =>
        BinaryExpression(op switch
        {
            ComparisonOperator.GreaterOrEqual => SyntaxKind.GreaterThanOrEqualExpression,
            ComparisonOperator.Greater => SyntaxKind.GreaterThanExpression,
            ComparisonOperator.LessOrEqual => SyntaxKind.LessThanOrEqualExpression,
            ComparisonOperator.Less => SyntaxKind.LessThanExpression,
            ComparisonOperator.Equal => SyntaxKind.EqualsExpression,
            _ => throw new UnreachableException($"comparison {op}"),
        }, left, right);
}
