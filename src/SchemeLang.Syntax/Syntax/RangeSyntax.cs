using SchemeLang.Text;

namespace SchemeLang.Syntax;

public abstract record BoundSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record QuantityBoundSyntax(QuantitySyntax Value) : BoundSyntax(Value.Span);

/// <summary>A bound naming a target value (目标值), resolved by the binder; <see cref="WrittenValue"/> is its value when written beside it: 参保率目标（95%）.</summary>
public sealed record NameBoundSyntax(NameSyntax Name, QuantitySyntax? WrittenValue = null) : BoundSyntax(Name.Span);

/// <summary>How the author wrote a range; kept so the checker can flag "80%-89%" as ambiguous.</summary>
public enum RangeForm
{
    Interval,
    Comparison,
    Suffix,
    Prefix,
    Dash,
    Chained,

    /// <summary>Each bound says whether it is held: 80%（含）至90%（不含）, 高于80%至90%（含）, 90%（含）以上.</summary>
    Marked,
}

/// <summary>
/// A range of values with open or closed ends; a null bound is infinite. The builder has already applied the
/// conventions: 以上/以下/以内 include the bound, 不满/超过/低于 exclude it. <see cref="Variable"/> is the name written
/// for the value ranged over, as in 「2%≤y&lt;8%」 or 「y≥8%」.
/// </summary>
public sealed record RangeSyntax(
    BoundSyntax? Lower,
    bool LowerClosed,
    BoundSyntax? Upper,
    bool UpperClosed,
    RangeForm Form,
    string Text,
    SourceSpan Span,
    NameSyntax? Variable = null) : SyntaxNode(Span);
