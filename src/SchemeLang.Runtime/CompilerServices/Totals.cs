namespace SchemeLang.Runtime.CompilerServices;

/// <summary>Above the leaves: vetoes applied after the sum, and the grade of a total.</summary>
internal static class Totals
{
    /// <summary>The total after a veto: less its points (扣 N 分), or 0 (总分为零, <paramref name="deduction"/> null); never below 0.</summary>
    public static decimal ApplyVeto(decimal total, decimal? deduction) => deduction is { } points ? Math.Max(0m, total - points) : 0m;

    /// <summary>The index of the grade whose range holds <paramref name="total"/>, or -1 (the checker proves grades cover [0, 总分]).</summary>
    public static int GradeOf(System.Collections.Immutable.ImmutableArray<GradePlan> grades, decimal total)
    {
        for (var i = 0; i < grades.Length; i++)
        {
            if (grades[i].Range.Contains(total))
            {
                return i;
            }
        }

        return -1;
    }
}
