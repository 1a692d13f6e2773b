using SchemeLang.Collections;
using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>An author-written test: inputs → expected leaf scores, total and grade.</summary>
public sealed record TestCaseSyntax(
    string Name,
    EquatableArray<AssignmentSyntax> Inputs,
    EquatableArray<AssignmentSyntax> Expectations,
    SourceSpan Span) : SyntaxNode(Span);

/// <summary>名称[.序号] = 值.</summary>
public sealed record AssignmentSyntax(NameSyntax Key, string? Member, ValueSyntax Value, SourceSpan Span) : SyntaxNode(Span)
{
    public string FullKey => Member is null ? Key.Text : $"{Key.Text}.{Member}";
}

public abstract record ValueSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record QuantityValueSyntax(QuantitySyntax Quantity) : ValueSyntax(Quantity.Span);

public sealed record BooleanValueSyntax(bool Value, SourceSpan Span) : ValueSyntax(Span);

public sealed record NotApplicableValueSyntax(SourceSpan Span) : ValueSyntax(Span);

public sealed record TextValueSyntax(string Text, SourceSpan Span) : ValueSyntax(Span);
