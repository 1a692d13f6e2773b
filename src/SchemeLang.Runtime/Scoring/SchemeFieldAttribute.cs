namespace SchemeLang.Runtime;

/// <summary>On a generated input property: the record field it holds, as the scheme names it (A21.1, 综合参保率).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class SchemeFieldAttribute(string key, SlotKind kind) : Attribute
{
    public string Key { get; } = key;

    public SlotKind Kind { get; } = kind;
}
