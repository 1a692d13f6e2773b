using CsCheck;
using SchemeLang.Runtime;

namespace SchemeLang.Tests.Properties.Generators;

// Number fields: values on and around every edge a rule draws on the data item, inside and beyond its range, in each spelling a row may use.
public static partial class PlanRecordGen
{
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
}
