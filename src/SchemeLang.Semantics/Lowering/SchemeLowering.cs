using System.Collections.Immutable;
using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Wording;

namespace SchemeLang.Lowering;

/// <summary>
/// Bound scheme → scheme plan, once per scheme: record fields become slots, data items are ordered so that a
/// formula comes after the items it reads, the tree is flattened in pre-order, and names become indices.
/// </summary>
public static class SchemeLowering
{
    public static SchemePlan Lower(BoundScheme scheme)
    {
        var catalog = InputCatalog.For(scheme);
        var slots = catalog.Ordered.Select(Slot).ToImmutableArray();
        var slotIndex = catalog.Ordered.Select((slot, index) => (slot.Key, index)).ToDictionary(entry => entry.Key, entry => entry.index, StringComparer.Ordinal);

        var items = ItemsInEvaluationOrder(scheme);
        var itemIndex = items.Select((item, index) => (item.Name, index)).ToDictionary(entry => entry.Name, entry => entry.index, StringComparer.Ordinal);
        var dataItems = items.Select(item => new DataItemPlan(
            item.Name,
            item.IsInput ? slotIndex[item.Name] : -1,
            item.Domain,
            item.Format,
            item.Formula is { } formula ? Expression(formula, itemIndex) : null,
            item.ZeroFallback,
            [.. InputsOf(item, scheme).Distinct(StringComparer.Ordinal).Select(name => slotIndex[name])])
        {
            Proven = item.Formula is { } written && ScoreProofs.Formula(written, item.Domain, scheme) ? ProvenFacts.WithinRange : ProvenFacts.None,
        }).ToImmutableArray();

        var indicators = ImmutableArray.CreateBuilder<IndicatorPlan>();
        var leafCount = 0;
        int Flatten(Indicator indicator)
        {
            var position = indicators.Count;
            indicators.Add(null!);
            var children = indicator.Children.Select(Flatten).ToImmutableArray();
            var leaf = indicator.IsLeaf ? Leaf(indicator, leafCount++, scheme, slotIndex, itemIndex) : null;
            var bonus = indicator.Bonus + children.Sum(child => indicators[child].Bonus);
            var plan = new IndicatorPlan(indicator.Key, indicator.Code, indicator.Name, indicator.Weight, children, leaf, bonus);
            indicators[position] = plan with
            {
                Proven = leaf is null ? ScoreProofs.Parent(plan, children.Select(child => indicators[child])) : ScoreProofs.Leaf(plan, scheme.Decimals),
            };
            return position;
        }

        var roots = scheme.Indicators.Select(Flatten).ToImmutableArray();
        return new SchemePlan(
            scheme.Title,
            scheme.Year,
            scheme.Total,
            scheme.Decimals,
            scheme.MissingPolicy,
            scheme.PercentReading,
            slots,
            dataItems,
            indicators.ToImmutable(),
            roots,
            [.. scheme.Vetoes.Select(veto => new VetoPlan(veto.Key, veto.Text, veto.Deduction, slotIndex[veto.Key]))],
            [.. scheme.Grades.Select(grade => new GradePlan(grade.Name, grade.Range))],
            [.. scheme.DataConstraints.Select(constraint => new DataConstraintPlan(
                constraint.LeftText,
                Expression(constraint.Left, itemIndex),
                constraint.Operator,
                constraint.RightText,
                Expression(constraint.Right, itemIndex),
                constraint.Left.Dimension.Kind == DimensionKind.Money ? ValueFormat.Yuan : FormatOf(constraint.Left, scheme),
                constraint.Breakdown is { } breakdown ? new BreakdownPlan(breakdown.Indicator, [.. breakdown.Rows], [.. breakdown.Rows.Select(row => itemIndex[row])], breakdown.Total, breakdown.Unit) : null))]);
    }

    /// <summary>A constraint's values shown as its first data item's are (a rate as a percentage); plain otherwise.</summary>
    private static ValueFormat FormatOf(BoundExpression expression, BoundScheme scheme) => expression switch
    {
        DataReferenceExpression reference => scheme.FindDataItem(reference.Name)?.Format ?? ValueFormat.Plain,
        BinaryExpression binary => FormatOf(binary.Left, scheme),
        NegateExpression negate => FormatOf(negate.Operand, scheme),
        _ => ValueFormat.Plain,
    };

    private static SlotPlan Slot(InputSlot slot) => slot.Kind switch
    {
        InputKind.Data when slot.DataItem is { IsNumeric: true } item => new SlotPlan(slot.Key, SlotKind.Number, new NumberInput(item.Type, item.Unit, item.Scale)),
        InputKind.Data => new SlotPlan(slot.Key, SlotKind.Text),
        InputKind.Boolean => new SlotPlan(slot.Key, SlotKind.Boolean),
        InputKind.Level => new SlotPlan(slot.Key, SlotKind.Level),
        InputKind.Count => new SlotPlan(slot.Key, SlotKind.Count),
        InputKind.Score => new SlotPlan(slot.Key, SlotKind.Score),
        InputKind.Reason => new SlotPlan(slot.Key, SlotKind.Reason),
        _ => throw new UnreachableException($"input kind {slot.Kind}"),
    };

    /// <summary>Inputs as declared, then each formula after every item it reads (the binder rejects cycles, SL2008).</summary>
    private static List<DataItem> ItemsInEvaluationOrder(BoundScheme scheme)
    {
        var ordered = scheme.DataItems.Where(item => item.IsInput).ToList();
        var placed = ordered.Select(item => item.Name).ToHashSet(StringComparer.Ordinal);
        void Place(DataItem item)
        {
            if (!placed.Add(item.Name))
            {
                return;
            }

            foreach (var name in References(item.Formula!))
            {
                Place(scheme.FindDataItem(name) ?? throw new UnreachableException($"data item {name} is not declared; the binder reports that (SL2006)"));
            }

            ordered.Add(item);
        }

        foreach (var item in scheme.DataItems.Where(item => !item.IsInput))
        {
            Place(item);
        }

        return ordered;
    }

    /// <summary>The input items a value reads, left to right through every formula it depends on.</summary>
    private static IEnumerable<string> InputsOf(DataItem item, BoundScheme scheme) => item.Formula is { } formula
        ? References(formula).SelectMany(name => InputsOf(scheme.FindDataItem(name)!, scheme))
        : [item.Name];

    private static IEnumerable<string> References(BoundExpression expression) => expression switch
    {
        LiteralExpression => [],
        DataReferenceExpression reference => [reference.Name],
        NegateExpression negate => References(negate.Operand),
        BinaryExpression binary => References(binary.Left).Concat(References(binary.Right)),
        _ => throw new UnreachableException($"expression {expression.GetType().Name}"),
    };

    private static ExpressionPlan Expression(BoundExpression expression, Dictionary<string, int> items) => expression switch
    {
        LiteralExpression literal => new LiteralPlan(literal.Value),
        DataReferenceExpression reference => new ItemPlan(items[reference.Name]),
        NegateExpression negate => new NegatePlan(Expression(negate.Operand, items)),
        BinaryExpression binary => new BinaryPlan(Expression(binary.Left, items), binary.Operator, Expression(binary.Right, items)),
        _ => throw new UnreachableException($"expression {expression.GetType().Name}"),
    };

    private static LeafPlan Leaf(Indicator leaf, int index, BoundScheme scheme, Dictionary<string, int> slots, Dictionary<string, int> items)
    {
        int SlotOf(string key) => slots[key];
        var subject = leaf.Rule switch
        {
            BandRule band => items[band.Subject.Name],
            StepRule step => items[step.Subject.Name],
            ProportionalRule proportional => items[proportional.Subject.Name],
            TargetRatioRule ratio => items[ratio.Subject.Name],
            _ => -1,
        };
        var otherProblems = leaf.Rule is ChecklistRule { OtherProblems: not null } or LevelRule { OtherProblems: not null };
        var judged = leaf.Rule is DiscretionaryRule or PendingRule or QualitativeRule or PassFailRule { OtherwiseJudged: true } or LevelRule { HasJudgedLevel: true }
            || (leaf.Rule is BandRule table && table.Bands.Any(row => row.Outcome is DiscretionaryOutcome))
            || otherProblems;
        ImmutableArray<int> inputs = leaf.Rule switch
        {
            ChecklistRule checklist => [.. checklist.Items.Select(item => SlotOf($"{leaf.Key}.{item.Index}"))],
            DeductionRule deduction => [.. deduction.Items.Select(item => SlotOf($"{leaf.Key}.{item.Index}"))],
            // The flag or the level, then the evaluator's score where the standard leaves it to them.
            PassFailRule { OtherwiseJudged: true } => [SlotOf(leaf.Key), SlotOf($"{leaf.Key}.{InputCatalog.JudgedScoreSuffix}")],
            // The level, the evaluator's score when a level leaves it to them, then each deduction after the levels.
            LevelRule levels => [
                SlotOf(leaf.Key),
                .. levels.HasJudgedLevel ? [SlotOf($"{leaf.Key}.{InputCatalog.JudgedScoreSuffix}")] : Array.Empty<int>(),
                .. levels.Deductions.Select(deduction => SlotOf($"{leaf.Key}.{deduction.Index}"))],
            PassFailRule => [SlotOf(leaf.Key)],
            QualitativeRule => [SlotOf(leaf.Key), SlotOf($"{leaf.Key}.{QualitativePlan.ScoreSuffix}")],
            _ when judged => [SlotOf(leaf.Key)],
            _ => [],
        };
        var reason = judged ? SlotOf($"{leaf.Key}.{InputCatalog.ReasonSuffix}") : -1;
        var notApplicable = leaf.NotApplicable is null ? -1 : SlotOf($"{leaf.Key}.{InputCatalog.NotApplicableSuffix}");
        var otherProblemsSlot = otherProblems ? SlotOf($"{leaf.Key}.{InputCatalog.OtherProblemsSuffix}") : -1;
        // A part is lowered as a leaf is, with its place among the parts as its index.
        RulePlan rule = leaf.Rule switch
        {
            PartsRule parts => new PartsPlan([.. parts.Parts.Select((part, i) => new IndicatorPlan(part.Key, null, part.Name, part.Weight, [], Leaf(part, i, scheme, slots, items)))]),
            BudgetExecutionRule budget => new BudgetExecutionPlan([.. budget.Rows], [.. BudgetExecutionPlan.FieldNames(budget.Owner, budget.Rows).Select(field => items[field])], leaf.Weight),
            _ => RuleLowering.Lower(leaf, scheme),
        };
        return new LeafPlan(index, rule, leaf.NotApplicable, subject, inputs, reason, notApplicable, otherProblemsSlot) { Standard = RuleWording.Of(leaf, scheme) };
    }
}
