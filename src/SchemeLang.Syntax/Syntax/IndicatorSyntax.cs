using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>One indicator line, its rule if it is a leaf, and its children (nested by indentation). A group may have no <see cref="Weight"/>: its children's add up to it.</summary>
public sealed record IndicatorSyntax(
    NameSyntax? Code,
    NameSyntax Name,
    QuantitySyntax? Weight,
    int Indent,
    RuleSyntax? Rule,
    NotApplicableSyntax? NotApplicable,
    EquatableArray<IndicatorSyntax> Children,
    SourceSpan Span) : SyntaxNode(Span);

public sealed record NotApplicableSyntax(NotApplicablePolicy Policy, SourceSpan Span) : SyntaxNode(Span);
