using System.Collections.Immutable;
using System.ComponentModel;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>Band lookup: the one band of a table that holds a value (the checker proves there is exactly one).</summary>
/// <remarks>Machinery: called by <see cref="LeafRules"/> for both engines, not by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Bands
{
    /// <summary>The index of the first band whose range contains <paramref name="value"/>, or -1.</summary>
    public static int IndexOf(ImmutableArray<BandPlan> bands, decimal value)
    {
        for (var i = 0; i < bands.Length; i++)
        {
            if (bands[i].Range.Contains(value))
            {
                return i;
            }
        }

        return -1;
    }
}
