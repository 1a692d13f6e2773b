using System.Globalization;
using CsCheck;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// How long each property runs. Defaults keep the whole Properties folder well under 30 s on a 2-core machine;
/// SCHEMELANG_PROPERTY_ITERATIONS raises every property to at least that many iterations for a long run, and
/// SCHEMELANG_PROPERTY_SEED replays a failure (CsCheck prints the seed with the shrunk counterexample).
/// </summary>
internal static class PropertyRun
{
    public const string IterationsVariable = "SCHEMELANG_PROPERTY_ITERATIONS";
    public const string SeedVariable = "SCHEMELANG_PROPERTY_SEED";

    public static long Iterations(long defaultCount) =>
        long.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var requested)
            ? Math.Max(requested, defaultCount)
            : defaultCount;

    public static string? Seed => Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seed ? seed : null;

    /// <summary>Runs <paramref name="assert"/> over <paramref name="gen"/>; a failure is shrunk and printed with <paramref name="print"/>.</summary>
    public static void Check<T>(Gen<T> gen, Action<T> assert, long iterations, Func<T, string>? print = null) =>
        gen.Sample(assert, seed: Seed, iter: Iterations(iterations), print: print);
}
