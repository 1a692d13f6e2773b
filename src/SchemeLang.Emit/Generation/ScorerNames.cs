using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// The C# names a scorer gives to scheme things, fixed once so that the input type and the scorer agree: input
/// properties by slot, an enum per 等次 field with a member per level, fields of the record's <see cref="ItemsTypeName"/>
/// by data item, and the methods <c>Evaluate</c> is split into; leaves have no names of their own, the scorer reaches each through one table (<see cref="LeafTable"/>).
/// Names come from <see cref="Identifiers"/>, so they are valid, distinct and the same for the same scheme.
/// </summary>
internal sealed class ScorerNames
{
    /// <summary>Members and locals the generated code itself uses, which no scheme name may take.</summary>
    private static readonly string[] InputMembers =
        ["Id", "score", "deducted", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "EqualityContract", "PrintMembers", "Deconstruct", ScorerEmitter.InputTypeName];
    private static readonly string[] ItemsMembers =
        ["input", "items", "scope", "leaves", "vetoes", "record", "dividedByZero", "value", "left", "right", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", ItemsTypeName];
    private static readonly string[] ScorerMembers =
        ["Scheme", LeafTable, "Plan", "PercentReading", "Score", "ScoreOnly", "TryScoreOnly", "HasFastPath", "TryScoreQuickly", "IdOf", "Read", "Evaluate", "LeafCount", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", ScorerEmitter.ScorerTypeName, ItemsTypeName];

    /// <summary>The names every member and method took so far, which the next methods' names must not take.</summary>
    private readonly HashSet<string> _taken;

    private ScorerNames(string[] properties, LevelEnum?[] levels, string[] items, HashSet<string> members)
    {
        _taken = members;
        Properties = properties;
        Levels = levels;
        Items = items;
    }

    /// <summary>Input property per slot.</summary>
    public IReadOnlyList<string> Properties { get; }

    /// <summary>
    /// Per slot, the enum a 等次 field's property holds (null for other slots): a type beside <c>Input</c>, named after
    /// the property with 等次, with one member per level in the order written.
    /// </summary>
    public IReadOnlyList<LevelEnum?> Levels { get; }

    /// <summary>The scorer's nested class holding one record's data items, computed once and read by every part of <c>Evaluate</c>.</summary>
    public const string ItemsTypeName = "Items";

    /// <summary>Field of <see cref="ItemsTypeName"/> per data item.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>The scorer's static <see cref="Runtime.CompilerServices.LeafPlans"/>: each leaf's plan and rule by leaf index.</summary>
    public const string LeafTable = "Leaves";

    public static ScorerNames For(SchemePlan plan)
    {
        var inputTaken = new HashSet<string>(InputMembers, StringComparer.Ordinal);
        var properties = plan.Slots.Select(slot => Identifiers.For(slot.Key, inputTaken)).ToArray();

        var itemTaken = new HashSet<string>(ItemsMembers, StringComparer.Ordinal);
        var items = plan.DataItems.Select(item => Identifiers.For(item.Name, itemTaken)).ToArray();

        // An enum is named where the input's properties, the scorer's members and the fast path's parameters (the
        // properties' and items' names) are in scope, so it takes none of those names, and the methods named later
        // none of its.
        var members = new HashSet<string>(ScorerMembers, StringComparer.Ordinal);
        var typeTaken = new HashSet<string>([.. inputTaken, .. items, .. members, ScorerEmitter.NamespaceFor(plan)], StringComparer.Ordinal);
        var levels = new LevelEnum?[plan.Slots.Length];
        for (var slot = 0; slot < levels.Length; slot++)
        {
            if (plan.Slots[slot].Kind == SlotKind.Level)
            {
                var type = Identifiers.For(properties[slot] + "等次", typeTaken);
                members.Add(type);
                var memberTaken = new HashSet<string>([type, "value__"], StringComparer.Ordinal);
                levels[slot] = new LevelEnum(type, [.. plan.LevelNames[slot].Select(level => Identifiers.For(level, memberTaken))]);
            }
        }

        return new ScorerNames(properties, levels, items, members);
    }

    /// <summary>
    /// Distinct method names for <paramref name="wanted"/>, in order, clear of every field's name and of the methods
    /// named before: a name wanted twice gets _2, _3, … The printers ask in a fixed order, so the same scheme always
    /// gets the same names.
    /// </summary>
    public string[] Methods(IEnumerable<string> wanted) => [.. wanted.Select(name => Identifiers.For(name, _taken))];
}

/// <summary>A 等次 field's enum: its type name and, by level position, its members' names.</summary>
internal sealed record LevelEnum(string Type, IReadOnlyList<string> Members);
