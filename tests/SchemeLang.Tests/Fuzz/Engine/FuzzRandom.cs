namespace SchemeLang.Tests.Fuzz.Engine;

/// <summary>
/// SplitMix64: a small deterministic random source of our own, so that case N of seed S is the same text on every
/// machine and .NET version, whatever thread runs it.
/// </summary>
public sealed class FuzzRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The random source of one case: independent of the order in which threads pick cases.</summary>
    public static FuzzRandom ForCase(ulong seed, long index) => new(Mix(seed ^ Mix((ulong)index + 0x9E3779B97F4A7C15UL)));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
