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

    /// <summary>A string literal, or <c>null</c>.</summary>
    public static ExpressionSyntax LiteralOrNull(string? value) => value is null ? Null : Literal(value);

    /// <summary>A decimal literal, or <c>null</c>.</summary>
    public static ExpressionSyntax LiteralOrNull(decimal? value) => value is { } number ? Literal(number) : Null;

    public static LiteralExpressionSyntax Literal(int value) => value >= 0
        ? LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value))
        : throw new ArgumentOutOfRangeException(nameof(value), value, "indices are never negative; write -1 as Minus(1)");

    /// <summary>An int that may be -1 (no slot, no item).</summary>
    public static ExpressionSyntax Index(int value) =>
        value >= 0 ? Literal(value) : PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Literal(-value));

    public static LiteralExpressionSyntax Literal(bool value) =>
        LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static LiteralExpressionSyntax Null => LiteralExpression(SyntaxKind.NullLiteralExpression);

    /// <summary>
    /// <c>global::Namespace.Type</c> for a type the generated code uses (a runtime or System type, never a scheme
    /// name): qualified from the global namespace, so that no name a scheme gives to the scorer's namespace, a
    /// property or a local (RowReader, Formulas, SlotKind) can shadow it.
    /// </summary>
    public static NameSyntax TypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsGenericType || type.IsNested || type.FullName is null)
        {
            throw new ArgumentException($"{type} is not a plain top-level type", nameof(type));
        }

        return ParseName("global::" + type.FullName);
    }

    /// <summary><see cref="TypeName(Type)"/> for <typeparamref name="T"/>.</summary>
    public static NameSyntax TypeName<T>() => TypeName(typeof(T));

    /// <summary><c>Type.Member</c> for a member of one of the runtime's enums (a name from code, never from a scheme).</summary>
    public static MemberAccessExpressionSyntax EnumMember<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"not a named {typeof(TEnum).Name}");
        }

        return Member(TypeName<TEnum>(), value.ToString());
    }

    public static MemberAccessExpressionSyntax Member(ExpressionSyntax target, string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, IdentifierName(name));

    /// <summary><c>new Type(arguments)</c>.</summary>
    public static ObjectCreationExpressionSyntax New(string type, params IEnumerable<ExpressionSyntax> arguments) =>
        ObjectCreationExpression(IdentifierName(type)).WithArgumentList(Arguments(arguments));

    /// <summary><c>target(arguments)</c>.</summary>
    /// <summary><c>string.IsNullOrWhiteSpace(text)</c>: a 酌情 score's reason not given.</summary>
    public static InvocationExpressionSyntax IsBlank(ExpressionSyntax text) =>
        Call(Member(PredefinedType(Token(SyntaxKind.StringKeyword)), nameof(string.IsNullOrWhiteSpace)), text);

    public static InvocationExpressionSyntax Call(ExpressionSyntax target, params IEnumerable<ExpressionSyntax> arguments) =>
        InvocationExpression(target).WithArgumentList(Arguments(arguments));

    public static ArgumentListSyntax Arguments(IEnumerable<ExpressionSyntax> arguments) =>
        ArgumentList(SeparatedList(arguments.Select(Argument)));

    /// <summary>A collection expression <c>[a, b, c]</c>.</summary>
    public static CollectionExpressionSyntax Collection(IEnumerable<ExpressionSyntax> elements) =>
        CollectionExpression(SeparatedList<CollectionElementSyntax>(elements.Select(ExpressionElement)));

    private static LiteralExpressionSyntax DecimalToken(decimal magnitude) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(CSharpText.Literal(magnitude), magnitude));
}
