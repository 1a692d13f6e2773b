using CsCheck;

namespace SchemeLang.Tests.Properties.Generators;

// A leaf's rule of every kind, with the values its bands, steps and levels are drawn on.
public static partial class SchemeGen
{
    /// <summary>Every rule kind, simplest first (so shrinking turns a failing leaf's rule into a 是否 when it can).</summary>
    public static Gen<RuleModel> Rule(decimal weight, Wordings wordings = Wordings.None) => Pick(
        (3, PassFail(weight, wordings)),
        (2, Checklist(weight, wordings)),
        (2, Proportional(wordings)),
        (2, Levels(weight, wordings)),
        (2, Deduction(weight, wordings)),
        (1, Gen.OneOf("完全完成得满分，其余情况酌情扣分", "按完成情况给分", string.Empty).Select(guidance => (RuleModel)new DiscretionaryModel(guidance.Length == 0 ? "参考年度工作完成情况" : guidance))),
        (3, Step(weight, wordings)),
        (3, Bands(weight, wordings)),
        (2, TwoSided(weight, wordings)));

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

    private static Gen<StepModel> StepClause(SubjectModel subject, bool below, Wordings wordings) =>
        from size in subject.Kind switch
        {
            SubjectKind.Percent or SubjectKind.PercentBounded when subject.Formula is { AsNumber: true } => Gen.OneOf(("1", 0.01m), ("5", 0.05m), ("0.5", 0.005m), ("2", 0.02m)),
        SubjectKind.Percent or SubjectKind.PercentBounded => Gen.OneOf(("1个百分点", 0.01m), ("5%", 0.05m), ("0.5个百分点", 0.005m), ("2个百分点", 0.02m)),
            SubjectKind.Count => Gen.OneOf(("1" + subject.Unit, 1m), ("2" + subject.Unit, 2m), ("1", 1m), ("一" + subject.Unit, 1m)),
            _ => Gen.OneOf(("1万元", 10_000m), ("5000元", 5_000m)),
        }
        from perStep in Gen.OneOf(0.1m, 0.2m, 0.4m, 0.5m, 1m, 2m)
        from rounding in Gen.Enum<StepRoundingMode>()
        from floorClause in Gen.Bool
        from verb in wordings.HasFlag(Wordings.StepVerbs) ? Gen.Frequency((1, Gen.Const((string?)null)), (2, Gen.OneOf(below ? BelowVerbs : AboveVerbs).Select(v => (string?)v))) : Gen.Const((string?)null)
        select new StepModel(below, size.Item2, size.Item1, perStep, rounding, floorClause, Verb: verb);

    /// <summary>
    /// A subject of the kind; a count's unit is 次, or with Wordings.StepVerbs any measure word; a percentage, with
    /// Wordings.TypedFormulas, is one time in three computed by a formula.
    /// </summary>
    /// <param name="rate">For a 按比例 rate, which a 数值 formula cannot be.</param>
    private static Gen<SubjectModel> Subject(SubjectKind kind, Wordings wordings, bool rate = false) =>
        kind == SubjectKind.Count && wordings.HasFlag(Wordings.StepVerbs)
            ? Gen.OneOf(CountUnits).Select(unit => new SubjectModel(string.Empty, kind, unit))
            : kind is SubjectKind.Percent or SubjectKind.PercentBounded && wordings.HasFlag(Wordings.TypedFormulas)
            ? Gen.Frequency((2, Gen.Const(new SubjectModel(string.Empty, kind))), (1, FormulaSubject(kind == SubjectKind.PercentBounded, number: !rate)))
            : Gen.Const(new SubjectModel(string.Empty, kind));

    private static Gen<decimal> PartOf(decimal weight) =>
        Gen.OneOf(0m, 0.2m, 0.4m, 0.5m, 0.6m, 0.8m).Select(fraction => Math.Round(weight * fraction, 2, MidpointRounding.AwayFromZero)).Select(points => points >= weight ? 0m : points);

    /// <summary>区间 with 1–5 bands covering the domain once; one band gives the weight, the others points, 自X分起 steps or 酌情.</summary>
    private static Gen<RuleModel> Bands(decimal weight, Wordings wordings) =>
        from kind in Gen.OneOf(BandKinds)
        from subject in Subject(kind, wordings)
        from cutCount in Pick((1, Gen.Const(0)), (2, Gen.Const(1)), (2, Gen.Const(2)), (1, Gen.Const(3)), (1, Gen.Const(4)))
        from cuts in Cuts(kind, cutCount)
        from cutToUpper in Gen.Bool.Array[cutCount]
        from full in Gen.Int[0, cutCount]
        from boundedTopExplicit in Gen.Bool
        from outcomes in Sequence(Enumerable.Range(0, cutCount + 1).Select(i => BandOutcome(subject, weight, i, full, wordings)))
        from forms in Gen.Int[0, 3].Array[cutCount + 1]
        let bands = Enumerable.Range(0, cutCount + 1).Select(i => new BandModel(
            i == 0 ? null : cuts[i - 1],
            i != 0 && cutToUpper[i - 1],
            i == cutCount ? (kind == SubjectKind.PercentBounded && boundedTopExplicit ? 1m : null) : cuts[i],
            i == cutCount || !cutToUpper[i],
            forms[i],
            outcomes[i])).ToArray()
        where kind != SubjectKind.Count || RecordGen.IntegerIn(bands[full]) is not null
        select (RuleModel)new BandRuleModel(subject, bands, weight);

    private static Gen<OutcomeModel> BandOutcome(SubjectModel subject, decimal weight, int index, int full, Wordings wordings)
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
            from step in StepClause(subject, below, wordings)
            select (OutcomeModel)new StepOutcome(start, step)));
        return Pick(choices.ToArray());
    }

    /// <summary>A two-sided target band: [a, b] gives the weight, below and above deduct in steps from (maybe lower) starts.</summary>
    private static Gen<RuleModel> TwoSided(decimal weight, Wordings wordings) =>
        from kind in Gen.OneOf(SubjectKind.Percent, SubjectKind.Count, SubjectKind.Money)
        from subject in Subject(kind, wordings)
        from cuts in Cuts(kind, 2)
        from lowerClosed in Gen.Bool
        from upperClosed in Gen.Bool
        from belowStart in Gen.Frequency((2, Gen.Const(weight)), (1, PartOf(weight)))
        from aboveStart in Gen.Frequency((2, Gen.Const(weight)), (1, PartOf(weight)))
        from belowStep in StepClause(subject, true, wordings)
        from aboveStep in StepClause(subject, false, wordings)
        from forms in Gen.Int[0, 3].Array[3]
        let bands = new[]
        {
            new BandModel(cuts[0], lowerClosed, cuts[1], upperClosed, forms[0], new FixedOutcome(weight, true)),
            new BandModel(cuts[1], !upperClosed, null, false, forms[1], new StepOutcome(aboveStart, aboveStep)),
            new BandModel(null, false, cuts[0], !lowerClosed, forms[2], new StepOutcome(belowStart, belowStep)),
        }
        where kind != SubjectKind.Count || RecordGen.IntegerIn(bands[0]) is not null
        select (RuleModel)new BandRuleModel(subject, bands, weight);

    /// <summary>Threshold + steps, both directions, every rounding wording; a percentage threshold may be a 目标值.</summary>
    private static Gen<RuleModel> Step(decimal weight, Wordings wordings) =>
        from kind in Gen.OneOf(BandKinds)
        from subject in Subject(kind, wordings)
        from op in Gen.OneOf("≥", ">", "≤", "<")
        from threshold in Cut(kind)
        // A 目标值 is a percentage, which a number of per cent is not compared with.
        from useTarget in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(kind is SubjectKind.Percent or SubjectKind.PercentBounded && subject.Formula is not { AsNumber: true })))
        from fullMarksWord in Gen.Bool
        from step in StepClause(subject, op is "≥" or ">", wordings)
        from cap in wordings.HasFlag(Wordings.Caps) ? Gen.Frequency((3, Gen.Const((string?)null)), (1, Cap(weight))) : Gen.Const((string?)null)
        select (RuleModel)new StepRuleModel(subject, op, threshold, useTarget ? string.Empty : null, fullMarksWord, weight, step with { Cap = cap });

    private static Gen<RuleModel> Deduction(decimal weight, Wordings wordings) =>
        from count in Gen.Int[1, 3]
        from points in Gen.OneOf(0.1m, 0.5m, 1m, 2m).Array[count]
        from units in (wordings.HasFlag(Wordings.MeasureWords) ? Gen.Frequency((1, Gen.OneOf("例", "次", "项", "处")), (2, PerPhrase())) : Gen.OneOf("例", "次", "项", "处")).Array[count]
        from floorClause in Gen.Bool
        from cap in wordings.HasFlag(Wordings.Caps) ? Gen.Frequency((2, Gen.Const((string?)null)), (1, Cap(weight))) : Gen.Const((string?)null)
        let texts = new[] { "已发现问题未整改", "出现投诉", "资料缺失" }
        select (RuleModel)new DeductionModel(Enumerable.Range(0, count).Select(i => (texts[i], units[i], points[i])).ToArray(), floorClause, cap);

    /// <summary>按比例 of a rate, a 数据 formula or (capped, with Wordings.TypedFormulas) a ratio written in place.</summary>
    private static Gen<RuleModel> Proportional(Wordings wordings) =>
        from cap in Gen.Bool
        from formula in wordings.HasFlag(Wordings.Formulas) ? Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 3])) : Gen.Const(0)
        from subject in cap && wordings.HasFlag(Wordings.TypedFormulas)
            ? Gen.Frequency((4, Subject(SubjectKind.Percent, wordings, rate: true)), (1, FormulaSubject(bounded: false, inline: true)))
            : Subject(cap ? SubjectKind.Percent : SubjectKind.PercentBounded, wordings, rate: true)
        select (RuleModel)new ProportionalModel(subject, cap, formula);

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
}
