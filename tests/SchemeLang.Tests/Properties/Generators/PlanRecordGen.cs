using System.Globalization;
using CsCheck;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>
/// A data record as a spreadsheet row gives it: fields in slot order, then any extra ones. A null value is a field the
/// row does not carry at all (an empty string is a blank cell, which is not the same text).
/// </summary>
public sealed record PlanRecord(IReadOnlyList<(string Key, string? Value)> Fields)
{
    public DataRecord ToDataRecord(string id = "r1")
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Fields)
        {
            if (value is not null)
            {
                fields[key] = value;
            }
        }

        return new DataRecord(id, fields);
    }

    /// <summary>The record without the field at <paramref name="index"/>: one step of minimising a counterexample.</summary>
    public PlanRecord Without(int index) => new([.. Fields.Where((_, i) => i != index)]);

    public override string ToString() =>
        "{ " + string.Join("，", Fields.Where(field => field.Value is not null).Select(field => $"{field.Key} = {Quote(field.Value!)}")) + " }";

    private static string Quote(string value) =>
        "\"" + string.Concat(value.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}

/// <summary>
/// Records generated from a scheme's plan rather than from a model of its text, so that they fit any scheme, the
/// bundled examples included. Every field is drawn for what its slot reads: a number on each edge a band table,
/// threshold (and its steps) or cap draws on that data item, ±0.0001 of it, 0, random values inside and beyond the
/// item's range, huge values, negatives and garbage, in every spelling the slot accepts; 是/否 in all their forms;
/// counts; level names; 酌情 scores around the weight; 不适用 and 否决 flags; blanks, absent fields and the odd
/// unknown field. A record first draws how noisy it is: a clean record takes only values its slots accept, so that
/// a good share of records score, while a noisy one mixes in values that must be refused — by both engines alike.
/// Simple, acceptable choices come first in every list, so CsCheck shrinks a counterexample towards them.
/// </summary>
public static partial class PlanRecordGen
{
    /// <summary>The chance, in percent, that a field takes an odd value, by the record's noise level.</summary>
    private static readonly int[] OddPercent = [0, 3, 12, 40];

    private const string Huge = "79228162514264337593543950335";

    private static readonly string[] Garbage = ["很高", "--1", "95%%", "1,5", "九十五", "N/A", "1e20"];

    private static readonly string[] HugeNumbers = [Huge, "-" + Huge, "79228162514264337593543950336", "100000000000000000000", "0.00000000000000000000000000001"];

    /// <summary>A record for <paramref name="plan"/>; clean records are the most likely, then lightly, moderately and very noisy ones.</summary>
    public static Gen<PlanRecord> For(SchemePlan plan)
    {
        // Built once per plan and noise level: a query's inner generators are otherwise rebuilt for every record.
        var slots = Enumerable.Range(0, plan.Slots.Length).Select(slot => Field(plan, slot)).ToArray();
        var byNoise = Enumerable.Range(0, OddPercent.Length).Select(noise => SchemeGen.Sequence(slots.Select(slot => slot(noise)))).ToArray();
        var extras = Extras(plan);
        return from noise in SchemeGen.Pick((6, Gen.Const(0)), (2, Gen.Const(1)), (1, Gen.Const(2)), (1, Gen.Const(3)))
               from fields in byNoise[noise]
               from extra in noise == 0 ? Gen.Const(Array.Empty<(string, string?)>()) : Gen.Frequency((8, Gen.Const(Array.Empty<(string, string?)>())), (1, extras))
               from mismatch in Gen.Int[0, 7]
               select new PlanRecord([.. noise == 0 ? Consistent(plan, fields, mismatch == 7) : [.. fields], .. extra]);
    }

    /// <summary>How a bare percentage reads for the record: mostly the scheme's own declaration, sometimes a command-line override.</summary>
    public static Gen<PercentReading?> Reading { get; } = SchemeGen.Pick(
        (6, Gen.Const((PercentReading?)null)),
        (1, Gen.Const<PercentReading?>(PercentReading.SignRequired)),
        (1, Gen.Const<PercentReading?>(PercentReading.Ratio)),
        (1, Gen.Const<PercentReading?>(PercentReading.Percent)));

    /// <summary>One slot's field at a noise level: the acceptable choices, or with <see cref="OddPercent"/> chance the odd ones.</summary>
    private static Func<int, Gen<(string Key, string? Value)>> Field(SchemePlan plan, int slot)
    {
        var key = plan.Slots[slot].Key;
        var (good, odd) = Choices(plan, slot);
        return noise =>
            from roll in Gen.Int[0, 99]
            // A high roll is the odd value, so shrinking (towards 0) turns an odd field back into an acceptable one.
            from value in roll >= 100 - OddPercent[noise] ? odd : good
            select (key, value);
    }

    private static (Gen<string?> Good, Gen<string?> Odd) Choices(SchemePlan plan, int slot) => plan.Slots[slot].Kind switch
    {
        SlotKind.Number => Numbers(plan, slot),
        SlotKind.Boolean => Booleans(plan, slot),
        SlotKind.Count => (
            Gen.Frequency((6, Gen.Int[0, 5].Select(n => (string?)n.ToString(CultureInfo.InvariantCulture))), (1, Gen.OneOf<string?>("2次", "1例", "0"))),
            Gen.OneOf<string?>(null, "", "-1", "1.5", Huge, "1000000", "许多", "2 次", "２")),
        SlotKind.Level => Levels(plan, slot),
        SlotKind.Score => Scores(plan, slot),
        SlotKind.Reason => (Gen.OneOf<string?>("按完成情况", "全部完成"), Gen.OneOf<string?>(null, "", "  ")),
        SlotKind.Text => (Gen.OneOf<string?>("说明", null), Gen.OneOf<string?>("", "很高")),
        _ => throw new InvalidOperationException($"slot kind {plan.Slots[slot].Kind}"),
    };

    // ---------------------------------------------------------------- numbers

    private static (Gen<string?> Good, Gen<string?> Odd) Numbers(SchemePlan plan, int slot)
    {
        var input = plan.Slots[slot].Number;
        var items = plan.DataItems.Select((item, index) => (item, index)).Where(x => x.item.Slot == slot).ToArray();
        var domain = items.Length > 0 ? items[0].item.Domain : Interval.All;
        var whole = input.Type == DataTypeKind.Count;
        var k = whole ? 100m : 1_000_000m;
        var hints = Hints(plan, slot, k).Where(v => !whole || v == decimal.Truncate(v)).Distinct().ToArray();
        var edges = items.SelectMany(x => EdgesOf(plan, x.index)).Concat(hints).Distinct().ToArray();
        var near = whole
            ? edges.SelectMany(e => new[] { e - 1m, e + 1m }).ToArray()
            : edges.SelectMany(e => new[] { e - 0.0001m, e + 0.0001m }).ToArray();
        var all = edges.Concat(near).Append(0m).Where(v => !whole || v == decimal.Truncate(v)).Distinct().ToArray();
        var inside = all.Where(domain.Contains).ToArray();
        var outside = all.Where(v => !domain.Contains(v)).ToArray();
        var (low, high) = Span(input, domain, edges);
        // Random values on a grid of 100 000 points across the span, rounded as a row would carry them.
        var places = whole ? 0 : input.Type == DataTypeKind.Percent ? 4 : 2;
        var unit = whole ? 1m : input.Type == DataTypeKind.Percent ? 0.0001m : 0.01m;
        var random = Gen.Int[0, 100_000].Select(i => decimal.Round(low + ((high - low) * i / 100_000m), places));
        var beyond = Gen.Int[1, 1000].Select(i => (domain.Upper ?? high) + (i * unit * 10m)).Or(
                     Gen.Int[1, 1000].Select(i => (domain.Lower ?? low) - (i * unit * 10m)));
        var spell = Spellings(input, whole);

        // An operand of a formula mostly takes the base K or a hint — a divisor mostly K itself, a dividend mostly
        // edge × K — so that A ÷ B mostly falls within a range such as [0%, 100%], and often on an edge of its bands.
        var hinted = hints.Where(domain.Contains).ToArray();
        var plain = inside.Length > 0 ? Gen.OneOf(inside) : random.Where(domain.Contains);
        var divisor = Divisors(plan).Contains(slot);
        var good = (hinted.Length > 0 && domain.Contains(k)
                ? Gen.Frequency((divisor ? 10 : 4, Gen.Const(k)), (divisor ? 3 : 8, Gen.OneOf(hinted)), (2, plain), (1, random.Where(domain.Contains)))
                : Gen.Frequency((6, plain), (2, random.Where(domain.Contains))))
            .SelectMany(value => Gen.OneOf(spell.Good).Select(render => (string?)render(value)));
        var offEdge = edges.Append(0m).SelectMany(e => new[] { e - 0.0001m, e + 0.0001m }).ToArray();
        var oddValues = Gen.Frequency(
            (3, outside.Length > 0 ? Gen.OneOf(outside) : beyond),
            (2, beyond),
            (2, Gen.Int[1, 100_000].Select(i => -i * unit)),
            // A whole number just off an edge is a fraction, which a count refuses.
            (2, whole ? Gen.OneOf(offEdge) : Gen.OneOf(all)));
        var odd = Gen.Frequency(
            (4, oddValues.SelectMany(value => Gen.OneOf(spell.Good).Select(render => (string?)render(value)))),
            (3, Gen.OneOf(all).Or(random).SelectMany(value => Gen.OneOf(spell.Odd).Select(render => (string?)render(value)))),
            (2, Gen.OneOf(HugeNumbers).Select(text => (string?)text)),
            (2, Gen.OneOf(Garbage).Select(text => (string?)text)),
            (2, Gen.OneOf<string?>(null, "", " ")));
        return (good, odd);
    }

    /// <summary>Either generator, equally likely.</summary>
    private static Gen<decimal> Or(this Gen<decimal> first, Gen<decimal> second) => Gen.Frequency((1, first), (1, second));

    /// <summary>Every edge a rule that reads item <paramref name="item"/> draws: band bounds, a threshold and its steps, a cap; and the item's range.</summary>
    private static IEnumerable<decimal> EdgesOf(SchemePlan plan, int item)
    {
        var domain = plan.DataItems[item].Domain;
        foreach (var bound in new[] { domain.Lower, domain.Upper })
        {
            if (bound is { } b)
            {
                yield return b;
            }
        }

        foreach (var leaf in Scored(plan).Select(indicator => indicator.Leaf).OfType<LeafPlan>().Where(leaf => leaf.Subject == item))
        {
            switch (leaf.Rule)
            {
                case BandTablePlan table:
                    foreach (var band in table.Bands)
                    {
                        foreach (var bound in new[] { band.Range.Lower, band.Range.Upper })
                        {
                            if (bound is { } b)
                            {
                                yield return b;
                            }
                        }

                        // Steps count down from the band's upper edge (每低) or up from its lower edge (每超).
                        var below = band.Outcome is SteppedPlan { Step.Direction: StepDirection.Below };
                        if (band.Outcome is SteppedPlan stepped && (below ? band.Range.Upper : band.Range.Lower) is { } from)
                        {
                            foreach (var k in new[] { 1m, 2m, 3m })
                            {
                                yield return below ? from - (k * stepped.Step.Size) : from + (k * stepped.Step.Size);
                            }
                        }
                    }

                    break;
                case ThresholdPlan threshold:
                    yield return threshold.Threshold;
                    foreach (var k in new[] { 1m, 2m, 3m })
                    {
                        yield return threshold.Threshold - (k * threshold.Step.Size);
                        yield return threshold.Threshold + (k * threshold.Step.Size);
                    }

                    break;
                case ProportionalPlan proportional:
                    yield return proportional.Cap;
                    break;
            }
        }
    }

    /// <summary>
    /// Operands of a formula whose result a rule reads: each edge of the formula item times a base
    /// <paramref name="k"/> (and (1 + edge) × K for a formula that subtracts), so that a ratio A ÷ K or a change
    /// (A − K) ÷ K lands on the formula item's edges now and then, not only on random values.
    /// </summary>
    private static IEnumerable<decimal> Hints(SchemePlan plan, int slot, decimal k)
    {
        foreach (var (item, index) in plan.DataItems.Select((item, index) => (item, index)))
        {
            if (item.Formula is null || !item.InputSlots.Contains(slot))
            {
                continue;
            }

            var change = Operators(item.Formula).Contains(BinaryOperator.Subtract);
            foreach (var edge in EdgesOf(plan, index).Distinct())
            {
                yield return edge * k;
                if (change)
                {
                    yield return (1m + edge) * k;
                }
            }
        }
    }

    /// <summary>The input slots read on the right of a ÷ in some formula.</summary>
    private static HashSet<int> Divisors(SchemePlan plan)
    {
        var slots = new HashSet<int>();
        void Walk(ExpressionPlan expression, bool divisor)
        {
            switch (expression)
            {
                case ItemPlan item when divisor && plan.DataItems[item.Item].Slot >= 0:
                    slots.Add(plan.DataItems[item.Item].Slot);
                    break;
                case BinaryPlan binary:
                    Walk(binary.Left, divisor);
                    Walk(binary.Right, divisor || binary.Operator == BinaryOperator.Divide);
                    break;
                case NegatePlan negate:
                    Walk(negate.Operand, divisor);
                    break;
            }
        }

        foreach (var item in plan.DataItems)
        {
            if (item.Formula is { } formula)
            {
                Walk(formula, divisor: false);
            }
        }

        return slots;
    }

    private static IEnumerable<BinaryOperator> Operators(ExpressionPlan expression) => expression switch
    {
        BinaryPlan binary => Operators(binary.Left).Concat(Operators(binary.Right)).Prepend(binary.Operator),
        NegatePlan negate => Operators(negate.Operand),
        _ => [],
    };

    /// <summary>Where random values are drawn: the range, or around the edges where the range is open.</summary>
    private static (decimal Low, decimal High) Span(NumberInput input, Interval domain, decimal[] edges)
    {
        var top = edges.Length > 0 ? Math.Max(edges.Max(), 0m) : 0m;
        var fallback = input.Type switch
        {
            DataTypeKind.Percent => Math.Max(1.5m, top * 1.5m),
            DataTypeKind.Money => Math.Max(2_000_000m, top * 2m),
            _ => Math.Max(200m, top * 2m),
        };
        var low = domain.Lower ?? Math.Min(0m, edges.DefaultIfEmpty(0m).Min());
        var high = domain.Upper ?? Math.Max(low + 1m, fallback);
        return (low, high);
    }

    /// <summary>
    /// How a value in its base unit (a ratio for a percentage, yuan for money) is written in a row: the spellings the
    /// slot always accepts, and odd ones — a bare percentage (refused unless a reading is declared), a unit the item
    /// does not have, a fraction for a whole number.
    /// </summary>
    private static (Func<decimal, string>[] Good, Func<decimal, string>[] Odd) Spellings(NumberInput input, bool whole)
    {
        switch (input.Type)
        {
            case DataTypeKind.Percent:
                return (
                    [v => Plain(v * 100m) + "%", v => Plain(v * 100m) + " %", v => Plain(v * 100m) + "％", v => FullWidth(Plain(v * 100m)) + "％"],
                    [v => Plain(v), v => Plain(v * 100m), v => Plain(v * 100m) + "%%", v => Plain(v * 100m) + "元"]);
            case DataTypeKind.Money:
                var declared = input.Scale;
                return (
                    [v => Plain(v / declared), v => Plain(v) + "元", v => Plain(v / 10_000m) + "万元", v => Plain(v / 100_000_000m) + "亿元"],
                    [v => Plain(v) + "%", v => Plain(v) + "千元", v => Plain(v / 10_000m) + " 万 元"]);
            default:
                var unit = input.Unit;
                return (
                    unit is null ? [Plain] : [Plain, v => Plain(v) + unit],
                    whole ? [v => Plain(v + 0.5m), v => Plain(v) + "%", v => Plain(v) + "个单位"] : [v => Plain(v) + "%", v => Plain(v) + "个单位"]);
        }
    }

    private static string Plain(decimal value) => NumberText.Plain(value);

    private static string FullWidth(string text) => string.Concat(text.Select(c => c switch
    {
        >= '0' and <= '9' => (char)('０' + (c - '0')),
        '.' => '．',
        '-' => '－',
        _ => c,
    }));

    // ---------------------------------------------------------------- the other kinds

    /// <summary>Every leaf, and each part of a leaf scored in parts: whatever reads fields of its own.</summary>
    public static IEnumerable<IndicatorPlan> Scored(SchemePlan plan) =>
        plan.Indicators.Where(indicator => indicator.Leaf is not null)
            .SelectMany(indicator => indicator.Leaf!.Rule is PartsPlan parts ? parts.Parts.Prepend(indicator) : [indicator]);

    private static readonly string[] Yes = ["是", "true", "1", "符合"];
    private static readonly string[] No = ["否", "false", "0", "不符合"];

    /// <summary>
    /// 是/否 for a 是否 or 分项 input; for a 不适用 or 否决 flag mostly 否 or absent, sometimes 是, so that most records
    /// are scored and some are 不适用 or vetoed.
    /// </summary>
    private static (Gen<string?> Good, Gen<string?> Odd) Booleans(SchemePlan plan, int slot)
    {
        var flag = plan.Vetoes.Any(veto => veto.Slot == slot)
            || Scored(plan).Any(indicator => indicator.Leaf is { } leaf && leaf.NotApplicableSlot == slot);
        var good = flag
            ? Gen.Frequency((6, Gen.OneOf<string?>(null, "否")), (1, Gen.OneOf(No).Select(v => (string?)v)), (2, Gen.OneOf(Yes).Select(v => (string?)v)))
            : Gen.OneOf<string?>([.. Yes, .. No]);
        return (good, Gen.OneOf<string?>(null, "", " ", "也许", "Y", "√", "TRUE", "达到", " 是 ", "２"));
    }

    private static (Gen<string?> Good, Gen<string?> Odd) Levels(SchemePlan plan, int slot)
    {
        // A level table's names, or a 自评表 qualitative target's tiers (达成 / 部分达成 / 未达成).
        var names = Scored(plan)
            .Select(indicator => indicator.Leaf)
            .Where(leaf => leaf is not null && leaf.Inputs.Contains(slot))
            .SelectMany(leaf => leaf!.Rule switch
            {
                LevelPlan levels => levels.Levels.Select(level => level.Name),
                QualitativePlan => QualitativePlan.Tiers,
                _ => [],
            })
            .Distinct()
            .ToArray();
        var good = Gen.OneOf<string?>([.. names]);
        var odd = Gen.Frequency(
            (2, good.Select(name => (string?)$" {name} ")),
            (1, good.Select(name => (string?)$"{name}\t")),
            (2, Gen.OneOf<string?>("不存在的等次", "优", "")),
            (2, Gen.Const((string?)null)));
        return (good, odd);
    }

    /// <summary>
    /// A 酌情 score or 其他问题 deduction: within the leaf's weight (or a 酌情 band's maximum) when acceptable; above it,
    /// negative, text, missing when odd.
    /// </summary>
    private static (Gen<string?> Good, Gen<string?> Odd) Scores(SchemePlan plan, int slot)
    {
        var leaves = Scored(plan).Where(indicator => indicator.Leaf is { } leaf && (leaf.Inputs.Contains(slot) || leaf.OtherProblemsSlot == slot)).ToArray();
        var maxima = leaves.Select(indicator => indicator.Weight)
            .Concat(leaves.SelectMany(indicator => indicator.Leaf!.Rule is BandTablePlan table
                ? table.Bands.Select(band => band.Outcome).OfType<DiscretionaryBandPlan>().Select(band => band.Max)
                : []))
            .Distinct()
            .DefaultIfEmpty(1m)
            .ToArray();
        var least = maxima.Min();
        var scores = Gen.Frequency(
            (3, Gen.OneOf(0m, least, least / 2m, decimal.Round(least / 3m, 2)).Select(v => (string?)Plain(v))),
            (1, Gen.OneOf(0m, least).Select(v => (string?)(Plain(v) + "分"))),
            (1, Gen.Int[0, 100].Select(i => (string?)Plain(decimal.Round(least * i / 100m, 2)))));

        // Where the score is asked only sometimes — a 酌情 band among fixed ones, a 是否 whose 否 is 酌情 — a score where
        // the standard gives the points is the record's error (SL5017): mostly leave it out, as an evaluator would.
        var sometimes = leaves.Any(indicator => indicator.Leaf!.Rule is BandTablePlan { Bands: var bands } && bands.Any(band => band.Outcome is not DiscretionaryBandPlan)
            || indicator.Leaf!.Rule is PassFailPlan { OtherwiseJudged: true }
            // 其他问题酌情扣分: mostly nothing was found.
            || indicator.Leaf!.OtherProblemsSlot == slot);
        var good = sometimes ? Gen.Frequency((4, Gen.Const((string?)null)), (1, scores)) : scores;
        var odd = Gen.Frequency(
            (3, Gen.OneOf(maxima).SelectMany(max => Gen.OneOf(max, max + 0.01m, max + 1m)).Select(v => (string?)Plain(v))),
            (2, Gen.OneOf<string?>("-1", "-0.01", "很好", Huge, "3.5分", "1,5", "")),
            (2, Gen.Const((string?)null)));
        return (good, odd);
    }

    /// <summary>A field the scheme does not have: an unknown column, a 不适用 the leaf does not declare, a 理由 nobody asked for.</summary>
    private static Gen<(string, string?)[]> Extras(SchemePlan plan)
    {
        var leaves = Scored(plan).Select(indicator => indicator.Key).ToArray();
        var names = new List<string> { "备注", "Remark" };
        names.AddRange(leaves.Select(key => key + "." + RowReader.NotApplicableSuffix));
        names.AddRange(leaves.Select(key => key + "." + RowReader.ReasonSuffix));
        var unknown = names.Where(name => !plan.SlotIndex.ContainsKey(name)).ToArray();
        return from name in Gen.OneOf(unknown)
               from value in Gen.OneOf<string?>("是", "无", "")
               select new (string, string?)[] { (name, value) };
    }
}
