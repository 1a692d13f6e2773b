using SchemeLang.Runtime;
using CsCheck;

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
        var leaf =
            from rule in Rule(weight, options.Wordings)
            from notApplicable in NotApplicable(options)
            select new NodeModel(string.Empty, string.Empty, weight, written, [], rule, notApplicable);
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

    // ---------------------------------------------------------------- rules

    /// <summary>Every rule kind, simplest first (so shrinking turns a failing leaf's rule into a 是否 when it can).</summary>
    public static Gen<RuleModel> Rule(decimal weight, Wordings wordings = Wordings.None) => Pick(
        (3, PassFail(weight, wordings)),
        (2, Checklist(weight, wordings)),
        (2, Proportional(wordings)),
        (2, Levels(weight, wordings)),
        (2, Deduction(weight, wordings)),
        (1, Gen.OneOf("完全完成得满分，其余情况酌情扣分", "按完成情况给分", string.Empty).Select(guidance => (RuleModel)new DiscretionaryModel(guidance.Length == 0 ? "参考年度工作完成情况" : guidance))),
        (3, Step(weight, wordings)),
        (3, Bands(weight)),
        (2, TwoSided(weight)));

    private static Gen<RuleModel> PassFail(decimal weight, Wordings wordings) =>
        from condition in Gen.OneOf("程序合规", "按时完成上缴", "制度健全并有效执行", "与上位政策一致")
        from form in Gen.Int[0, 2]
        from prose in wordings.HasFlag(Wordings.ProsePassFail) ? Gen.Frequency((3, Gen.Const((string?)null)), (1, ProsePassFail(condition, weight))) : Gen.Const((string?)null)
        select (RuleModel)new PassFailModel(condition, form, weight, prose);

    private static Gen<RuleModel> Checklist(decimal weight, Wordings wordings) =>
        from count in Gen.Int[1, Math.Max(1, Math.Min(4, (int)(weight / 0.01m)))]
        from points in SplitPoints(weight, count)
        from parenMarks in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        from even in wordings.HasFlag(Wordings.EvenParts) ? Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true))) : Gen.Const(false)
        let texts = new[] { "按规定履行决策程序", "按规定履行报批程序", "按要求公开", "资料完整" }
        select (RuleModel)new ChecklistModel(points.Select((p, i) => (texts[i], p)).ToArray(), parenMarks, even && count > 1);

    /// <summary>Points adding up exactly to <paramref name="weight"/>, each &gt; 0; any decimals beyond 0.01 go to the last item.</summary>
    private static Gen<decimal[]> SplitPoints(decimal weight, int count)
    {
        var whole = decimal.Floor(weight / 0.01m);
        if (count == 1 || whole < count)
        {
            return Gen.Const(() => new[] { weight });
        }

        return Partition(count, (int)Math.Min(whole, 1_000_000m)).Select(parts =>
        {
            var scale = whole > 1_000_000m ? whole / 1_000_000m : 1m;
            var points = parts.Select(part => decimal.Floor(part * scale) * 0.01m).ToArray();
            points[^1] += weight - points.Sum();
            return points;
        }).Where(points => points.All(p => p > 0m));
    }

    private static readonly SubjectKind[] BandKinds = [SubjectKind.Percent, SubjectKind.PercentBounded, SubjectKind.Count, SubjectKind.Money];

    /// <summary>A value on the subject's grid, strictly inside its domain's interior (so no band falls outside it).</summary>
    private static Gen<decimal> Cut(SubjectKind kind) => kind switch
    {
        SubjectKind.Percent => Gen.Int[1, 150].Select(i => i * 0.01m),
        SubjectKind.PercentBounded => Gen.Int[1, 99].Select(i => i * 0.01m),
        SubjectKind.Count => Gen.Int[1, 12].Select(i => (decimal)i),
        _ => Gen.Int[1, 100].Select(i => i * 10_000m),
    };

    private static Gen<decimal[]> Cuts(SubjectKind kind, int count) =>
        Cut(kind).Array[count].Select(cuts => cuts.Distinct().Order().ToArray()).Where(cuts => cuts.Length == count);

    private static Gen<StepModel> StepClause(SubjectKind kind, bool below) =>
        from size in kind switch
        {
            SubjectKind.Percent or SubjectKind.PercentBounded => Gen.OneOf(("1个百分点", 0.01m), ("5%", 0.05m), ("0.5个百分点", 0.005m), ("2个百分点", 0.02m)),
            SubjectKind.Count => Gen.OneOf(("1次", 1m), ("2次", 2m), ("1", 1m)),
            _ => Gen.OneOf(("1万元", 10_000m), ("5000元", 5_000m)),
        }
        from perStep in Gen.OneOf(0.1m, 0.2m, 0.4m, 0.5m, 1m, 2m)
        from rounding in Gen.Enum<StepRoundingMode>()
        from floorClause in Gen.Bool
        select new StepModel(below, size.Item2, size.Item1, perStep, rounding, floorClause);

    private static Gen<decimal> PartOf(decimal weight) =>
        Gen.OneOf(0m, 0.2m, 0.4m, 0.5m, 0.6m, 0.8m).Select(fraction => Math.Round(weight * fraction, 2, MidpointRounding.AwayFromZero)).Select(points => points >= weight ? 0m : points);

    /// <summary>区间 with 1–5 bands covering the domain once; one band gives the weight, the others points, 自X分起 steps or 酌情.</summary>
    private static Gen<RuleModel> Bands(decimal weight) =>
        from kind in Gen.OneOf(BandKinds)
        from cutCount in Pick((1, Gen.Const(0)), (2, Gen.Const(1)), (2, Gen.Const(2)), (1, Gen.Const(3)), (1, Gen.Const(4)))
        from cuts in Cuts(kind, cutCount)
        from cutToUpper in Gen.Bool.Array[cutCount]
        from full in Gen.Int[0, cutCount]
        from boundedTopExplicit in Gen.Bool
        from outcomes in Sequence(Enumerable.Range(0, cutCount + 1).Select(i => BandOutcome(kind, weight, i, full)))
        from forms in Gen.Int[0, 3].Array[cutCount + 1]
        let bands = Enumerable.Range(0, cutCount + 1).Select(i => new BandModel(
            i == 0 ? null : cuts[i - 1],
            i != 0 && cutToUpper[i - 1],
            i == cutCount ? (kind == SubjectKind.PercentBounded && boundedTopExplicit ? 1m : null) : cuts[i],
            i == cutCount || !cutToUpper[i],
            forms[i],
            outcomes[i])).ToArray()
        where kind != SubjectKind.Count || RecordGen.IntegerIn(bands[full]) is not null
        select (RuleModel)new BandRuleModel(new SubjectModel(string.Empty, kind), bands, weight);

    private static Gen<OutcomeModel> BandOutcome(SubjectKind kind, decimal weight, int index, int full)
    {
        if (index == full)
        {
            return Gen.Bool.Select(word => (OutcomeModel)new FixedOutcome(weight, word));
        }

        var choices = new List<(int, Gen<OutcomeModel>)>
        {
            (4, PartOf(weight).Select(points => (OutcomeModel)new FixedOutcome(points, false))),
            (1, Gen.Const<OutcomeModel>(new DiscretionaryOutcome())),
        };
        // Below the full band a step measures down from its upper edge; above it, up from its lower edge.
        var below = index < full;
        choices.Add((4,
            from start in Gen.Frequency((2, Gen.Const(weight)), (1, PartOf(weight)))
            from step in StepClause(kind, below)
            select (OutcomeModel)new StepOutcome(start, step)));
        return Pick(choices.ToArray());
    }

    /// <summary>A two-sided target band: [a, b] gives the weight, below and above deduct in steps from (maybe lower) starts.</summary>
    private static Gen<RuleModel> TwoSided(decimal weight) =>
        from kind in Gen.OneOf(SubjectKind.Percent, SubjectKind.Count, SubjectKind.Money)
        from cuts in Cuts(kind, 2)
        from lowerClosed in Gen.Bool
        from upperClosed in Gen.Bool
        from belowStart in Gen.Frequency((2, Gen.Const(weight)), (1, PartOf(weight)))
        from aboveStart in Gen.Frequency((2, Gen.Const(weight)), (1, PartOf(weight)))
        from belowStep in StepClause(kind, true)
        from aboveStep in StepClause(kind, false)
        from forms in Gen.Int[0, 3].Array[3]
        let bands = new[]
        {
            new BandModel(cuts[0], lowerClosed, cuts[1], upperClosed, forms[0], new FixedOutcome(weight, true)),
            new BandModel(cuts[1], !upperClosed, null, false, forms[1], new StepOutcome(aboveStart, aboveStep)),
            new BandModel(null, false, cuts[0], !lowerClosed, forms[2], new StepOutcome(belowStart, belowStep)),
        }
        where kind != SubjectKind.Count || RecordGen.IntegerIn(bands[0]) is not null
        select (RuleModel)new BandRuleModel(new SubjectModel(string.Empty, kind), bands, weight);

    /// <summary>Threshold + steps, both directions, every rounding wording; a percentage threshold may be a 目标值.</summary>
    private static Gen<RuleModel> Step(decimal weight, Wordings wordings) =>
        from kind in Gen.OneOf(BandKinds)
        from op in Gen.OneOf("≥", ">", "≤", "<")
        from threshold in Cut(kind)
        from useTarget in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(kind is SubjectKind.Percent or SubjectKind.PercentBounded)))
        from fullMarksWord in Gen.Bool
        from step in StepClause(kind, op is "≥" or ">")
        from cap in wordings.HasFlag(Wordings.Caps) ? Gen.Frequency((3, Gen.Const((string?)null)), (1, Cap(weight))) : Gen.Const((string?)null)
        select (RuleModel)new StepRuleModel(new SubjectModel(string.Empty, kind), op, threshold, useTarget ? string.Empty : null, fullMarksWord, weight, step with { Cap = cap });

    private static Gen<RuleModel> Deduction(decimal weight, Wordings wordings) =>
        from count in Gen.Int[1, 3]
        from points in Gen.OneOf(0.1m, 0.5m, 1m, 2m).Array[count]
        from units in (wordings.HasFlag(Wordings.MeasureWords) ? Gen.Frequency((1, Gen.OneOf("例", "次", "项", "处")), (2, PerPhrase())) : Gen.OneOf("例", "次", "项", "处")).Array[count]
        from floorClause in Gen.Bool
        from cap in wordings.HasFlag(Wordings.Caps) ? Gen.Frequency((2, Gen.Const((string?)null)), (1, Cap(weight))) : Gen.Const((string?)null)
        let texts = new[] { "已发现问题未整改", "出现投诉", "资料缺失" }
        select (RuleModel)new DeductionModel(Enumerable.Range(0, count).Select(i => (texts[i], units[i], points[i])).ToArray(), floorClause, cap);

    private static Gen<RuleModel> Proportional(Wordings wordings) =>
        from cap in Gen.Bool
        from formula in wordings.HasFlag(Wordings.Formulas) ? Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 3])) : Gen.Const(0)
        select (RuleModel)new ProportionalModel(new SubjectModel(string.Empty, cap ? SubjectKind.Percent : SubjectKind.PercentBounded), cap, formula);

    private static Gen<RuleModel> Levels(decimal weight, Wordings wordings) =>
        from names in Gen.OneOf(new[] { "好", "较好", "一般", "较差" }, new[] { "有效", "较为有效", "无效" }, new[] { "明确", "不明确" })
        from count in Gen.Int[2, names.Length]
        from fullMarksWord in Gen.Bool
        from inline in Gen.Bool
        from question in wordings.HasFlag(Wordings.LeadQuestion) && inline ? Gen.Frequency((2, Gen.Const((string?)null)), (1, LeadQuestion())) : Gen.Const((string?)null)
        from deductions in wordings.HasFlag(Wordings.LevelDeductions) ? LevelDeductions(weight) : Gen.Const<IReadOnlyList<LevelDeductionModel>>([])
        let fractions = new[] { 1m, 0.6m, 0.3m, 0m }
        let points = Enumerable.Range(0, count).Select(i => i == 0 ? weight : i == count - 1 ? 0m : Math.Round(weight * fractions[i], 3, MidpointRounding.ToZero)).ToArray()
        select (RuleModel)new LevelModel(Enumerable.Range(0, count).Select(i => (names[i], points[i])).ToArray(), fullMarksWord, inline, weight, question, deductions);

    // ---------------------------------------------------------------- grades and vetoes

    private static Gen<GradesModel> Grades(decimal total) =>
        from count in Gen.Int[1, 4]
        from fractions in Gen.OneOf(0.5m, 0.6m, 0.7m, 0.75m, 0.8m, 0.85m, 0.9m, 0.95m).Array[count - 1]
        let cuts = fractions.Select(f => Math.Round(total * f, 2, MidpointRounding.AwayFromZero)).Distinct().Order().ToArray()
        where cuts.Length == count - 1 && cuts.All(cut => cut > 0m && cut < total)
        from cutToUpper in Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false))).Array[count - 1]
        from forms in Gen.Int[0, 2].Array[count]
        from oneLine in Gen.Bool
        let names = count switch
        {
            1 => new[] { "合格" },
            2 => ["合格", "不合格"],
            3 => ["优", "良", "差"],
            _ => ["优", "良", "中", "差"],
        }
        select new GradesModel(names, cuts, cutToUpper, forms, oneLine);

    private static Gen<IReadOnlyList<VetoModel>> Vetoes(decimal total) =>
        from count in Pick((3, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2)))
        from deductions in Gen.Frequency(
            (3, Gen.OneOf(0.1m, 0.2m, 0.5m, 1m).Select(f => (decimal?)Math.Round(total * f, 2, MidpointRounding.AwayFromZero))),
            (1, Gen.Const((decimal?)null))).Array[count]
        let texts = new[] { "检查出重大违纪行为", "造成恶劣影响" }
        select (IReadOnlyList<VetoModel>)deductions.Select((d, i) => new VetoModel(texts[i], d)).ToArray();

    // ---------------------------------------------------------------- names

    /// <summary>Codes (A, A1, A12 …), unique names, data items and targets, assigned in tree order after the shape is chosen.</summary>
    private static class Naming
    {
        private static readonly string[] Words = ["政策制定", "资金管理", "项目实施", "产出质量", "社会效益", "服务对象", "制度建设", "信息公开", "档案管理", "绩效目标"];

        public static SchemeModel Apply(SchemeModel scheme)
        {
            var counter = 0;
            var targets = new List<TargetModel>();
            NodeModel Name(NodeModel node, string code)
            {
                var ordinal = Ordinal(counter++);
                var name = Words[(counter * 7) % Words.Length] + ordinal;
                var children = node.Children.Select((child, i) => Name(child, code + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
                var rule = node.Rule is { } r ? Subject(r, ordinal, targets) : null;
                return node with { Code = code, Name = name, Children = children, Rule = rule };
            }

            var roots = scheme.Roots.Select((root, i) => Name(root, ((char)('A' + i)).ToString())).ToArray();
            return scheme with { Roots = roots, Targets = targets };
        }

        private static RuleModel Subject(RuleModel rule, string ordinal, List<TargetModel> targets)
        {
            SubjectModel Named(SubjectModel subject) => subject with
            {
                Name = subject.Kind switch
                {
                    SubjectKind.Percent => "完成率",
                    SubjectKind.PercentBounded => "满意度",
                    SubjectKind.Count => "问题次",
                    _ => "支出额",
                } + ordinal,
            };

            switch (rule)
            {
                case BandRuleModel band:
                    return band with { BandSubject = Named(band.BandSubject) };
                case ProportionalModel proportional:
                    return proportional with { RateSubject = Named(proportional.RateSubject) };
                case StepRuleModel step:
                    var subject = Named(step.StepSubject);
                    if (step.ThresholdName is null)
                    {
                        return step with { StepSubject = subject };
                    }

                    var target = new TargetModel("目标" + ordinal, step.Threshold, subject.Kind);
                    targets.Add(target);
                    return step with { StepSubject = subject, ThresholdName = target.Name };
                default:
                    return rule;
            }
        }

        /// <summary>0 → 甲, 12 → 乙丙: Han "digits" so that names stay names (no digits in a data item's name).</summary>
        public static string Ordinal(int number)
        {
            const string digits = "甲乙丙丁戊己庚辛壬癸";
            var text = digits[number % 10].ToString();
            for (number /= 10; number > 0; number /= 10)
            {
                text = digits[number % 10] + text;
            }

            return text;
        }
    }
}
