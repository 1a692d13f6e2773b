namespace SchemeLang.Runtime;

/// <summary>
/// Units of counts as Chinese writes them: 「个」 is a measure word before some units (一个月, 3个工作日), so 个月 and 月 are
/// one unit, in the scheme's text and in records alike. 个 on its own is a unit of its own (30个).
/// </summary>
public static class CountUnits
{
    public static string Canonical(string unit) => unit.Length > 1 && unit[0] == '个' ? unit[1..] : unit;

    /// <summary>Whether two written units are the same unit (月 and 个月 are).</summary>
    public static bool Same(string? a, string? b) => a == b || (a is not null && b is not null && Canonical(a) == Canonical(b));

    /// <summary>The number before <paramref name="unit"/> written either way (3个月 or 3月 for 月); false when the text ends in neither.</summary>
    public static bool TryStrip(string text, string unit, out string number)
    {
        var canonical = Canonical(unit);
        foreach (var written in new[] { "个" + canonical, canonical })
        {
            if (text.EndsWith(written, StringComparison.Ordinal) && text.Length > written.Length)
            {
                number = text[..^written.Length];
                return true;
            }
        }

        number = text;
        return false;
    }
}
