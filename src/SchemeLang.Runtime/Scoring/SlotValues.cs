namespace SchemeLang.Runtime;

/// <summary>The interpreter's record: each slot's value as read, by slot index (only the array for the slot's kind is used).</summary>
public sealed class SlotValues(string id, int slots)
{
    public string Id { get; } = id;

    /// <summary>Numbers (money in its item's unit), counts, 酌情 scores, and each 等次 field's level as its position (<see cref="SchemePlan.LevelNames"/>).</summary>
    public decimal?[] Numbers { get; } = new decimal?[slots];

    /// <summary>是否 fields.</summary>
    public bool?[] Flags { get; } = new bool?[slots];

    /// <summary>Reasons and text items, as written.</summary>
    public string?[] Texts { get; } = new string?[slots];
}
