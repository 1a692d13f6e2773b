using CsCheck;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// The step primitives every 每低/每超 rule goes through: steps grow with the distance, a started step counts at
/// least as much as the exact fraction and that at least as much as the whole steps, a deduction never leaves
/// [0, start], and no distance deducts nothing. Amounts are realistic (4 decimals, up to a million); at any size the
/// primitives either answer or throw OverflowException, which the evaluator turns into a per-record error.
/// </summary>
public class StepProperties
{
    private static readonly Gen<decimal> Distance = Gen.Frequency(
        (5, Gen.Int[0, 2_000_000].Select(i => i * 0.0001m)),
        (1, Gen.Int[0, 1_000_000].Select(i => (decimal)i)),
        (1, Gen.Int[-10_000, 0].Select(i => i * 0.0001m)));

    private static readonly Gen<decimal> StepSize = Gen.Frequency(
        (3, Gen.OneOf(0.01m, 0.05m, 0.005m, 1m, 10_000m)),
        (2, Gen.Int[1, 100_000].Select(i => i * 0.0001m)));

    private static readonly Gen<decimal> Points = Gen.Int[0, 10_000].Select(i => i * 0.01m);

    private static readonly Gen<decimal> PerStep = Gen.Int[1, 1_000].Select(i => i * 0.01m);

    private static readonly Gen<StepRounding> Rounding = Gen.Enum<StepRounding>();

    [Fact]
    public void Steps_never_decrease_as_the_distance_grows() =>
        PropertyRun.Check(Gen.Select(Distance, Distance, StepSize, Rounding), sample =>
        {
            var (a, b, size, rounding) = sample;
            var (near, far) = a <= b ? (a, b) : (b, a);
            if (Scoring.CountSteps(near, size, rounding) > Scoring.CountSteps(far, size, rounding))
            {
                throw new PropertyFailure($"{near} 计 {Scoring.CountSteps(near, size, rounding)} 档，更远的 {far} 只计 {Scoring.CountSteps(far, size, rounding)} 档");
            }
        }, 5_000);

    [Fact]
    public void Ceiling_counts_at_least_exact_and_exact_at_least_floor() =>
        PropertyRun.Check(Gen.Select(Distance, StepSize), sample =>
        {
            var (distance, size) = sample;
            var ceiling = Scoring.CountSteps(distance, size, StepRounding.Ceiling);
            var exact = Scoring.CountSteps(distance, size, StepRounding.Exact);
            var floor = Scoring.CountSteps(distance, size, StepRounding.Floor);
            if (!(ceiling >= exact && exact >= floor && ceiling - floor <= 1m && floor >= 0m))
            {
                throw new PropertyFailure($"不满一档按一档 {ceiling}，按实际 {exact}，不足一档不扣 {floor}");
            }
        }, 5_000);

    [Fact]
    public void Whole_steps_count_exactly() =>
        PropertyRun.Check(Gen.Select(Gen.Int[0, 1_000], StepSize, Rounding), sample =>
        {
            var (steps, size, rounding) = sample;
            if (Scoring.CountSteps(steps * size, size, rounding) != steps)
            {
                throw new PropertyFailure($"{steps} × {size} 计 {Scoring.CountSteps(steps * size, size, rounding)} 档");
            }
        }, 5_000);

    [Fact]
    public void A_deduction_stays_within_zero_and_the_start() =>
        PropertyRun.Check(Gen.Select(Points, Distance, StepSize, PerStep, Rounding), sample =>
        {
            var (start, distance, size, perStep, rounding) = sample;
            var score = Scoring.DeductSteps(start, distance, size, perStep, rounding);
            if (score < 0m || score > start)
            {
                throw new PropertyFailure($"自 {start} 分起扣得 {score} 分");
            }
        }, 5_000);

    [Fact]
    public void No_distance_deducts_nothing() =>
        PropertyRun.Check(Gen.Select(Points, Gen.Int[-10_000, 0].Select(i => i * 0.0001m), StepSize, PerStep, Rounding), sample =>
        {
            var (start, distance, size, perStep, rounding) = sample;
            if (Scoring.DeductSteps(start, distance, size, perStep, rounding) != start)
            {
                throw new PropertyFailure($"距离 {distance} 却扣了分：{Scoring.DeductSteps(start, distance, size, perStep, rounding)}");
            }
        }, 2_000);

    [Fact]
    public void At_any_size_a_deduction_answers_or_overflows() =>
        PropertyRun.Check(Gen.Select(Gen.Decimal, Gen.Decimal, Gen.Decimal, Gen.Decimal, Rounding), sample =>
        {
            var (start, distance, size, perStep, rounding) = sample;
            (start, size, perStep) = (Math.Abs(start), Math.Abs(size), Math.Abs(perStep));
            if (size == 0m || perStep == 0m)
            {
                return;
            }

            try
            {
                var score = Scoring.DeductSteps(start, distance, size, perStep, rounding);
                if (score < 0m || score > start)
                {
                    throw new PropertyFailure($"自 {start} 分起扣得 {score} 分");
                }
            }
            catch (OverflowException)
            {
                // The evaluator reports this as 数值过大 for the record (SL5004).
            }
        }, 5_000);

    [Fact]
    public void A_leaf_score_is_clamped_into_its_weight_and_rounded_half_away_from_zero() =>
        PropertyRun.Check(Gen.Select(Gen.Int[-100_000, 100_000].Select(i => i * 0.001m), Points, Gen.Int[0, 4]), sample =>
        {
            var (score, weight, decimals) = sample;
            var clamped = Scoring.Clamp(score, weight);
            var rounded = Scoring.RoundScore(clamped, decimals);
            if (clamped < 0m || clamped > weight || Math.Abs(rounded - clamped) * 2m > Pow10(-decimals) || rounded < 0m)
            {
                throw new PropertyFailure($"{score} 限定到 [0, {weight}] 得 {clamped}，保留 {decimals} 位得 {rounded}");
            }
        }, 5_000);

    /// <summary>
    /// Whole steps of 1, 0.1, 0.01 … are counted by multiplying by the power of ten; they must be exactly the whole
    /// steps of the quotient, for distances with any number of digits (a formula's 28) and at every step edge.
    /// </summary>
    [Fact]
    public void Whole_steps_of_a_power_of_ten_are_those_of_the_quotient()
    {
        var anyDigits = Gen.Select(Gen.Long[0, long.MaxValue], Gen.Int[0, int.MaxValue], Gen.Byte[0, 28])
            .Select(parts => new decimal((int)parts.Item1, (int)(parts.Item1 >> 32), parts.Item2, false, parts.Item3));
        var edges = Gen.Select(Gen.Int[0, 100_000], Gen.Int[-1, 1]).Select(edge => (edge.Item1 * 0.01m) + (edge.Item2 * 0.0000000000000000000000000001m));
        PropertyRun.Check(Gen.Select(Gen.OneOf(anyDigits, edges, Distance), Gen.Int[0, 28], Gen.OneOf(Gen.Const(StepRounding.Ceiling), Gen.Const(StepRounding.Floor))), sample =>
        {
            var (distance, power, rounding) = sample;
            var step = Pow10(-power);
            if (distance <= 0m)
            {
                return;
            }

            decimal quotient;
            try
            {
                quotient = distance / step;
            }
            catch (OverflowException)
            {
                Assert.Throws<OverflowException>(() => Scoring.CountSteps(distance, step, rounding));
                return;
            }

            var expected = rounding == StepRounding.Ceiling ? Math.Ceiling(quotient) : Math.Floor(quotient);
            var counted = Scoring.CountSteps(distance, step, rounding);
            if (counted != expected || counted.Scale != expected.Scale)
            {
                throw new PropertyFailure($"{distance} 每 {step} 一档按{rounding}计 {counted} 档，应为 {expected}");
            }
        }, 20_000);
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            value /= 10m;
        }

        return value;
    }
}
