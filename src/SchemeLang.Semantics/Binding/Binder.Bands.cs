using SchemeLang.Checks;
using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>
/// Rules scored by where a value falls: 区间计分 tables (their outcomes, grades and variable), 达标计分 as the two-band
/// table it is, and 达标扣分 with its steps.
/// </summary>
public sealed partial class Binder
{
    /// <summary>「酌情 2至4分」: a range inside [0, weight], lowest first; otherwise SL2028 and the whole weight.</summary>
    private DiscretionaryOutcome BandRange(QuantitySyntax lowest, QuantitySyntax highest, decimal weight)
    {
        if (lowest.Value < 0m || lowest.Value > highest.Value || highest.Value > weight)
        {
            _diagnostics.Add(DiagnosticCatalog.WrittenMaximumMismatch(At(lowest.Span.Cover(highest.Span)), $"酌情 {lowest.Text}至{highest.Text}", NumberText.Points(weight)));
            return new DiscretionaryOutcome(0m, weight);
        }

        return new DiscretionaryOutcome(lowest.Value, highest.Value);
    }

    private BandRule? BindBandRule(BandRuleSyntax band, decimal weight, RuleSyntax? shared)
    {
        if (BindSubject(band.Subject, "区间计分") is not { } subject)
        {
            return null;
        }

        var grades = band.GivesGrades ? (band.Grades ?? shared as LevelRuleSyntax) is { } table ? BindRule(table, weight) as LevelRule : null : null;

        var percent = subject.Type == DataTypeKind.Percent;
        var bands = new List<Band>();
        string? placeholder = null;
        foreach (var row in band.Rows)
        {
            if (row.Range.Variable is { } variable && !StandsForSubject(variable.Text, subject.Name, ref placeholder))
            {
                _diagnostics.Add(DiagnosticCatalog.BandVariable(At(variable.Span), variable.Text, subject.Name));
            }

            CheckUnits(subject, row.Range.Lower, row.Range.Upper);
            if (row.Outcome is StepOutcomeSyntax stepped)
            {
                CheckStepUnit(subject, stepped.Step);
            }

            if (BindRange(row.Range, percent) is not { } range)
            {
                continue;
            }

            BandOutcome outcome = row.Outcome switch
            {
                FixedOutcomeSyntax { IsFullMarks: true } => new FixedPointsOutcome(weight, PointsWording.FullMarks),
                FixedOutcomeSyntax fixedOutcome => new FixedPointsOutcome(fixedOutcome.Points!.Value, Wording(fixedOutcome.Points, fullMarks: false)),
                StepOutcomeSyntax step => new StepFromEdgeOutcome(step.Start.Value, BindStep(step.Step)),
                DiscretionaryOutcomeSyntax { Range: var (lowest, highest) } => BandRange(lowest, highest, weight),
                DiscretionaryOutcomeSyntax => new DiscretionaryOutcome(0m, weight),
                GradeOutcomeSyntax grade => GradeOutcome(subject.Name, grade, grades),
                _ => throw new System.Diagnostics.UnreachableException($"band outcome {row.Outcome.GetType().Name} has no binding"),
            };
            var written = new WrittenRange(row.Range.Text, row.Range.Form == RangeForm.Interval, row.Range.Form == RangeForm.Dash, TargetName(row.Range.Lower), TargetName(row.Range.Upper));
            bands.Add(new Band(range, written, outcome, row.Span));
        }

        return new BandRule(Reference(band.Subject), bands.ToEquatableArray(), band.Span, grades);
    }

    /// <summary>为优秀: the points the grade table gives 优秀; a grade it lacks, or leaves to the evaluator, is SL2033.</summary>
    private FixedPointsOutcome GradeOutcome(string subject, GradeOutcomeSyntax grade, LevelRule? grades)
    {
        var level = grades?.Levels.FirstOrDefault(level => level.Name == grade.Grade);
        if (level is { Wording: not PointsWording.Judged })
        {
            return new FixedPointsOutcome(level.Points, level.Wording, grade.Grade);
        }

        _diagnostics.Add(grades is null
            ? DiagnosticCatalog.GradeWithoutPoints(At(grade.Span), subject, grade.Grade)
            : level is null
                ? DiagnosticCatalog.GradeNotInTable(At(grade.Span), grade.Grade, grades.Levels.Select(other => other.Name))
                : DiagnosticCatalog.GradeLeftToEvaluator(At(grade.Span), grade.Grade));
        return new FixedPointsOutcome(0m, PointsWording.NoPoints, grade.Grade);
    }

    /// <summary>
    /// A band's variable is its subject: written out, or one Latin letter standing for it throughout the table
    /// (「2%≤y&lt;8%」). Any other name is another quantity, which the table does not range over.
    /// </summary>
    private static bool StandsForSubject(string variable, string subject, ref string? placeholder)
    {
        if (variable == subject)
        {
            return true;
        }

        if (variable.Length != 1 || !char.IsAsciiLetter(variable[0]))
        {
            return false;
        }

        placeholder ??= variable;
        return placeholder == variable;
    }

    /// <summary>「X ≥ 30个 得满分，否则不得分」 as the two-band table it is: the threshold's side gives the points, the rest 0.</summary>
    private BandRule? BindThresholdRule(ThresholdRuleSyntax rule, decimal weight, string? owner)
    {
        var subject = rule.Subject is { } named ? BindSubject(named, "达标计分") : OwnValue(owner, rule.Threshold, "达标计分");
        if (subject is null || BindValue(rule.Threshold, subject.Type == DataTypeKind.Percent) is not { } threshold)
        {
            return null;
        }

        CheckUnits(subject, rule.Threshold);
        var t = threshold.Value;
        var met = Comparison.Range(rule.Operator, t);
        var points = new FixedPointsOutcome(rule.Points?.Value ?? weight, Wording(rule.Points, rule.Points is null));
        var bands = Coverage.Gaps(Interval.All, [met])
            .Select(missed => new Band(missed, Written(missed), new FixedPointsOutcome(0m, PointsWording.NoPoints), rule.Span))
            .Prepend(new Band(met, Written(met), points, rule.Span));
        return new BandRule(new DataReference(subject.Name, rule.Subject?.Span ?? rule.Span), bands.ToEquatableArray(), rule.Span, OwnValue: rule.Subject is null);

        WrittenRange Written(Interval range) =>
            new(rule.Text, IsInterval: false, IsAmbiguous: false, range.Lower == t ? threshold.Target : null, range.Upper == t ? threshold.Target : null);
    }

    private StepRule? BindStepRule(StepRuleSyntax step, decimal weight, string? owner)
    {
        var subject = step.Subject is { } named ? BindSubject(named, "达标扣分") : OwnValue(owner, step.Threshold, "达标扣分");
        if (subject is null || BindValue(step.Threshold, subject.Type == DataTypeKind.Percent) is not { } threshold)
        {
            return null;
        }

        CheckUnits(subject, step.Threshold);
        CheckStepUnit(subject, step.Step);

        return new StepRule(new DataReference(subject.Name, step.Subject?.Span ?? step.Span), step.Operator, threshold, step.FullMarks?.Value ?? weight, Wording(step.FullMarks, step.FullMarks is null), BindStep(step.Step), step.Span, OwnValue: step.Subject is null);
    }

    private static StepDeduction BindStep(StepClauseSyntax step) => new(
        step.Direction,
        step.StepSize.Value,
        step.StepSize.Text,
        step.PointsPerStep.Value,
        step.Rounding?.Rounding ?? StepRounding.Floor,
        step.Rounding is not null)
    {
        MaxDeduction = step.MaxDeduction?.Value,
    };
}
