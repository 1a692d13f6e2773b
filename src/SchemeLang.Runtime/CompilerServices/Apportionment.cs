using System.ComponentModel;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// Derived weights (relative weights, redistribution) rarely end at the scheme's decimal places: 35 × 33% × 50% =
/// 5.775. Rounding each one on its own lets siblings add up to more than their parent (the total then exceeds
/// 总分 and the top grade is missed), so they are apportioned by the largest-remainder method instead: every
/// share is cut down to the decimal places, and the units left over go one each to the largest remainders
/// (earlier siblings first on a tie). The shares then add up to the whole exactly.
/// </summary>
/// <remarks>Machinery for the compiler (derived weights), generated scorers and the interpreter, not for consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Apportionment
{
    /// <summary>
    /// Splits <paramref name="whole"/> in proportion to <paramref name="parts"/> (all ≥ 0, not all 0), each share a
    /// multiple of 10^-<paramref name="decimals"/>. When <paramref name="whole"/> itself has more places, the last
    /// fraction of a unit stays unassigned, so the shares never add up to more than the whole.
    /// </summary>
    public static decimal[] LargestRemainder(decimal whole, ReadOnlySpan<decimal> parts, int decimals)
    {
        var sum = 0m;
        foreach (var part in parts)
        {
            sum += part;
        }

        var shares = new decimal[parts.Length];
        if (sum <= 0m)
        {
            return shares;
        }

        var unit = Unit(decimals);
        var remainders = new decimal[parts.Length];
        var assigned = 0m;
        for (var i = 0; i < parts.Length; i++)
        {
            // whole × part ÷ sum, with the division last so that exact cases (every share of 100% sums) stay exact.
            var exact = parts[i] == sum ? whole : whole * parts[i] / sum;
            // exact − exact mod unit, not ⌊exact ÷ unit⌋ × unit: the quotient overflows for a weight near decimal's limit.
            shares[i] = exact - (exact % unit);
            remainders[i] = exact - shares[i];
            assigned += shares[i];
        }

        var left = (int)Math.Min(parts.Length, Math.Floor((whole - assigned) / unit));
        for (var given = 0; given < left; given++)
        {
            var largest = -1;
            for (var i = 0; i < parts.Length; i++)
            {
                if (remainders[i] > 0m && (largest < 0 || remainders[i] > remainders[largest]))
                {
                    largest = i;
                }
            }

            if (largest < 0)
            {
                break;
            }

            shares[largest] += unit;
            remainders[largest] = 0m;
        }

        return shares;
    }

    /// <summary>10^-decimals: the smallest score a scheme with that many decimal places can give.</summary>
    public static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit;
    }
}
