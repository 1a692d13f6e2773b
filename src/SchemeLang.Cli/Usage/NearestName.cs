namespace SchemeLang.Cli.Usage;

/// <summary>The name a mistyped one was most likely meant to be (chek → check, socre → score, --fromat → --format).</summary>
internal static class NearestName
{
    /// <summary>Longer than any name by far: not a typo, and not worth a table of its length.</summary>
    private const int MaxLength = 64;

    /// <summary>
    /// The closest candidate within two edits (a swap of neighbours is one) and fewer than half its letters, or null
    /// when none is that close: a two-letter name such as -h is never guessed.
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        if (typed.Length > MaxLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate);
            if (distance < bestDistance && distance <= Math.Min(2, (candidate.Length - 1) / 2))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
