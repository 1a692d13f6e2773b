using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>
/// Where a bound node was written. It takes no part in equality: two bound models of the same meaning compare equal
/// wherever their text sits, so a rule read back from generated text can be compared with the one it came from, and
/// a later diff sees changed meaning, not moved lines. It converts to and from <see cref="SourceSpan"/> freely.
/// </summary>
public readonly struct Site(SourceSpan span) : IEquatable<Site>
{
    public SourceSpan Span { get; } = span;

    public static implicit operator Site(SourceSpan span) => new(span);

    public static implicit operator SourceSpan(Site site) => site.Span;

    public static bool operator ==(Site left, Site right) => left.Equals(right);

    public static bool operator !=(Site left, Site right) => !left.Equals(right);

    public bool Equals(Site other) => true;

    public override bool Equals(object? obj) => obj is Site;

    public override int GetHashCode() => 0;

    public override string ToString() => Span.ToString();
}
