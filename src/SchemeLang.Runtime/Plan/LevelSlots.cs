using System.Collections.Immutable;

namespace SchemeLang.Runtime;

/// <summary>Which rule reads each 等次 field, and so which levels it may hold, found once per plan from the leaves.</summary>
internal static class LevelSlots
{
    /// <summary>
    /// By slot, the rule that reads a 等次 field — a 等次 table (<see cref="LevelPlan"/>) or a 自评表 定性 indicator
    /// (<see cref="QualitativePlan"/>) — and null for every other slot, leaves scored in parts included; and the level
    /// names each of those rules offers.
    /// </summary>
    public static (ImmutableArray<RulePlan?> Rules, ImmutableArray<ImmutableArray<string>> Names) Of(int slots, ImmutableArray<IndicatorPlan> indicators)
    {
        var rules = new RulePlan?[slots];
        var pending = new Stack<IndicatorPlan>(indicators);
        while (pending.TryPop(out var indicator))
        {
            switch (indicator.Leaf?.Rule)
            {
                case LevelPlan or QualitativePlan:
                    rules[indicator.Leaf.Inputs[0]] = indicator.Leaf.Rule;
                    break;
                case PartsPlan parts:
                    foreach (var part in parts.Parts)
                    {
                        pending.Push(part);
                    }

                    break;
            }
        }

        return ([.. rules], Names(rules));
    }

    /// <summary>The level names each slot's rule offers, in the order written (see <see cref="SchemePlan.LevelNames"/>).</summary>
    private static ImmutableArray<ImmutableArray<string>> Names(RulePlan?[] rules) =>
        [.. rules.Select(rule => rule switch
        {
            LevelPlan levels => [.. levels.Levels.Select(level => level.Name)],
            QualitativePlan => QualitativePlan.Tiers,
            _ => ImmutableArray<string>.Empty,
        })];
}
