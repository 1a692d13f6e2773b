using SchemeLang.Runtime;
using CsCheck;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>Which schemes to generate: the weight styles, whether 不适用 may say 得满分 or 重新分配, and which authors' wordings rules may use.</summary>
public sealed record SchemeOptions(IReadOnlyList<WeightMode> WeightModes, bool FullMarksWhenNotApplicable, bool Redistribute, int MaxLeaves = 24, Wordings Wordings = Wordings.None)
{
    public static SchemeOptions PointsOnly { get; } = new([WeightMode.Points], FullMarksWhenNotApplicable: true, Redistribute: false);

    public static SchemeOptions Relative { get; } = new([WeightMode.Relative], FullMarksWhenNotApplicable: true, Redistribute: false);

    public static SchemeOptions PointsWithRedistribution { get; } = new([WeightMode.Points], FullMarksWhenNotApplicable: true, Redistribute: true);

    public static SchemeOptions Everything { get; } = new([WeightMode.Points, WeightMode.Relative], FullMarksWhenNotApplicable: true, Redistribute: true, Wordings: Wordings.All);
}

/// <summary>
/// Random schemes that must check clean: a tree of 1–4 levels with 1–6 children, weights in points (0–2 decimals)
/// adding up, or relative percentages adding up to 100%; every rule kind; grades covering [0, 总分] exactly once;
/// optional 否决. Names, codes and data items are assigned after the shape, so shrinking keeps them readable.
/// </summary>
public static partial class SchemeGen
{
    public static Gen<SchemeModel> Scheme(SchemeOptions options) =>
        // CsCheck shrinks by size, comparing the generators in the order drawn: depth first, then the top level.
        from maxDepth in Pick((2, Gen.Const(1)), (3, Gen.Const(2)), (3, Gen.Const(3)), (2, Gen.Const(4)))
        from weights in Gen.OneOf(options.WeightModes.ToArray())
        from total in Pick((4, Gen.Const(100m)), (1, Gen.OneOf(10m, 7m, 20m, 12.5m, 60.5m)))
        from decimals in Pick((6, Gen.Const((int?)null)), (2, Gen.Const((int?)2)), (1, Gen.Const((int?)3)))
        from roots in Siblings(total, 1, maxDepth, weights, decimals ?? 2, options)
        from grades in Grades(total)
        from vetoes in Vetoes(total)
        from writeWeightHeader in Gen.Bool
        from missing in Pick((3, Gen.Const(MissingMode.Default)), (1, Gen.Const(MissingMode.Error)), (2, Gen.Const(MissingMode.ScoreZero)))
        from codes in Pick((5, Gen.Const(true)), (1, Gen.Const(false)))
        let scheme = new SchemeModel(total, weights, writeWeightHeader, missing, decimals, codes, roots, grades, vetoes, [])
        where scheme.Leaves.Count() <= options.MaxLeaves
        select Naming.Apply(scheme);

    /// <summary>
    /// Like Gen.Frequency, but the choice is drawn as one integer, so an
    /// earlier choice is a smaller size: CsCheck's shrinking then prefers it (a leaf over a parent, fewer children).
    /// </summary>
    public static Gen<T> Pick<T>(params (int Weight, Gen<T> Gen)[] choices) =>
        Gen.Int[0, choices.Sum(choice => choice.Weight) - 1].SelectMany(draw =>
        {
            foreach (var (weight, gen) in choices)
            {
                if (draw < weight)
                {
                    return gen;
                }

                draw -= weight;
            }

            throw new InvalidOperationException("unreachable");
        });

    // ---------------------------------------------------------------- the tree

    /// <summary>Children sharing <paramref name="parentWeight"/>, 1–6 of them, fewer more likely.</summary>
    private static Gen<IReadOnlyList<NodeModel>> Siblings(decimal parentWeight, int depth, int maxDepth, WeightMode weights, int decimals, SchemeOptions options) =>
        from wanted in Pick((3, Gen.Const(1)), (3, Gen.Const(2)), (2, Gen.Const(3)), (2, Gen.Const(4)), (1, Gen.Const(5)), (1, Gen.Const(6)))
        // Points are split on a grid of at least 0.01, percentages into shares of at least one unit of the decimal
        // places: a parent of 0.03 points has at most 3 children.
        let count = (int)Math.Min(wanted, parentWeight / (weights == WeightMode.Points ? 0.01m : Apportionment.Unit(decimals)))
        from shares in Shares(count, weights, parentWeight, decimals)
        from nodes in Sequence(shares.Select(share => Node(share.Weight, share.Written, depth, maxDepth, weights, decimals, options)))
        select (IReadOnlyList<NodeModel>)nodes;

    private static Gen<NodeModel> Node(decimal weight, string written, int depth, int maxDepth, WeightMode weights, int decimals, SchemeOptions options)
    {
        var rule = options.Wordings.HasFlag(Wordings.EqualShareParts) && Parts(weight, decimals, options) is { } parts
            ? Pick((6, Rule(weight, options.Wordings)), (1, parts))
            : Rule(weight, options.Wordings);
        var leaf =
            from chosen in rule
            from notApplicable in NotApplicable(options)
            from breakdown in Breakdown(chosen, options.Wordings)
            select new NodeModel(string.Empty, string.Empty, weight, written, [], chosen, notApplicable, breakdown);
        if (depth >= maxDepth)
        {
            return leaf;
        }

        var parent = Siblings(weight, depth + 1, maxDepth, weights, decimals, options)
            .Select(children => new NodeModel(string.Empty, string.Empty, weight, written, children, null, NotApplicableMode.None));
        return Pick((1, leaf), (depth == 1 ? 4 : 2, parent));
    }

    private static Gen<NotApplicableMode> NotApplicable(SchemeOptions options)
    {
        var choices = new List<(int, Gen<NotApplicableMode>)> { (6, Gen.Const(NotApplicableMode.None)) };
        if (options.FullMarksWhenNotApplicable)
        {
            choices.Add((1, Gen.Const(NotApplicableMode.FullMarks)));
        }

        if (options.Redistribute)
        {
            choices.Add((3, Gen.Const(NotApplicableMode.Redistribute)));
        }

        return Pick(choices.ToArray());
    }

    /// <summary>
    /// Splits a parent's weight among <paramref name="count"/> siblings: points on a grid of 1, 0.5, 0.1 or 0.01 that the
    /// parent's weight is a multiple of; or whole (sometimes tenth) percentages adding up to 100%, whose points are
    /// apportioned to the scheme's decimal places as the language specifies (largest remainder).
    /// </summary>
    private static Gen<(decimal Weight, string Written)[]> Shares(int count, WeightMode weights, decimal parentWeight, int decimals)
    {
        if (weights == WeightMode.Relative)
        {
            return from grid in Pick((5, Gen.Const(1m)), (1, Gen.Const(0.1m)))
                   from parts in Partition(count, (int)(100m / grid))
                   let percents = Shown(parts.Select(part => part * grid).ToArray(), parentWeight, decimals)
                   let points = Apportionment.LargestRemainder(parentWeight, [.. percents.Select(percent => parentWeight * percent / 100m)], decimals)
                   select percents.Select((percent, i) => (points[i], Num.Text(percent) + "%")).ToArray();
        }

        var grids = new[] { 1m, 0.5m, 0.1m, 0.01m }.Where(grid => parentWeight % grid == 0m && parentWeight / grid >= count).ToArray();
        return from grid in Gen.OneOf(grids)
               from parts in Partition(count, (int)(parentWeight / grid))
               select parts.Select(part => (part * grid, Num.Text(part * grid) + "分")).ToArray();
    }

    /// <summary>
    /// The percentages, or an even split when one of them would come to 0 points at the decimal places (SL3004, a
    /// scheme not to score); the caller keeps the count within the parent's units so an even split never does.
    /// </summary>
    private static decimal[] Shown(decimal[] percents, decimal parentWeight, int decimals)
    {
        if (Apportionment.LargestRemainder(parentWeight, [.. percents.Select(percent => parentWeight * percent / 100m)], decimals).All(point => point > 0m))
        {
            return percents;
        }

        var even = Math.Floor(1000m / percents.Length) / 10m;
        return [.. percents.Skip(1).Select(_ => even).Prepend(100m - (even * (percents.Length - 1)))];
    }

    /// <summary><paramref name="count"/> positive integers adding up to <paramref name="units"/> (≥ count), in random proportions.</summary>
    public static Gen<int[]> Partition(int count, int units) =>
        Gen.Int[1, 10].Array[count].Select(raw =>
        {
            var sum = raw.Sum();
            var parts = raw.Select(r => Math.Max(1, (int)((long)units * r / sum))).ToArray();
            var difference = units - parts.Sum();
            // Give or take the rounding difference, one unit at a time, keeping every part ≥ 1.
            for (var i = 0; difference != 0; i = (i + 1) % count)
            {
                if (difference > 0)
                {
                    parts[i]++;
                    difference--;
                }
                else if (parts[i] > 1)
                {
                    parts[i]--;
                    difference++;
                }
            }

            return parts;
        });

    public static Gen<List<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(() => new List<T>()), (acc, gen) => acc.SelectMany(list => gen.Select(item => { var copy = new List<T>(list) { item }; return copy; })));
}
