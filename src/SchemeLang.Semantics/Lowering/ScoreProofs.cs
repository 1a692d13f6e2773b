using SchemeLang.Binding;
using SchemeLang.Runtime;

namespace SchemeLang.Lowering;

/// <summary>
/// The proofs a plan carries (<see cref="ProvenFacts"/>), from each rule's outcomes, the weights and the declared ranges
/// alone: the least and greatest score a leaf's rule can give and the most decimal places it can carry, whether a
/// parent's children can add up past it, and whether a formula's value can leave its item's range. Where a rule leaves a score to the evaluator (酌情, 其他问题) or multiplies by a record's
/// value (按比例, 自评表 ratios), nothing is proved that depends on it.
/// </summary>
internal static class ScoreProofs
{
    public static ProvenFacts Leaf(IndicatorPlan leaf, int decimals)
    {
        if (Outcomes(leaf.Leaf!) is not { } outcomes)
        {
            return ProvenFacts.None;
        }

        // A leaf whose input is missing scores 0 under 缺失数据 不得分; one that is 不适用 得满分 scores its weight.
        outcomes = outcomes.Or(Scores.Exactly(0m));
        if (leaf.Leaf!.NotApplicable == NotApplicablePolicy.FullMarks)
        {
            outcomes = outcomes.Or(Scores.Exactly(leaf.Weight));
        }

        var facts = ProvenFacts.None;
        if (outcomes.Least >= 0m && outcomes.Greatest <= leaf.Ceiling)
        {
            facts |= ProvenFacts.WithinCeiling;
        }

        if (outcomes.Places is { } places && places <= decimals)
        {
            facts |= ProvenFacts.WithinDecimals;
        }

        return facts;
    }

    /// <summary>Each child scores at most its ceiling, so children whose ceilings add up to no more than the parent's never pass it.</summary>
    public static ProvenFacts Parent(IndicatorPlan parent, IEnumerable<IndicatorPlan> children) =>
        children.Sum(child => child.Ceiling) <= parent.Ceiling ? ProvenFacts.WithinCeiling : ProvenFacts.None;

    /// <summary>
    /// Whether a formula's value always lies in <paramref name="range"/>: interval arithmetic over its operands' ranges,
    /// whose bounds decimal arithmetic rounds as it rounds the values between them.
    /// </summary>
    public static bool Formula(BoundExpression formula, Interval range, BoundScheme scheme) =>
        DomainInference.Of(formula, name => scheme.FindDataItem(name)?.Domain ?? Interval.All).IsSubsetOf(range);

    /// <summary>What the rule can give; null where the evaluator or a record's value decides it.</summary>
    private static Scores? Outcomes(LeafPlan leaf)
    {
        if (leaf.Reason >= 0 || leaf.OtherProblemsSlot >= 0)
        {
            return null;
        }

        return leaf.Rule switch
        {
            PassFailPlan { OtherwiseJudged: false } passFail => Scores.Exactly(passFail.Points).Or(Scores.Exactly(passFail.Otherwise)),
            ChecklistPlan { OtherProblems: null } checklist => new Scores(
                checklist.Items.Sum(item => Math.Min(item.Points, 0m)),
                checklist.Items.Sum(item => Math.Max(item.Points, 0m)),
                Places(checklist.Items.Select(item => item.Points))),
            // Each count is a whole number (read as one), so count × points has the points' places.
            DeductionPlan deduction => new Scores(0m, deduction.Weight, Places([deduction.Weight, .. deduction.Items.Select(item => item.Points), .. Optional(deduction.MaxDeduction)])),
            ThresholdPlan threshold => Scores.Exactly(threshold.FullMarks).Or(Stepped(threshold.FullMarks, threshold.Step)),
            BandTablePlan table => Bands(table),
            // The weight times a record's rate: any places.
            ProportionalPlan proportional => new Scores(0m, proportional.Weight * proportional.Cap, null),
            LevelPlan levels when levels.Levels.All(level => !level.Judged) => new Scores(
                Math.Min(0m, levels.Levels.Min(level => level.Points)),
                levels.Levels.Max(level => level.Points),
                Places([.. levels.Levels.Select(level => level.Points), .. levels.Deductions.Select(deduction => deduction.Points)])),
            _ => null,
        };
    }

    /// <summary>Every band's outcome together; null when a band leaves the score to the evaluator.</summary>
    private static Scores? Bands(BandTablePlan table)
    {
        Scores? all = null;
        foreach (var band in table.Bands)
        {
            Scores? one = band.Outcome switch
            {
                FixedPointsPlan fixedPoints => Scores.Exactly(fixedPoints.Points),
                SteppedPlan stepped => Stepped(stepped.Start, stepped.Step),
                _ => null,
            };
            if (one is not { } outcome)
            {
                return null;
            }

            all = outcome.Or(all);
        }

        return all;
    }

    /// <summary>自 start 分起 less whole steps of the step's points (down to 0, at most its cap): places only when steps are whole.</summary>
    private static Scores Stepped(decimal start, StepPlan step) => new(
        0m,
        start,
        step.Rounding == StepRounding.Exact ? null : Places([start, step.PointsPerStep, .. Optional(step.MaxDeduction)]));

    private static int Places(IEnumerable<decimal> values) => values.Select(value => (int)value.Scale).DefaultIfEmpty(0).Max();

    private static IEnumerable<decimal> Optional(decimal? value) => value is { } some ? [some] : [];

    /// <summary>Scores within [<see cref="Least"/>, <see cref="Greatest"/>], never with more than <see cref="Places"/> decimals (null: any).</summary>
    private readonly record struct Scores(decimal Least, decimal Greatest, int? Places)
    {
        public static Scores Exactly(decimal points) => new(points, points, points.Scale);

        public Scores Or(Scores? other) => other is not { } more
            ? this
            : new(Math.Min(Least, more.Least), Math.Max(Greatest, more.Greatest), Places is { } a && more.Places is { } b ? Math.Max(a, b) : null);
    }
}
