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

    // ---------------------------------------------------------------- the kinds other than numbers (PlanRecordGen.Numbers.cs)

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
