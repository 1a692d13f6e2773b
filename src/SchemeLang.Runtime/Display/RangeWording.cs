namespace SchemeLang.Runtime;

/// <summary>
/// An interval as a finance author writes it: 90%（含）以上, 80%（含）至90%, 低于60%. Each end says whether it is
/// included, so the sentence cannot be read two ways. A bound written as a 目标值 is named with its value.
/// </summary>
public static class RangeWording
{
    /// <param name="unit">The unit of a count or quantity, written after each value: 100公顷.</param>
    public static string Of(Interval range, ValueFormat format, string? lowerTarget = null, string? upperTarget = null, string? unit = null)
    {
        string Text(decimal value) => Value(value, format, value == range.Lower ? lowerTarget : upperTarget, unit);
        return (range.Lower, range.Upper) switch
        {
            (null, null) => "任意值",
            ({ } lo, { } hi) when lo == hi => $"等于{Text(lo)}",
            ({ } lo, null) => range.LowerClosed ? $"{Text(lo)}（含）以上" : $"高于{Text(lo)}",
            (null, { } hi) => range.UpperClosed ? $"{Text(hi)}（含）以下" : $"低于{Text(hi)}",
            ({ } lo, { } hi) => $"{(range.LowerClosed ? $"{Text(lo)}（含）" : $"高于{Text(lo)}")}至{Text(hi)}{(range.UpperClosed ? "（含）" : "（不含）")}",
        };
    }

    /// <summary>A number in its format, or a 目标值's name with its value: 参保率目标（95%）.</summary>
    public static string Value(decimal value, ValueFormat format, string? target, string? unit = null) =>
        target is null ? NumberText.Format(value, format) + unit : $"{target}（{NumberText.Format(value, format)}{unit}）";
}
