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
    SourceSpan Span,
    EquatableArray<PartSyntax> Parts = default,
    EachPartSyntax? EachPart = null,
    QuantitySyntax? Bonus = null,
    EquatableArray<BreakdownSyntax> Breakdown = default) : SyntaxNode(Span);

/// <summary>
/// 「两项各占50%」: the share of each part that does not say its own, and how many parts the words say there are (两项: 2).
/// <see cref="Share"/> is null for 「两项平均分配」: the parts share the leaf's weight equally, as the author said.
/// </summary>
public sealed record EachPartSyntax(QuantitySyntax? Share, int? Count, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// 「其中 玉米种植面积 8亩」: a row of the leaf's own figure (a value, no points). Not scored: per record the rows add up to
/// the leaf's figure.
/// </summary>
public sealed record BreakdownSyntax(NameSyntax Name, QuantitySyntax Value, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// One part of a leaf scored in parts (「其中 资金到位率 占50%」): its name, its share of the leaf's weight (points, a
/// percentage, or null when the parts share it equally), and its own rule and 不适用.
/// </summary>
public sealed record PartSyntax(NameSyntax Name, QuantitySyntax? Share, RuleSyntax? Rule, NotApplicableSyntax? NotApplicable, SourceSpan Span) : SyntaxNode(Span);

public sealed record NotApplicableSyntax(NotApplicablePolicy Policy, SourceSpan Span) : SyntaxNode(Span);
