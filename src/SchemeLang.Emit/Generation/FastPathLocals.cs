using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// The fast path's locals: one per data item with a number, one per field a leaf reads, and one per score of a leaf
/// whose method may refuse the record, named after what they hold and clear of the leaf methods' names and of each other.
/// </summary>
internal sealed class FastPathLocals
{
    private readonly HashSet<string> _taken;
    private readonly Dictionary<int, string> _scratch = [];

    public FastPathLocals(SchemePlan plan, ScorerNames names, IEnumerable<string> methods)
    {
        _taken = new HashSet<string>(["input", "scores", "total", .. methods, .. names.Levels.OfType<LevelEnum>().Select(levels => levels.Type)], StringComparer.Ordinal);
        Items = [.. plan.DataItems.Select(item => item.Formula is not null || plan.Slots[item.Slot].Kind == SlotKind.Number ? Identifiers.For(item.Name, _taken) : null)];
        AsGiven = ReadAsGiven(plan);
        Slots = new string?[plan.Slots.Length];
        foreach (var leaf in plan.Indicators.Select(indicator => indicator.Leaf).OfType<LeafPlan>())
        {
            foreach (var slot in leaf.Inputs.Append(leaf.OtherProblemsSlot).Where(slot => slot >= 0 && plan.Slots[slot].Kind != SlotKind.Number))
            {
                Slots[slot] ??= Identifiers.For(names.Properties[slot], _taken);
            }
        }
    }

    /// <summary>By data item; null for an item without a number (文本, 是否).</summary>
    public string?[] Items { get; }

    /// <summary>
    /// By data item: whether it is read only as the record gives it (<see cref="LeafMethodPrinter.ItemsAsGiven"/>), so that
    /// its absence leaves the record to the fast path; an item a formula, a constraint or another rule reads is required.
    /// </summary>
    public bool[] AsGiven { get; }

    /// <summary>By slot, for the fields leaves read themselves; null for others.</summary>
    public string?[] Slots { get; }

    /// <summary>The local holding the score of the leaf <paramref name="indicator"/>, named <paramref name="name"/> unless taken.</summary>
    public string Scratch(int indicator, string name) => _scratch.TryGetValue(indicator, out var local) ? local : _scratch[indicator] = Identifiers.For(name, _taken);

    private static bool[] ReadAsGiven(SchemePlan plan)
    {
        var asGiven = new bool[plan.DataItems.Length];
        var leaves = plan.Indicators.Select(indicator => indicator.Leaf).OfType<LeafPlan>().ToList();
        foreach (var item in leaves.SelectMany(LeafMethodPrinter.ItemsAsGiven))
        {
            asGiven[item] = true;
        }

        var required = leaves.SelectMany(leaf => LeafMethodPrinter.Items(leaf).Except(LeafMethodPrinter.ItemsAsGiven(leaf)))
            .Concat(plan.DataItems.Select(item => item.Formula).OfType<ExpressionPlan>().SelectMany(ItemsOf))
            .Concat(plan.Constraints.SelectMany(constraint => ItemsOf(constraint.Left).Concat(ItemsOf(constraint.Right))));
        foreach (var item in required)
        {
            asGiven[item] = false;
        }

        return asGiven;
    }

    private static IEnumerable<int> ItemsOf(ExpressionPlan expression) => expression switch
    {
        ItemPlan item => [item.Item],
        NegatePlan negate => ItemsOf(negate.Operand),
        BinaryPlan binary => ItemsOf(binary.Left).Concat(ItemsOf(binary.Right)),
        _ => [],
    };
}
