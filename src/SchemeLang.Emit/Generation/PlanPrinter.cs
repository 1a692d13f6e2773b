using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Runtime;
using static SchemeLang.Emit.Syntax.CSharpSyntax;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// A scheme plan as one C# expression that rebuilds it: <c>new SchemePlan(…)</c> with every table, interval and
/// step as constructor calls over literals. Scheme text appears only as string literals from Roslyn's formatter.
/// </summary>
internal static class PlanPrinter
{
    public static ExpressionSyntax Print(SchemePlan plan) => New(
        nameof(SchemePlan),
        Literal(plan.Name),
        plan.Year is { } year ? Literal(year) : Null,
        Literal(plan.Total),
        Literal(plan.Decimals),
        EnumMember(plan.MissingPolicy),
        EnumMember(plan.PercentReading),
        List(plan.Slots, Slot),
        List(plan.DataItems, item => CodeOrigins.Mark(DataItem(item), OriginKind.DataItem, item.Name)),
        List(plan.Indicators, indicator => CodeOrigins.Mark(Indicator(indicator), OriginKind.Indicator, indicator.Key)),
        Indices(plan.Roots),
        List(plan.Vetoes, veto => New(nameof(VetoPlan), Literal(veto.Key), Literal(veto.Text), LiteralOrNull(veto.Deduction), Literal(veto.Slot))),
        List(plan.Grades, grade => New(nameof(GradePlan), Literal(grade.Name), Interval(grade.Range))));

    private static ExpressionSyntax List<T>(IEnumerable<T> items, Func<T, ExpressionSyntax> print) => Collection(items.Select(print));

    private static ExpressionSyntax Indices(ImmutableArray<int> indices) => Collection(indices.Select(Index));

    private static ExpressionSyntax Slot(SlotPlan slot) => slot.Kind == SlotKind.Number
        ? New(nameof(SlotPlan), Literal(slot.Key), EnumMember(slot.Kind), New(nameof(NumberInput), EnumMember(slot.Number.Type), LiteralOrNull(slot.Number.Unit), Literal(slot.Number.Scale)))
        : New(nameof(SlotPlan), Literal(slot.Key), EnumMember(slot.Kind));

    private static ExpressionSyntax DataItem(DataItemPlan item) => New(
        nameof(DataItemPlan),
        Literal(item.Name),
        Index(item.Slot),
        Interval(item.Domain),
        EnumMember(item.Format),
        item.Formula is { } formula ? Expression(formula) : Null,
        LiteralOrNull(item.ZeroFallback),
        Indices(item.InputSlots));

    private static ExpressionSyntax Expression(ExpressionPlan expression) => expression switch
    {
        LiteralPlan literal => New(nameof(LiteralPlan), Literal(literal.Value)),
        ItemPlan item => New(nameof(ItemPlan), Literal(item.Item)),
        NegatePlan negate => New(nameof(NegatePlan), Expression(negate.Operand)),
        BinaryPlan binary => New(nameof(BinaryPlan), Expression(binary.Left), EnumMember(binary.Operator), Expression(binary.Right)),
        _ => throw new UnreachableException($"expression plan {expression.GetType().Name}"),
    };

    private static ExpressionSyntax Interval(Interval interval) => New(
        nameof(Runtime.Interval),
        LiteralOrNull(interval.Lower),
        Literal(interval.LowerClosed),
        LiteralOrNull(interval.Upper),
        Literal(interval.UpperClosed));

    private static ExpressionSyntax Indicator(IndicatorPlan indicator) => New(
        nameof(IndicatorPlan),
        Literal(indicator.Key),
        LiteralOrNull(indicator.Code),
        Literal(indicator.Name),
        Literal(indicator.Weight),
        Indices(indicator.Children),
        indicator.Leaf is { } leaf ? Leaf(leaf) : Null);

    private static ExpressionSyntax Leaf(LeafPlan leaf) => New(
        nameof(LeafPlan),
        Literal(leaf.Index),
        Rule(leaf.Rule),
        leaf.NotApplicable is { } policy ? EnumMember(policy) : Null,
        Index(leaf.Subject),
        Indices(leaf.Inputs),
        Index(leaf.Reason),
        Index(leaf.NotApplicableSlot));

    private static ExpressionSyntax Rule(RulePlan rule) => rule switch
    {
        PassFailPlan pass => New(nameof(PassFailPlan), LiteralOrNull(pass.Condition), Literal(pass.Points)),
        ChecklistPlan checklist => New(nameof(ChecklistPlan), List(checklist.Items, item => New(nameof(ChecklistItemPlan), Literal(item.Mark), Literal(item.Text), Literal(item.Points)))),
        BandTablePlan table => New(nameof(BandTablePlan), Literal(table.Subject), EnumMember(table.Format), List(table.Bands, band => New(nameof(BandPlan), Interval(band.Range), Outcome(band.Outcome)))),
        ThresholdPlan threshold => New(
            nameof(ThresholdPlan),
            Literal(threshold.Subject),
            EnumMember(threshold.Format),
            EnumMember(threshold.Operator),
            Literal(threshold.Threshold),
            Literal(threshold.FullMarks),
            Step(threshold.Step)),
        DeductionPlan deduction => New(
            nameof(DeductionPlan),
            List(deduction.Items, item => New(nameof(DeductionItemPlan), Literal(item.Mark), Literal(item.Text), LiteralOrNull(item.UnitWord), Literal(item.Points))),
            Literal(deduction.Weight)),
        ProportionalPlan proportional => New(nameof(ProportionalPlan), Literal(proportional.Subject), EnumMember(proportional.Format), Literal(proportional.Cap), Literal(proportional.Weight)),
        LevelPlan levels => New(nameof(LevelPlan), List(levels.Levels, level => New(nameof(LevelPlanEntry), Literal(level.Name), Literal(level.Points)))),
        DiscretionaryPlan => New(nameof(DiscretionaryPlan)),
        _ => throw new UnreachableException($"rule plan {rule.GetType().Name} has no printer"),
    };

    private static ExpressionSyntax Outcome(BandOutcomePlan outcome) => outcome switch
    {
        FixedPointsPlan fixedPoints => New(nameof(FixedPointsPlan), Literal(fixedPoints.Points)),
        SteppedPlan stepped => New(nameof(SteppedPlan), Literal(stepped.Start), Step(stepped.Step)),
        DiscretionaryBandPlan discretionary => New(nameof(DiscretionaryBandPlan), Literal(discretionary.Max)),
        _ => throw new UnreachableException($"band outcome {outcome.GetType().Name} has no printer"),
    };

    private static ExpressionSyntax Step(StepPlan step) => New(
        nameof(StepPlan),
        EnumMember(step.Direction),
        Literal(step.Size),
        Literal(step.SizeText),
        Literal(step.PointsPerStep),
        EnumMember(step.Rounding));
}
