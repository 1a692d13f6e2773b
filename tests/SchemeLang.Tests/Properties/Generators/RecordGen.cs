using System.Globalization;
using CsCheck;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>What a record must get: scored, refused with errors, or either (huge numbers may overflow).</summary>
public enum Expectation
{
    Valid,
    Unknown,
    Invalid,
}

/// <summary>A data record for a generated scheme, with what the evaluator must make of it.</summary>
public sealed record RecordModel(IReadOnlyDictionary<string, string> Fields, Expectation Expect, bool MeetsEveryStandard)
{
    public override string ToString() =>
        $"记录（{(MeetsEveryStandard ? "达到每一项标准" : Expect.ToString())}）：{{ {string.Join("，", Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} = {Quote(f.Value)}"))} }}";

    private static string Quote(string value) => "\"" + string.Concat(value.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}

/// <summary>
/// Records for a generated scheme: values at every band edge and threshold exactly and ±0.0001, zeros, huge numbers,
/// missing values, malformed text, 不适用 flags, 否决 flags; and a record meeting every standard.
/// </summary>
public static partial class RecordGen
{
    /// <param name="Unreadable">A field holds text that is not a value of its kind, or a number outside its domain: every field
    /// given is read, so the record is invalid even when the leaf it belongs to is 不适用.</param>
    /// <param name="Doubtful">A field holds a number so large that whether it reads is the runtime's call: it keeps the record
    /// <see cref="Expectation.Unknown"/> even when its leaf is 不适用 and missing inputs stop mattering.</param>
    /// <param name="Read">The value the rule's subject takes when the part is valid: what decides a band.</param>
    private sealed record Part(List<(string Key, string Value)> Fields, Expectation Expect, bool Unreadable = false, bool Doubtful = false, decimal? Read = null);

    private static Part Huge(string field, string value) => new([(field, value)], Expectation.Unknown, Doubtful: true);

    private static Part Bad(string field, string value) => new([(field, value)], Expectation.Invalid, Unreadable: true);

    private static Part Ok(params (string Key, string Value)[] fields) => new([.. fields], Expectation.Valid);

    private static readonly string[] Yes = ["是", "true", "1", "符合", "达到"];
    private static readonly string[] No = ["否", "false", "0", "不符合"];

    /// <summary>A record that meets every standard: it must score exactly 总分 and get the best grade.</summary>
    public static Gen<RecordModel> MeetingEveryStandard(SchemeModel scheme)
    {
        var leaves = scheme.Leaves.ToArray();
        var parts = leaves.Select(leaf =>
            from notApplicable in leaf.NotApplicable == NotApplicableMode.None ? Gen.Const(false) : Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)))
            from flag in notApplicable ? Gen.OneOf(Yes) : Gen.OneOf("否", string.Empty)
            let key = leaf.Key(scheme)
            let inputs = Meets(leaf, key)
            select (notApplicable, Part: leaf.NotApplicable == NotApplicableMode.None || flag.Length == 0
                ? inputs
                : new Part([.. inputs.Fields, ($"{key}.不适用", flag)], Expectation.Valid)));
        return from chosen in SchemeGen.Sequence(parts)
               from vetoes in Gen.OneOf("否", string.Empty).Array[scheme.Vetoes.Count]
               // 不适用 everywhere leaves nothing to score; one applicable leaf is the least a record can have.
               where chosen.Any(c => !c.notApplicable)
               select Build(chosen.Select(c => c.Part).Concat(VetoParts(vetoes)), meets: true);
    }

    /// <summary>Any record, valid or not, with values chosen to sit on the edges the scheme's rules draw.</summary>
    public static Gen<RecordModel> Any(SchemeModel scheme)
    {
        var leaves = scheme.Leaves.ToArray();
        var zero = scheme.Missing == MissingMode.ScoreZero;
        var parts = leaves.Select(leaf => LeafRecord(leaf, leaf.Key(scheme), zero));
        return from chosen in SchemeGen.Sequence(parts)
               from vetoes in Gen.Frequency((4, Gen.OneOf("否", string.Empty)), (2, Gen.OneOf(Yes)), (1, Gen.Const("也许"))).Array[scheme.Vetoes.Count]
               from extra in Gen.Frequency((12, Gen.Const(false)), (1, Gen.Const(true)))
               select Build(chosen.Concat(VetoParts(vetoes)).Concat(extra ? [new Part([("备注", "无")], Expectation.Invalid)] : []), meets: false);
    }

    /// <summary>Either kind: most records arbitrary, some meeting every standard.</summary>
    public static Gen<RecordModel> For(SchemeModel scheme) =>
        Gen.Frequency((3, Any(scheme)), (1, MeetingEveryStandard(scheme)));

    private static IEnumerable<Part> VetoParts(IEnumerable<string> flags) =>
        flags.Select((flag, i) => flag.Length == 0 ? Ok() : new Part([($"否决.{i + 1}", flag)], flag == "也许" ? Expectation.Invalid : Expectation.Valid));

    private static RecordModel Build(IEnumerable<Part> parts, bool meets)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var expect = Expectation.Valid;
        foreach (var part in parts)
        {
            foreach (var (key, value) in part.Fields)
            {
                fields[key] = value;
            }

            expect = (Expectation)Math.Max((int)expect, (int)part.Expect);
        }

        return new RecordModel(fields, expect, meets);
    }

    // ---------------------------------------------------------------- one leaf

    /// <summary>The leaf's fields; its 「其中」 rows are checked against its figure whether or not it is 不适用.</summary>
    private static Gen<Part> LeafRecord(NodeModel leaf, string key, bool missingScoresZero) =>
        leaf.Breakdown is { Count: > 0 } rows
            ? from part in ScoredLeafRecord(leaf, key, missingScoresZero)
              from mismatch in Gen.Frequency((5, Gen.Const(false)), (1, Gen.Const(true)))
              select WithRows(part, leaf.Rule!.Subject!, key, rows, mismatch)
            : ScoredLeafRecord(leaf, key, missingScoresZero);

    private static Gen<Part> ScoredLeafRecord(NodeModel leaf, string key, bool missingScoresZero)
    {
        var inputs = Inputs(leaf, key, missingScoresZero);
        if (leaf.NotApplicable == NotApplicableMode.None)
        {
            return inputs;
        }

        // When the record says 不适用, the leaf is not scored: missing inputs are fine, but every field given is still read.
        return from flag in Gen.Frequency((3, Gen.Const(string.Empty)), (2, Gen.OneOf(No)), (3, Gen.OneOf(Yes)), (1, Gen.Const("也许")))
               from part in inputs
               select flag.Length == 0 ? part
                   // An unreadable flag is read even when an enclosing leaf is 不适用.
                   : flag == "也许" ? new Part([.. part.Fields, ($"{key}.不适用", flag)], Expectation.Invalid, Unreadable: true)
                   : Yes.Contains(flag) ? new Part([.. part.Fields, ($"{key}.不适用", flag)], part.Unreadable ? Expectation.Invalid : part.Doubtful ? Expectation.Unknown : Expectation.Valid, part.Unreadable, part.Doubtful)
                   : part with { Fields = [.. part.Fields, ($"{key}.不适用", flag)] };
    }

    private static Part Meets(NodeModel leaf, string key) => leaf.Breakdown is { Count: > 0 } rows
        ? WithRows(MeetsRule(leaf, key), leaf.Rule!.Subject!, key, rows, mismatch: false)
        : MeetsRule(leaf, key);

    /// <summary>
    /// The leaf's 「其中」 rows added to its fields: when the figure reads, rows that add up to it (or, with
    /// <paramref name="mismatch"/>, to one more: SL5020); otherwise any rows, which nothing checks against a figure the
    /// record does not give.
    /// </summary>
    private static Part WithRows(Part part, SubjectModel subject, string key, IReadOnlyList<BreakdownRowModel> rows, bool mismatch)
    {
        var given = part.Unreadable || part.Doubtful ? null : part.Fields.Where(field => field.Key == subject.Name).Select(field => Parse(subject, field.Value)).FirstOrDefault();
        var readable = given is { } figure && subject.Contains(figure);
        var values = readable ? BreakdownRowModel.Split(given!.Value, rows.Count) : [.. rows.Select(_ => 1m)];
        if (readable && mismatch)
        {
            values[^1] += 1m;
        }

        var fields = rows.Select((row, i) => (BreakdownRowModel.Key(key, row), Num.Text(values[i]) + (subject.Kind == SubjectKind.Money ? "元" : string.Empty)));
        return part with { Fields = [.. part.Fields, .. fields], Expect = readable && mismatch ? Expectation.Invalid : part.Expect };
    }

    private static Part MeetsRule(NodeModel leaf, string key) => leaf.Rule switch
    {
        PassFailModel => Ok((key, "是")),
        ChecklistModel checklist => Ok([.. checklist.Items.Select((_, i) => ($"{key}.{i + 1}", "是"))]),
        BandRuleModel band => Given(band.BandSubject, MeetingValue(band)!.Value),
        StepRuleModel step => Given(step.StepSubject, MeetingValue(step)),
        DeductionModel deduction => Ok([.. deduction.Items.Select((_, i) => ($"{key}.{i + 1}", "0"))]),
        ProportionalModel proportional => Given(proportional.RateSubject, proportional.Cap ? 1.2m : 1m),
        LevelModel levels => Ok([(key, levels.Levels[0].Name), .. Counted(levels).Select((deduction, i) => ($"{key}.{i + 1}", deduction.Kind == LevelDeductionKind.Fixed ? "否" : "0"))]),
        DiscretionaryModel => Ok((key, Num.Text(leaf.Weight)), ($"{key}.理由", "全部完成")),
        PartsModel parts => Merge([.. parts.Parts.Select(part => MeetsRule(part, PartsModel.PartKey(key, part)))]),
        _ => throw new InvalidOperationException(leaf.Rule?.GetType().Name),
    };

    private static Gen<Part> Inputs(NodeModel leaf, string key, bool missingScoresZero)
    {
        var missing = new Part([], missingScoresZero ? Expectation.Valid : Expectation.Invalid);
        Gen<Part> Boolean(string field) => Gen.Frequency(
            (8, Gen.OneOf(Yes.Concat(No).ToArray()).Select(v => Ok((field, v)))),
            (1, Gen.OneOf("也许", "Y", "√").Select(v => Bad(field, v))),
            (1, Gen.OneOf(string.Empty, " ").Select(v => v.Length == 0 ? missing : missing with { Fields = [(field, v)] })));

        switch (leaf.Rule)
        {
            case PassFailModel:
                return Boolean(key);
            case ChecklistModel checklist:
                return SchemeGen.Sequence(checklist.Items.Select((_, i) => Boolean($"{key}.{i + 1}"))).Select(Merge);
            case DeductionModel deduction:
                return SchemeGen.Sequence(deduction.Items.Select((_, i) => Count($"{key}.{i + 1}", missing))).Select(Merge);
            case LevelModel levels:
                // A deduction after the levels comes off the level reached and never below 0: any count or answer scores.
                // A name that is not a level is the field's error as it is read, 不适用 or not (as a bad 是/否 is).
                return from level in Gen.Frequency(
                           (8, Gen.OneOf(levels.Levels.Select(level => level.Name).ToArray()).Select(name => Ok((key, name)))),
                           (1, Gen.Const(Bad(key, "不存在的等次"))),
                           (1, Gen.Const(missing)))
                       from deductions in SchemeGen.Sequence(Counted(levels).Select((deduction, i) => deduction.Kind == LevelDeductionKind.Fixed
                           ? Gen.OneOf(Yes.Concat(No).ToArray()).Select(v => ($"{key}.{i + 1}", v))
                           : Gen.Int[0, 5].Select(n => ($"{key}.{i + 1}", n.ToString(CultureInfo.InvariantCulture)))))
                       select level with { Fields = [.. level.Fields, .. deductions] };
            case DiscretionaryModel:
                return Discretionary(leaf, key, missing);
            case PartsModel parts:
                // Each part is read as a leaf of its own, with its own 不适用.
                return SchemeGen.Sequence(parts.Parts.Select(part => LeafRecord(part, PartsModel.PartKey(key, part), missingScoresZero))).Select(Merge);
            case ProportionalModel proportional:
                return Value(proportional.RateSubject, [0m, 0.5m, 0.9999m, 1m, 1.0001m, 0.3333m, 1.5m, 12m], missing);
            case StepRuleModel step:
                return Value(step.StepSubject, [step.Threshold, MeetingValue(step), .. Steps(step.Threshold, step.Step.StepSize)], missing);
            case BandRuleModel band:
                var edges = band.Bands.SelectMany(b => new[] { b.Lower, b.Upper }).OfType<decimal>().Distinct().ToArray();
                var values = edges.Concat([MeetingValue(band) ?? 0m]).Concat(edges.SelectMany(edge => Steps(edge, 0.01m))).ToArray();
                var hasDiscretionary = band.Bands.Any(b => b.Outcome is DiscretionaryOutcome);
                return from value in Value(band.BandSubject, values, missing)
                       from discretionary in hasDiscretionary ? Discretionary(leaf, key, missing, absent: 4) : Gen.Const(Ok())
                       select new Part(
                           [.. value.Fields, .. discretionary.Fields],
                           FallsInDiscretionary(band, value) ? Worst(value.Expect, discretionary.Expect)
                               : discretionary.Unreadable ? Expectation.Invalid
                               // A score for a value in a fixed band is not the evaluator's to give: SL5017. (With no
                               // value there is no band, and 缺失数据 decides.)
                               : FallsInFixedBand(band, value) && discretionary.Fields.Any(field => field.Key == key) ? Expectation.Invalid
                               : value.Expect,
                           value.Unreadable || discretionary.Unreadable,
                           value.Doubtful || discretionary.Doubtful);
            default:
                throw new InvalidOperationException(leaf.Rule?.GetType().Name);
        }
    }

    /// <summary>The deductions after a level table that a record answers in numbered fields (a judged one takes 酌情扣分 instead).</summary>
    private static IEnumerable<LevelDeductionModel> Counted(LevelModel levels) =>
        (levels.Deductions ?? []).Where(deduction => deduction.Kind != LevelDeductionKind.Judged);

    private static Expectation Worst(Expectation a, Expectation b) => (Expectation)Math.Max((int)a, (int)b);

    private static Part Merge(List<Part> parts) =>
        new([.. parts.SelectMany(part => part.Fields)], parts.Select(part => part.Expect).DefaultIfEmpty(Expectation.Valid).Max(), parts.Any(part => part.Unreadable), parts.Any(part => part.Doubtful));

    private static bool FallsInDiscretionary(BandRuleModel band, Part value) =>
        value.Expect == Expectation.Valid && value.Read is { } v
        && band.Bands.FirstOrDefault(b => b.Contains(v))?.Outcome is DiscretionaryOutcome;

    private static bool FallsInFixedBand(BandRuleModel band, Part value) =>
        value.Expect == Expectation.Valid && value.Read is { } v
        && band.Bands.FirstOrDefault(b => b.Contains(v))?.Outcome is { } outcome and not DiscretionaryOutcome;

    private static IEnumerable<decimal> Steps(decimal from, decimal step) =>
        [from - 0.0001m, from + 0.0001m, from - step, from + step, from - (step * 2.5m), from + (step * 10m)];

    private static Gen<Part> Count(string field, Part missing) => Gen.Frequency(
        (6, Gen.Int[0, 5].Select(n => Ok((field, n.ToString(CultureInfo.InvariantCulture))))),
        (2, Gen.OneOf("2次", "1例", "1000000", "0").Select(v => Ok((field, v)))),
        (1, Gen.OneOf("-1", "1.5", "许多").Select(v => Bad(field, v))),
        (1, Gen.OneOf("79228162514264337593543950335", "99999999999999999999999999999999").Select(v => Huge(field, v))),
        (1, Gen.Const(missing)));

    /// <param name="absent">How often, against 6 for a valid score, the score is left out.</param>
    private static Gen<Part> Discretionary(NodeModel leaf, string key, Part missing, int absent = 1) =>
        from score in Gen.Frequency(
            (6, Gen.OneOf(0m, 1m, 0.5m, leaf.Weight).Where(s => s <= leaf.Weight).Select(s => (Text: Num.Text(s), Valid: (bool?)true))),
            (1, Gen.OneOf(leaf.Weight + 0.01m, -1m).Select(s => (Text: Num.Text(s), Valid: (bool?)false))),
            (1, Gen.Const((Text: "很好", Valid: (bool?)false))),
            (absent, Gen.Const((Text: string.Empty, Valid: (bool?)null))))
        from reason in Gen.Frequency((6, Gen.Const("按完成情况")), (1, Gen.Const(string.Empty)))
        select score.Valid is null
            ? missing with { Fields = reason.Length == 0 ? [] : [($"{key}.理由", reason)] }
            : new Part(
                reason.Length == 0 ? [(key, score.Text)] : [(key, score.Text), ($"{key}.理由", reason)],
                score.Valid == true && reason.Length > 0 ? Expectation.Valid : Expectation.Invalid,
                Unreadable: score.Text == "很好");

    /// <summary>
    /// A subject's value: one of <paramref name="values"/> (the edges), 0, a random one, a huge one, garbage, or missing;
    /// for a subject a formula computes, its inputs.
    /// </summary>
    private static Gen<Part> Value(SubjectModel subject, IReadOnlyList<decimal> values, Part missing) => subject.Formula is { } formula
        ? FormulaValue(formula, values, missing)
        : Gen.Frequency(
            (10, from value in Gen.OneOf(values.ToArray())
                 from format in Gen.Int[0, 3]
                 select Numeric(subject, value, format)),
            (2, from value in subject.Kind == SubjectKind.Count ? Gen.Int[0, 20].Select(i => (decimal)i) : Gen.Int[0, 15000].Select(i => i * (subject.Kind == SubjectKind.Money ? 100m : 0.0001m))
                from format in Gen.Int[0, 3]
                select Numeric(subject, value, format)),
            (1, Gen.OneOf("79228162514264337593543950335", "99999999999999999999999999999999", "1e5", "0.00000000000000000000000001")
                .Select(v => v == "1e5" ? Bad(subject.Name, v) : Huge(subject.Name, v))),
            (1, Gen.OneOf("很高", "九十五", "--1", "95%%").Select(v => Bad(subject.Name, v))),
            (1, Gen.Const(missing)));

    private static Part Numeric(SubjectModel subject, decimal value, int format) =>
        subject.Contains(value) ? Ok((subject.Name, Text(subject, value, format))) with { Read = value } : Bad(subject.Name, Text(subject, value, format));

    /// <summary>A value as a record writes it: 96.87% or 0.9687; 3 or 3次; 120000元, 12万元 or a bare 12 (万元).</summary>
    public static string Text(SubjectModel subject, decimal value, int format) => subject.Kind switch
    {
        SubjectKind.Percent or SubjectKind.PercentBounded => format switch
        {
            0 => Num.Text(value * 100m) + "%",
            1 => Num.Text(value),
            2 => FullWidth(Num.Text(value * 100m)) + "％",
            _ => Num.Text(value * 100m) + " %",
        },
        SubjectKind.Count => format % 2 == 0 ? Num.Text(value) : Num.Text(value) + subject.Unit,
        _ => format switch
        {
            0 => Num.Text(value) + "元",
            1 => Num.Text(value / 10_000m) + "万元",
            2 => Num.Text(value / 10_000m),
            _ => Num.Text(value) + " 元",
        },
    };

    private static string FullWidth(string text) => string.Concat(text.Select(c => c switch
    {
        >= '0' and <= '9' => (char)('０' + (c - '0')),
        '.' => '．',
        '-' => '－',
        _ => c,
    }));

    /// <summary>The value <see cref="Text"/> wrote, read back in the subject's base unit (for deciding which band it falls in).</summary>
    private static decimal? Parse(SubjectModel subject, string text)
    {
        var normalized = new string(text.Select(c => c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '．' => '.',
            '－' => '-',
            '％' => '%',
            _ => c,
        }).ToArray()).Replace(" ", string.Empty, StringComparison.Ordinal);
        var (number, scale) = subject.Kind switch
        {
            SubjectKind.Percent or SubjectKind.PercentBounded when normalized.EndsWith('%') => (normalized[..^1], 0.01m),
            SubjectKind.Count when normalized.EndsWith(subject.Unit, StringComparison.Ordinal) => (normalized[..^subject.Unit.Length], 1m),
            SubjectKind.Money when normalized.EndsWith("万元", StringComparison.Ordinal) => (normalized[..^2], 10_000m),
            SubjectKind.Money when normalized.EndsWith('元') => (normalized[..^1], 1m),
            SubjectKind.Money => (normalized, 10_000m),
            _ => (normalized, 1m),
        };
        return decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value * scale : null;
    }

    // ---------------------------------------------------------------- meeting the standard

    /// <summary>A value inside the band that gives full marks (null when none exists, e.g. no integer in (3, 4)).</summary>
    public static decimal? MeetingValue(BandRuleModel rule)
    {
        var full = rule.Bands.First(band => band.Outcome is FixedOutcome { } f && f.Points == rule.Weight);
        return rule.BandSubject.Kind == SubjectKind.Count ? IntegerIn(full) : AnyIn(full, rule.BandSubject.Kind == SubjectKind.Money ? 10_000m : 0.01m);
    }

    public static decimal MeetingValue(StepRuleModel rule)
    {
        var epsilon = rule.StepSubject.Kind switch
        {
            SubjectKind.Count => 1m,
            SubjectKind.Money => 10_000m,
            _ => 0.01m,
        };
        return rule.Operator switch
        {
            "≥" or "≤" => rule.Threshold,
            ">" => rule.Threshold + epsilon,
            _ => Math.Max(0m, rule.Threshold - epsilon),
        };
    }

    private static decimal? AnyIn(BandModel band, decimal epsilon)
    {
        if (band.LowerClosed && band.Lower is { } closedLower)
        {
            return closedLower;
        }

        if (band.UpperClosed && band.Upper is { } closedUpper)
        {
            return closedUpper;
        }

        return (band.Lower, band.Upper) switch
        {
            (null, null) => 0m,
            (null, { } hi) => hi > 0m ? 0m : null,
            ({ } lo, null) => lo + epsilon,
            ({ } lo, { } hi) => (lo + hi) / 2m,
        };
    }

    /// <summary>The smallest non-negative integer inside the band, if any.</summary>
    public static decimal? IntegerIn(BandModel band)
    {
        var start = band.Lower is { } lo ? Math.Max(0m, decimal.Floor(lo)) : 0m;
        for (var candidate = start; candidate <= start + 2m; candidate++)
        {
            if (band.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
