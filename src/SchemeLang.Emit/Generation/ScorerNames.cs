using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// The C# names a scorer gives to scheme things, fixed once so that the input type and the scorer agree: input
/// properties by slot, locals by data item, static fields by leaf. Names come from <see cref="Identifiers"/>, so they
/// are valid, distinct and the same for the same scheme.
/// </summary>
internal sealed class ScorerNames
{
    /// <summary>Members and locals the generated code itself uses, which no scheme name may take.</summary>
    private static readonly string[] InputMembers =
        ["Id", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "EqualityContract", "PrintMembers", "Deconstruct", ScorerEmitter.InputTypeName];
    private static readonly string[] Locals = ["input", "scope", "leaves", "vetoes", "record", "dividedByZero", "value", "left", "right"];
    private static readonly string[] ScorerMembers =
        ["Scheme", "Plan", "PercentReading", "Score", "ScoreOnly", "IdOf", "Read", "Evaluate", "LeafCount", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", ScorerEmitter.ScorerTypeName];

    private ScorerNames(string[] properties, string[] items, string[] leaves, string[] rules, string[][] partLeaves, string[][] partRules)
    {
        Properties = properties;
        Items = items;
        Leaves = leaves;
        Rules = rules;
        PartLeaves = partLeaves;
        PartRules = partRules;
    }

    /// <summary>Input property per slot.</summary>
    public IReadOnlyList<string> Properties { get; }

    /// <summary>Local per data item.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Static field holding each leaf's indicator plan, by leaf index.</summary>
    public IReadOnlyList<string> Leaves { get; }

    /// <summary>Static field holding each leaf's rule plan, by leaf index.</summary>
    public IReadOnlyList<string> Rules { get; }

    /// <summary>Static fields holding the parts' plans of a leaf scored in parts, by leaf index then part (none for other leaves).</summary>
    public IReadOnlyList<string[]> PartLeaves { get; }

    /// <summary>Static fields holding the parts' rule plans, likewise.</summary>
    public IReadOnlyList<string[]> PartRules { get; }

    public static ScorerNames For(SchemePlan plan)
    {
        var inputTaken = new HashSet<string>(InputMembers, StringComparer.Ordinal);
        var properties = plan.Slots.Select(slot => Identifiers.For(slot.Key, inputTaken)).ToArray();

        var localTaken = new HashSet<string>(Locals, StringComparer.Ordinal);
        var items = plan.DataItems.Select(item => Identifiers.For(item.Name, localTaken)).ToArray();

        var fieldTaken = new HashSet<string>(ScorerMembers, StringComparer.Ordinal);
        var leaves = new string[plan.LeafCount];
        var rules = new string[plan.LeafCount];
        var partLeaves = new string[plan.LeafCount][];
        var partRules = new string[plan.LeafCount][];
        foreach (var indicator in plan.Indicators)
        {
            if (indicator.Leaf is { } leaf)
            {
                leaves[leaf.Index] = Identifiers.For("指标_" + indicator.Key, fieldTaken);
                rules[leaf.Index] = Identifiers.For("标准_" + indicator.Key, fieldTaken);
                var parts = leaf.Rule is PartsPlan plans ? plans.Parts : [];
                partLeaves[leaf.Index] = [.. parts.Select(part => Identifiers.For("部分_" + part.Key, fieldTaken))];
                partRules[leaf.Index] = [.. parts.Select(part => Identifiers.For("标准_" + part.Key, fieldTaken))];
            }
        }

        return new ScorerNames(properties, items, leaves, rules, partLeaves, partRules);
    }
}
