using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Wording;

namespace SchemeLang.Lowering;

/// <summary>Bound rule → rule plan: the leaf's standard as plain runtime data, with its subject's display format and the leaf's weight where a sentence needs them.</summary>
public static class RuleLowering
{
    public static RulePlan Lower(Indicator leaf, BoundScheme scheme) => leaf.Rule switch
    {
        PassFailRule pass => new PassFailPlan(pass.Condition, pass.Points, pass.OtherwisePoints, pass.OtherwiseJudged),
        ChecklistRule checklist => new ChecklistPlan([.. checklist.Items.Select(item => new ChecklistItemPlan(item.Mark, item.Text, item.Points))], checklist.OtherProblems),
        BandRule band => new BandTablePlan(band.OwnValue ? Binder.OwnValueName : band.Subject.Name, Format(scheme, band.Subject.Name), [.. band.Bands.Select(row => new BandPlan(row.Range, Outcome(row.Outcome, band.Subject, scheme)) { Words = RuleWording.Band(row, band, scheme, leaf.Weight) })]),
        StepRule step => new ThresholdPlan(step.OwnValue ? Binder.OwnValueName : step.Subject.Name, Format(scheme, step.Subject.Name), step.Operator, step.Threshold.Value, step.FullMarks, Step(step.Step, step.Subject, scheme)),
        DeductionRule deduction => new DeductionPlan([.. deduction.Items.Select(item => new DeductionItemPlan(item.Mark, item.Text, item.UnitWord, item.Points))], leaf.Weight, deduction.MaxDeduction),
        ProportionalRule proportional => new ProportionalPlan(proportional.Subject.Name, Format(scheme, proportional.Subject.Name), proportional.Cap?.Value ?? 1m, leaf.Weight),
        LevelRule levels => new LevelPlan([.. levels.Levels.Select(level => new LevelPlanEntry(level.Name, level.Points, level.Wording == PointsWording.Judged))], levels.OtherProblems)
        {
            Deductions = [.. levels.Deductions.Select(deduction => new LevelDeductionPlan(deduction.Text, deduction.Points, deduction.Each))],
        },
        DiscretionaryRule discretionary => new DiscretionaryPlan(discretionary.Min, discretionary.Max ?? leaf.Weight),
        PendingRule => new PendingPlan(),
        TargetRatioRule ratio => new TargetRatioPlan(Binder.OwnValueName, Format(scheme, ratio.Subject.Name), ratio.Operator, ratio.Target.Value, leaf.Weight),
        QualitativeRule qualitative => new QualitativePlan(qualitative.Target, qualitative.Upper, qualitative.Lower, leaf.Weight),
        BudgetExecutionRule => throw new UnreachableException("预算执行 is lowered with its data items, by SchemeLowering"),
        PartsRule => throw new UnreachableException("parts are lowered with their input slots, by SchemeLowering"),
        null => throw new UnreachableException($"leaf {leaf.Key} has no rule, which the binder reports (SL2001)"),
        _ => throw new UnreachableException($"rule kind {leaf.Rule.GetType().Name} has no plan"),
    };

    private static BandOutcomePlan Outcome(BandOutcome outcome, DataReference subject, BoundScheme scheme) => outcome switch
    {
        FixedPointsOutcome fixedPoints => new FixedPointsPlan(fixedPoints.Points, fixedPoints.Grade),
        StepFromEdgeOutcome stepped => new SteppedPlan(stepped.Start, Step(stepped.Step, subject, scheme)),
        DiscretionaryOutcome discretionary => new DiscretionaryBandPlan(discretionary.Min, discretionary.Max),
        _ => throw new UnreachableException($"band outcome {outcome.GetType().Name} has no plan"),
    };

    private static StepPlan Step(StepDeduction step, DataReference subject, BoundScheme scheme) =>
        new(step.Direction, step.StepSize, step.StepText, step.PointsPerStep, step.Rounding) { MaxDeduction = step.MaxDeduction, Words = RuleWording.Step(step, subject, scheme) };

    private static ValueFormat Format(BoundScheme scheme, string subject) =>
        scheme.FindDataItem(subject)?.Format ?? throw new UnreachableException($"subject {subject} is not declared; the binder reports that (SL2006)");
}
