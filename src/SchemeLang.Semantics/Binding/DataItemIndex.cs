using SchemeLang.Collections;

namespace SchemeLang.Binding;

/// <summary>
/// A scheme's data items by name: the first where a name is declared twice (the checker reports the second), as a
/// search of the list would find. Rules and formulas look their items up once per reference, and searching the list
/// each time made checking a 15,120-leaf scheme quadratic (a fifth of its `check`). Derived from
/// <see cref="BoundScheme.DataItems"/>, so it takes no part in equality, like <see cref="Site"/>.
/// </summary>
internal sealed class DataItemIndex : IEquatable<DataItemIndex>
{
    private readonly Dictionary<string, DataItem> _byName = new(StringComparer.Ordinal);

    public DataItemIndex(EquatableArray<DataItem> items)
    {
        foreach (var item in items)
        {
            _byName.TryAdd(item.Name, item);
        }
    }

    public DataItem? Find(string name) => _byName.GetValueOrDefault(name);

    public bool Equals(DataItemIndex? other) => other is not null;

    public override bool Equals(object? obj) => obj is DataItemIndex;

    public override int GetHashCode() => 0;
}
