using System.Collections.Immutable;

namespace SchemeLang.Runtime;

/// <summary>Which levels each 等次 field may hold, found once per plan from the leaves that read them.</summary>
internal static class LevelSlots
{
    /// <summary>The names by slot (see <see cref="SchemePlan.LevelNames"/>), leaves scored in parts included.</summary>
    public static ImmutableArray<ImmutableArray<string>> NamesBySlot(int slots, ImmutableArray<IndicatorPlan> indicators)
    {
        var names = new ImmutableArray<string>[slots];
        Array.Fill(names, []);
        var pending = new Stack<IndicatorPlan>(indicators);
        while (pending.TryPop(out var indicator))
        {
            switch (indicator.Leaf?.Rule)
            {
                case LevelPlan levels:
                    names[indicator.Leaf.Inputs[0]] = [.. levels.Levels.Select(level => level.Name)];
                    break;
                case QualitativePlan:
                    names[indicator.Leaf.Inputs[0]] = QualitativePlan.Tiers;
                    break;
                case PartsPlan parts:
                    foreach (var part in parts.Parts)
                    {
                        pending.Push(part);
                    }

                    break;
            }
        }

        return [.. names];
    }
}
