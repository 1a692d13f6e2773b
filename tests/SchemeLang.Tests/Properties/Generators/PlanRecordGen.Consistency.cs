using System.Globalization;
using SchemeLang.Runtime;

namespace SchemeLang.Tests.Properties.Generators;

// Clean records made to agree with the checks that tie fields together, so that the engines compare scores, not errors.
public static partial class PlanRecordGen
{
    /// <summary>
    /// The fields made consistent with the 自评表's checks and with each leaf's 「其中」 rows; with
    /// <paramref name="mismatch"/> the rows add up to one more than their figure, which must be refused (SL5020).
    /// </summary>
    private static (string Key, string? Value)[] Consistent(SchemePlan plan, IReadOnlyList<(string Key, string? Value)> fields, bool mismatch) =>
        BreakdownConsistent(plan, SelfEvaluationConsistent(plan, fields), mismatch);

    /// <summary>
    /// Each 「其中」 constraint's rows set to add up to its figure, when the figure reads: whole shares in its base unit
    /// (yuan, or a count), written with 「元」 for money, the remainder on the last row.
    /// </summary>
    private static (string Key, string? Value)[] BreakdownConsistent(SchemePlan plan, (string Key, string? Value)[] fields, bool mismatch)
    {
        var at = fields.Select((field, index) => (field.Key, index)).ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);
        foreach (var constraint in plan.Constraints)
        {
            if (constraint is not { Breakdown: { } breakdown, Right: ItemPlan { Item: var totalItem } } || plan.DataItems[totalItem].Slot < 0)
            {
                continue;
            }

            var slot = plan.Slots[plan.DataItems[totalItem].Slot];
            // The figure in its base unit: a row reads an amount in its item's unit, the rules in yuan.
            if (fields[at[slot.Key]].Value is not { } text
                || InputValues.ParseNumber(slot.Number, text, PercentReading.SignRequired, "r", slot.Key, out var written) is not null
                || InputValues.InBaseUnit(slot.Number, written) is var total && !plan.DataItems[totalItem].Domain.Contains(total)
                || total > 1e20m)
            {
                continue;
            }

            var values = BreakdownRowModel.Split(total, breakdown.RowItems.Length);
            if (mismatch)
            {
                values[^1] += 1m;
            }

            for (var row = 0; row < values.Length; row++)
            {
                var rowSlot = plan.Slots[plan.DataItems[breakdown.RowItems[row]].Slot];
                fields[at[rowSlot.Key]] = (rowSlot.Key, Plain(values[row]) + (rowSlot.Number.Type == DataTypeKind.Money ? "元" : string.Empty));
            }
        }

        return fields;
    }

    /// <summary>
    /// A clean record made to agree with the 自评表's own checks, which tie fields together: a qualitative target's score
    /// at the top of the tier chosen, and each budget column's total row the sum of its 其中 rows (all as plain numbers).
    /// Without this nearly every random record of a 自评表 fails one of them, and the engines would compare errors only.
    /// </summary>
    private static (string Key, string? Value)[] SelfEvaluationConsistent(SchemePlan plan, IReadOnlyList<(string Key, string? Value)> fields)
    {
        var at = fields.Select((field, index) => (field.Key, index)).ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);
        var consistent = fields.ToArray();
        void Set(int slot, string value) => consistent[at[plan.Slots[slot].Key]] = (plan.Slots[slot].Key, value);
        string? Get(int slot) => consistent[at[plan.Slots[slot].Key]].Value;
        foreach (var leaf in Scored(plan).Select(indicator => indicator.Leaf).OfType<LeafPlan>())
        {
            switch (leaf.Rule)
            {
                case QualitativePlan qualitative when QualitativePlan.Tiers.IndexOf(Get(leaf.Inputs[0]) ?? string.Empty) is var tier and >= 0:
                    Set(leaf.Inputs[1], Plain(qualitative.Range(tier).Upper!.Value));
                    break;
                case BudgetExecutionPlan budget when budget.Rows.Length > 0:
                    var columns = BudgetExecutionPlan.Columns.Length;
                    for (var column = 0; column < columns; column++)
                    {
                        var sum = 0m;
                        for (var row = 0; row < budget.Rows.Length; row++)
                        {
                            var slot = plan.DataItems[budget.Items[columns + (row * columns) + column]].Slot;
                            var value = decimal.TryParse(Get(slot), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed > 0m ? parsed : row + 1m;
                            Set(slot, Plain(value));
                            sum += value;
                        }

                        Set(plan.DataItems[budget.Items[column]].Slot, Plain(sum));
                    }

                    break;
            }
        }

        return consistent;
    }
}
