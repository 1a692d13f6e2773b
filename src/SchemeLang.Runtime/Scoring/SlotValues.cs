namespace SchemeLang.Runtime;

/// <summary>The interpreter's record: each slot's value as read, by slot index (only the array for the slot's kind is used).</summary>
public sealed class SlotValues(string id, int slots)
{
    public string Id { get; } = id;

    /// <summary>Numbers, counts and 酌情 scores.</summary>
    public decimal?[] Numbers { get; } = new decimal?[slots];

    /// <summary>是否 fields.</summary>
    public bool?[] Flags { get; } = new bool?[slots];

    /// <summary>Levels, reasons and text items, as written.</summary>
    public string?[] Texts { get; } = new string?[slots];
}
