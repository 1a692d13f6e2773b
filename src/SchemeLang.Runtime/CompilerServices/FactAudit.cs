namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// The interpreter's check of the checker's proofs (<see cref="ProvenFacts"/>): with the <see cref="Switch"/> runtime
/// switch on, a record on which a check the fast path skips would have changed a score throws, naming the indicator,
/// the proof and the score. Off (the default) it is one test of a static flag, which the JIT folds away.
/// </summary>
internal static class FactAudit
{
    /// <summary>The runtime switch (runtimeconfig or <see cref="AppContext.SetSwitch"/> before the first score) that turns the audit on.</summary>
    public const string Switch = "SchemeLang.AuditProvenFacts";

    private static readonly bool Enabled = AppContext.TryGetSwitch(Switch, out var on) && on;

    /// <summary>A leaf's score as its rule gave it, before the tree clamps and rounds it.</summary>
    public static void Leaf(IndicatorPlan indicator, decimal raw, int decimals)
    {
        if (!Enabled)
        {
            return;
        }

        if (Has(indicator.Proven, ProvenFacts.WithinCeiling) && (decimal.IsNegative(raw) || raw > indicator.Ceiling))
        {
            throw Wrong(indicator, $"得分不出 0 至 {indicator.Ceiling} 分", raw);
        }

        if (Has(indicator.Proven, ProvenFacts.WithinDecimals) && raw.Scale > decimals)
        {
            throw Wrong(indicator, $"得分不超过 {decimals} 位小数", raw);
        }
    }

    /// <summary>A parent's children added up, before the tree caps the sum at the parent's ceiling.</summary>
    public static void Parent(IndicatorPlan indicator, decimal sum)
    {
        if (Enabled && Has(indicator.Proven, ProvenFacts.WithinCeiling) && sum > indicator.Ceiling)
        {
            throw Wrong(indicator, $"下级指标合计不超过 {indicator.Ceiling} 分", sum);
        }
    }

    /// <summary>A formula's value as computed (not a ÷0 fallback), before the record's range check.</summary>
    public static void Formula(DataItemPlan item, decimal value)
    {
        if (Enabled && Has(item.Proven, ProvenFacts.WithinRange) && !item.Domain.Contains(value))
        {
            throw new InvalidOperationException($"检查器的证明不成立：数据项「{item.Name}」的值不出 {item.Domain}，本条记录却是 {value}");
        }
    }

    /// <summary>Without <see cref="Enum.HasFlag"/>, which boxes where the JIT does not optimise (a Debug build's tests measure allocations).</summary>
    private static bool Has(ProvenFacts facts, ProvenFacts fact) => (facts & fact) == fact;

    private static InvalidOperationException Wrong(IndicatorPlan indicator, string proof, decimal score) =>
        new($"检查器的证明不成立：指标「{indicator.Key}」{proof}，本条记录却是 {score} 分");
}
