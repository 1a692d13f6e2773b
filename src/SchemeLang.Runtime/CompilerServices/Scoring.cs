using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>The arithmetic every rule kind shares. Exact decimals; rounding only in <see cref="RoundScore"/>.</summary>
/// <remarks>Machinery: called by generated scorers, the interpreter, the explanations and the checker, not by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Scoring
{
    /// <summary>四舍五入: half away from zero, to the scheme's decimal places (2 unless it says otherwise).</summary>
    public static decimal RoundScore(decimal score, int decimals) =>
        Math.Round(score, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A leaf's score never leaves [0, weight].</summary>
    public static decimal Clamp(decimal score, decimal weight) =>
        // The sign bit first: it settles a negative score (and -0) without a decimal comparison.
        decimal.IsNegative(score) ? 0m : score > weight ? weight : score;

    /// <summary>A leaf's score as the tree keeps it: clamped to [0, its ceiling], then rounded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal LeafScore(decimal raw, decimal ceiling, int decimals) => RoundScore(Clamp(raw, ceiling), decimals);

    /// <summary>A parent's score: its children's sum, never past its weight and its leaves' 附加分 (加分 capped).</summary>
    /// <remarks>The sum itself when it equals the ceiling (10.00, not 10), so skipping a cap that cannot bind changes no digit.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal ParentScore(decimal sum, decimal ceiling) => sum > ceiling ? ceiling : sum;

    /// <summary>What one 扣分 item takes off: <paramref name="count"/> × <paramref name="points"/>, and exactly 0 when none were found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Deducted(decimal count, decimal points) => count == 0m ? 0m : count * points;

    /// <summary>扣分: <paramref name="deducted"/> off <paramref name="weight"/>, at most <paramref name="cap"/> (「扣完15分为止」), down to 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Deduction(decimal weight, decimal deducted, decimal? cap) =>
        Math.Max(0m, weight - (cap is { } most ? Math.Min(deducted, most) : deducted));

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

        return rounding switch
        {
            StepRounding.Ceiling => Math.Ceiling(WholeStepsQuotient(distance, stepSize)),
            StepRounding.Floor => Math.Floor(WholeStepsQuotient(distance, stepSize)),
            StepRounding.Exact => distance / stepSize,
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, null),
        };
    }

    /// <summary>
    /// distance ÷ step before it is rounded to whole steps. A step of 1, 0.1, 0.01 … (每1个百分点 is 0.01) divides by
    /// multiplying by the power of ten, which gives the same number (the exact quotient, or its same rounding) for a
    /// fraction of a division's cost; the whole steps then have no decimals either way.
    /// </summary>
    private static decimal WholeStepsQuotient(decimal distance, decimal stepSize)
    {
        var scale = stepSize.Scale;
        return stepSize == TenthPowers[scale] ? distance * PowersOfTen[scale] : distance / stepSize;
    }

    /// <summary>1, 10, 100 … 10^28.</summary>
    private static readonly decimal[] PowersOfTen = [.. Enumerable.Range(0, 29).Select(power => Enumerable.Repeat(10m, power).Aggregate(1m, (product, ten) => product * ten))];

    /// <summary>1, 0.1, 0.01 … 10^-28, each with as many decimals as its power: a step compares equal only when written so.</summary>
    private static readonly decimal[] TenthPowers = [.. Enumerable.Range(0, 29).Select(power => new decimal(1, 0, 0, false, (byte)power))];

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

    /// <summary>
    /// 自评表, a 年度指标值 not met: <paramref name="weight"/> × 实际 ÷ 指标值 (正向) or × 指标值 ÷ 实际 (反向), given as
    /// <paramref name="dividend"/> ÷ <paramref name="divisor"/>; nothing when either is 0 or below.
    /// </summary>
    public static decimal TargetRatio(decimal weight, decimal dividend, decimal divisor) =>
        divisor <= 0m || dividend <= 0m ? 0m : weight * dividend / divisor;

    /// <summary>预算执行的执行率: 全年执行数 ÷ 全年预算数 (a budget of 0 is the rule's to report before it asks).</summary>
    public static decimal ExecutionRate(decimal spent, decimal budget) => spent / budget;

    /// <summary>
    /// 预算执行: a column of the total row (<paramref name="total"/>) against the 其中 rows of that column the record gives,
    /// summed in order. Agrees when the total or every row is not given; nothing is checked then.
    /// </summary>
    public static bool RowsAddUp(decimal? total, ReadOnlySpan<decimal?> rows)
    {
        if (total is not { } whole)
        {
            return true;
        }

        var given = false;
        var sum = 0m;
        foreach (var row in rows)
        {
            if (row is { } value)
            {
                sum += value;
                given = true;
            }
        }

        return !given || sum == whole;
    }

    /// <summary>预算执行: <paramref name="weight"/> × the 执行率 (全年执行数 ÷ 全年预算数), a rate above 100% counted as 100%.</summary>
    public static decimal BudgetExecution(decimal weight, decimal rate) => weight * Math.Min(rate, 1m);

    /// <summary>weight × rate, the rate capped (a completion rate above the cap earns no more).</summary>
    public static decimal Proportional(decimal weight, decimal rate, decimal cap) =>
        // The sign bit, not a comparison: a rate of -0 (0 ÷ a negative) earns 0, not -0, as a negative rate does.
        weight * Math.Min(decimal.IsNegative(rate) ? 0m : rate, cap);
}
