using System.Text.Json.Serialization;

namespace SchemeLang.Runtime;

/// <summary>
/// A set of decimals between two bounds, each open or closed; a missing bound is infinite.
/// The conventions 以上/以下 (closed) and 不满/超过/低于 (open) are mapped onto this by the compiler.
/// </summary>
public readonly record struct Interval(decimal? Lower, bool LowerClosed, decimal? Upper, bool UpperClosed)
{
    public static Interval All => new(null, false, null, false);

    public static Interval Closed(decimal lower, decimal upper) => new(lower, true, upper, true);

    public static Interval AtLeast(decimal lower) => new(lower, true, null, false);

    public static Interval Above(decimal lower) => new(lower, false, null, false);

    public static Interval AtMost(decimal upper) => new(null, false, upper, true);

    public static Interval Below(decimal upper) => new(null, false, upper, false);

    public static Interval Exactly(decimal value) => new(value, true, value, true);

    [JsonIgnore]
    public bool IsEmpty =>
        Lower is { } lo && Upper is { } hi && (lo > hi || (lo == hi && !(LowerClosed && UpperClosed)));

    public bool Contains(decimal value)
    {
        // One comparison per end: every band lookup and domain check of every record comes through here.
        if (Lower is { } lo && decimal.Compare(value, lo) is var below && (below < 0 || (below == 0 && !LowerClosed)))
        {
            return false;
        }

        return Upper is not { } hi || decimal.Compare(value, hi) is var above && (above < 0 || (above == 0 && UpperClosed));
    }

    /// <summary>Both ends divided by <paramref name="scale"/>: a range held in 元 written in 万元.</summary>
    public Interval DividedBy(decimal scale) => new(Lower / scale, LowerClosed, Upper / scale, UpperClosed);

    public Interval Intersect(Interval other)
    {
        var (lower, lowerClosed) = MaxLower(this, other);
        var (upper, upperClosed) = MinUpper(this, other);
        return new Interval(lower, lowerClosed, upper, upperClosed);
    }

    public bool Overlaps(Interval other) => !Intersect(other).IsEmpty;

    /// <summary>True when every value of this interval lies in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(Interval other) => IsEmpty || Intersect(other).Normalized == Normalized;

    /// <summary>The same set with an infinite end never marked closed, so that equal sets compare equal: (-1, +∞] is (-1, +∞).</summary>
    [JsonIgnore]
    public Interval Normalized => new(Lower, Lower is not null && LowerClosed, Upper, Upper is not null && UpperClosed);

    private static (decimal?, bool) MaxLower(Interval a, Interval b)
    {
        if (a.Lower is null)
        {
            return (b.Lower, b.LowerClosed);
        }

        if (b.Lower is null || a.Lower > b.Lower)
        {
            return (a.Lower, a.LowerClosed);
        }

        if (b.Lower > a.Lower)
        {
            return (b.Lower, b.LowerClosed);
        }

        return (a.Lower, a.LowerClosed && b.LowerClosed);
    }

    private static (decimal?, bool) MinUpper(Interval a, Interval b)
    {
        if (a.Upper is null)
        {
            return (b.Upper, b.UpperClosed);
        }

        if (b.Upper is null || a.Upper < b.Upper)
        {
            return (a.Upper, a.UpperClosed);
        }

        if (b.Upper < a.Upper)
        {
            return (b.Upper, b.UpperClosed);
        }

        return (a.Upper, a.UpperClosed && b.UpperClosed);
    }

    /// <summary>Interval notation, e.g. "[95%, 100%)" or "(-∞, 60)".</summary>
    /// <summary>
    /// The interval in bracket notation. A record's generated ToString would print <see cref="Normalized"/>, an
    /// interval, and so recurse until the stack overflows.
    /// </summary>
    public override string ToString() => ToDisplayString(ValueFormat.Plain);

    public string ToDisplayString(ValueFormat format)
    {
        var lower = Lower is { } lo ? NumberText.Format(lo, format) : "-∞";
        var upper = Upper is { } hi ? NumberText.Format(hi, format) : "+∞";
        return $"{(Lower is not null && LowerClosed ? '[' : '(')}{lower}, {upper}{(Upper is not null && UpperClosed ? ']' : ')')}";
    }
}
