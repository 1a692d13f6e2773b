using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SchemeLang.Emit.Syntax;

/// <summary>
/// Literal expressions for a <see cref="SyntaxFactory"/>-built tree. The token text comes from the same Roslyn
/// formatter as <see cref="CSharpText"/>, so the two never disagree about escaping.
/// </summary>
public static class CSharpSyntax
{
    /// <summary>A string literal expression whose value is exactly <paramref name="value"/>.</summary>
    public static LiteralExpressionSyntax Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(CSharpText.Literal(value), value));
    }

    /// <summary>
    /// A decimal literal expression with its scale (<c>1.10m</c>); a negative value is unary minus applied to the
    /// magnitude, in parentheses so that it reads as one operand wherever it is placed.
    /// </summary>
    public static ExpressionSyntax Literal(decimal value)
    {
        if (value >= 0m)
        {
            return DecimalToken(value);
        }

        return ParenthesizedExpression(PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, DecimalToken(-value)));
    }

    private static LiteralExpressionSyntax DecimalToken(decimal magnitude) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(CSharpText.Literal(magnitude), magnitude));
}
