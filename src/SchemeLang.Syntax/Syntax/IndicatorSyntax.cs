using SchemeLang.Collections;
using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>One indicator line, its rule if it is a leaf, and its children (nested by indentation).</summary>
public sealed record IndicatorSyntax(
    NameSyntax? Code,
    NameSyntax Name,
    QuantitySyntax Weight,
    int Indent,
    RuleSyntax? Rule,
    NotApplicableSyntax? NotApplicable,
    EquatableArray<IndicatorSyntax> Children,
    SourceSpan Span) : SyntaxNode(Span);

public enum NotApplicablePolicy
{
    /// <summary>得满分: the indicator counts as fully met.</summary>
    FullMarks,

    /// <summary>重新分配: the weight is shared among the applicable siblings in proportion to theirs.</summary>
    Redistribute,
}

public sealed record NotApplicableSyntax(NotApplicablePolicy Policy, SourceSpan Span) : SyntaxNode(Span);
