using System.Diagnostics;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Runtime;

/// <summary>
/// The interpreter: walks a scheme plan, reading values out of slots and calling the same <see cref="LeafRules"/>,
/// <see cref="Formulas"/> and <see cref="RecordScope"/> a generated scorer calls, in the same order — the oracle
/// generated scorers are tested against. It lives beside <see cref="SchemeScorer{TInput}"/>, the base both engines
/// share, and needs nothing but a plan: the compiler's <c>Evaluator</c> lowers a checked scheme and constructs it.
/// </summary>
public sealed class PlanInterpreter(SchemePlan plan, PercentReading? percentReading = null) : SchemeScorer<SlotValues>(plan, percentReading)
{
    /// <summary>Data items kept on the stack while a record is scored; a scheme with more puts them in an array.</summary>
    private const int StackItems = 128;

    protected override string IdOf(SlotValues input) => input.Id;

    protected override SlotValues Read(DataRecord record, RecordScope scope)
    {
        var values = new SlotValues(record.Id, Plan.Slots.Length);
        for (var slot = 0; slot < Plan.Slots.Length; slot++)
        {
            switch (Plan.Slots[slot].Kind)
            {
                case SlotKind.Number:
                    values.Numbers[slot] = RowReader.Number(record, slot, PercentReading, scope);
                    break;
                case SlotKind.Boolean:
                    values.Flags[slot] = RowReader.Boolean(record, slot, scope);
                    break;
                case SlotKind.Count:
                    values.Numbers[slot] = RowReader.Count(record, slot, scope);
                    break;
                case SlotKind.Score:
                    values.Numbers[slot] = RowReader.Score(record, slot, scope);
                    break;
                case SlotKind.Level:
                    values.Numbers[slot] = RowReader.Level(record, slot, scope);
                    break;
                case SlotKind.Reason or SlotKind.Text:
                    values.Texts[slot] = RowReader.Text(record, slot, scope);
                    break;
                default:
                    throw new UnreachableException($"slot kind {Plan.Slots[slot].Kind}");
            }
        }

        return values;
    }

    protected override void Evaluate(SlotValues input, RecordScope scope, Span<LeafTrace> leaves, Span<bool> vetoes)
    {
        // The data items' values, cleared: a formula reads only items before it, as a generated scorer's do.
        Span<decimal?> items = Plan.DataItems.Length <= StackItems ? stackalloc decimal?[Plan.DataItems.Length] : new decimal?[Plan.DataItems.Length];
        items.Clear();
        for (var i = 0; i < items.Length; i++)
        {
            var item = Plan.DataItems[i];
            if (item.Formula is not { } formula)
            {
                // A 文本 or 是否 item is accepted in records but never a rule's subject or operand.
                items[i] = Plan.Slots[item.Slot].Kind == SlotKind.Number ? scope.Input(i, input.Numbers[item.Slot]) : null;
                continue;
            }

            try
            {
                var dividedByZero = false;
                var value = Compute(formula, items, ref dividedByZero);
                items[i] = scope.Computed(i, value, dividedByZero);
            }
            catch (OverflowException)
            {
                items[i] = scope.Overflowed(i);
            }
        }

        for (var i = 0; i < Plan.Constraints.Length; i++)
        {
            try
            {
                var dividedByZero = false;
                var left = Compute(Plan.Constraints[i].Left, items, ref dividedByZero);
                var right = Compute(Plan.Constraints[i].Right, items, ref dividedByZero);
                scope.Constraint(i, left, right, dividedByZero);
            }
            catch (OverflowException)
            {
                scope.ConstraintOverflowed(i);
            }
        }

        foreach (var indicator in Plan.Indicators)
        {
            if (indicator.Leaf is { } leaf)
            {
                leaves[leaf.Index] = ScoreOrNotApplicable(indicator, leaf, input, items, scope);
            }
        }

        for (var i = 0; i < vetoes.Length; i++)
        {
            vetoes[i] = input.Flags[Plan.Vetoes[i].Slot] == true;
        }
    }

    private static LeafTrace ScoreOrNotApplicable(IndicatorPlan indicator, LeafPlan leaf, SlotValues input, ReadOnlySpan<decimal?> items, RecordScope scope) =>
        leaf.NotApplicableSlot >= 0 && input.Flags[leaf.NotApplicableSlot] == true
            ? LeafRules.NotApplicable(indicator)
            : Score(indicator, leaf, input, items, scope);

    private static LeafTrace Score(IndicatorPlan indicator, LeafPlan leaf, SlotValues input, ReadOnlySpan<decimal?> items, RecordScope scope)
    {
        var otherProblems = leaf.OtherProblemsSlot >= 0 ? input.Numbers[leaf.OtherProblemsSlot] : null;
        var reason = leaf.Reason >= 0 ? input.Texts[leaf.Reason] : null;
        switch (leaf.Rule)
        {
            case PassFailPlan pass:
                return pass.OtherwiseJudged
                    ? LeafRules.PassFail(indicator, pass, input.Flags[leaf.Inputs[0]], input.Numbers[leaf.Inputs[1]], input.Texts[leaf.Reason], scope)
                    : LeafRules.PassFail(indicator, pass, input.Flags[leaf.Inputs[0]], null, null, scope);
            case ChecklistPlan checklist:
                Span<bool?> met = stackalloc bool?[leaf.Inputs.Length];
                for (var i = 0; i < met.Length; i++)
                {
                    met[i] = input.Flags[leaf.Inputs[i]];
                }

                return LeafRules.Checklist(indicator, checklist, met, otherProblems, reason, scope);
            case DeductionPlan deduction:
                Span<decimal?> counts = stackalloc decimal?[leaf.Inputs.Length];
                for (var i = 0; i < counts.Length; i++)
                {
                    counts[i] = input.Numbers[leaf.Inputs[i]];
                }

                return LeafRules.Deduction(indicator, deduction, counts, scope);
            case BandTablePlan band:
                var judged = leaf.Inputs.Length > 0;
                return LeafRules.Band(
                    indicator,
                    band,
                    items[leaf.Subject],
                    judged ? input.Numbers[leaf.Inputs[0]] : null,
                    judged ? input.Texts[leaf.Reason] : null,
                    scope);
            case ThresholdPlan threshold:
                return LeafRules.Threshold(indicator, threshold, items[leaf.Subject], scope);
            case ProportionalPlan proportional:
                return LeafRules.Proportional(indicator, proportional, items[leaf.Subject], scope);
            case LevelPlan levels:
                var first = leaf.Inputs.Length - levels.Deductions.Length;
                Span<decimal?> applies = stackalloc decimal?[levels.Deductions.Length];
                for (var i = 0; i < applies.Length; i++)
                {
                    var slot = leaf.Inputs[first + i];
                    applies[i] = levels.Deductions[i].Each is null ? LeafRules.Once(input.Flags[slot]) : input.Numbers[slot];
                }

                return LeafRules.Level(indicator, levels, (int?)input.Numbers[leaf.Inputs[0]], first > 1 ? input.Numbers[leaf.Inputs[1]] : null, otherProblems, reason, applies, scope);
            case DiscretionaryPlan or PendingPlan:
                return LeafRules.Discretionary(indicator, input.Numbers[leaf.Inputs[0]], input.Texts[leaf.Reason], scope);
            case TargetRatioPlan ratio:
                return LeafRules.TargetRatio(indicator, ratio, items[leaf.Subject], scope);
            case QualitativePlan qualitative:
                return LeafRules.Qualitative(indicator, qualitative, (int?)input.Numbers[leaf.Inputs[0]], input.Numbers[leaf.Inputs[1]], input.Texts[leaf.Reason], scope);
            case BudgetExecutionPlan budget:
                Span<decimal?> amounts = stackalloc decimal?[budget.Items.Length];
                for (var i = 0; i < amounts.Length; i++)
                {
                    amounts[i] = items[budget.Items[i]];
                }

                return LeafRules.BudgetExecution(indicator, budget, amounts, scope);
            case PartsPlan parts:
                var traces = new LeafTrace[parts.Parts.Length];
                for (var i = 0; i < traces.Length; i++)
                {
                    traces[i] = ScoreOrNotApplicable(parts.Parts[i], parts.Parts[i].Leaf!, input, items, scope);
                }

                return LeafRules.Parts(indicator, parts, traces, scope);
            default:
                throw new UnreachableException($"rule plan {leaf.Rule.GetType().Name} has no evaluation");
        }
    }

    private static decimal? Compute(ExpressionPlan expression, ReadOnlySpan<decimal?> items, ref bool dividedByZero) => expression switch
    {
        LiteralPlan literal => literal.Value,
        ItemPlan item => items[item.Item],
        NegatePlan negate => Formulas.Negate(Compute(negate.Operand, items, ref dividedByZero)),
        BinaryPlan binary => Formulas.Apply(
            Compute(binary.Left, items, ref dividedByZero), binary.Operator, Compute(binary.Right, items, ref dividedByZero), ref dividedByZero),
        _ => throw new UnreachableException($"expression plan {expression.GetType().Name}"),
    };
}
