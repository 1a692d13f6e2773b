namespace SchemeLang.Runtime;

/// <summary>The arithmetic every rule kind shares. Exact decimals; rounding only in <see cref="RoundScore"/>.</summary>
public static class Scoring
{
    /// <summary>四舍五入: half away from zero, to the scheme's decimal places (2 unless it says otherwise).</summary>
    public static decimal RoundScore(decimal score, int decimals) =>
        Math.Round(score, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A leaf's score never leaves [0, weight].</summary>
    public static decimal Clamp(decimal score, decimal weight) =>
        // The sign bit first: it settles a negative score (and -0) without a decimal comparison.
        decimal.IsNegative(score) ? 0m : score > weight ? weight : score;

    /// <summary>Number of steps in <paramref name="distance"/> (≥ 0), counted as the rounding mode says.</summary>
    public static decimal CountSteps(decimal distance, decimal stepSize, StepRounding rounding)
    {
        if (stepSize <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "step must be positive");
        }

        if (distance <= 0m)
        {
            return 0m;
        }

        var steps = distance / stepSize;
        return rounding switch
        {
            StepRounding.Ceiling => Math.Ceiling(steps),
            StepRounding.Floor => Math.Floor(steps),
            StepRounding.Exact => steps,
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, null),
        };
    }

    /// <summary>
    /// Start from <paramref name="start"/> and deduct <paramref name="perStep"/> for every step of
    /// <paramref name="distance"/>; stops at 0 (扣完为止).
    /// </summary>
    /// <param name="maxDeduction">The most the steps take off (「最多扣3分」); null, down to 0.</param>
    public static decimal DeductSteps(decimal start, decimal distance, decimal stepSize, decimal perStep, StepRounding rounding, decimal? maxDeduction = null)
    {
        var deducted = CountSteps(distance, stepSize, rounding) * perStep;
        return Math.Max(0m, start - (maxDeduction is { } cap ? Math.Min(deducted, cap) : deducted));
    }

    /// <summary>
    /// A score out of <paramref name="from"/> points as a score out of <paramref name="to"/> (a leaf whose weight grew
    /// when a sibling was not applicable). Full marks stay exactly full marks.
    /// </summary>
    public static decimal Rescale(decimal score, decimal from, decimal to) => score == from ? to : score * to / from;

    /// <summary>weight × rate, the rate capped (a completion rate above the cap earns no more).</summary>
    public static decimal Proportional(decimal weight, decimal rate, decimal cap) =>
        weight * Math.Min(Math.Max(rate, 0m), cap);
}
