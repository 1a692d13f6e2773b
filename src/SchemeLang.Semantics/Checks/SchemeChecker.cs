using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Text;

namespace SchemeLang.Checks;

/// <summary>
/// Proves a bound scheme consistent (SL3xxx): weights add up at every level, every band table covers its
/// subject's domain exactly once, points never exceed weights, grades cover [0, 总分] exactly once, and the
/// structural constraints hold. Reads only the bound model.
/// </summary>
public sealed partial class SchemeChecker
{
    private readonly BoundScheme _scheme;
    private readonly DiagnosticBag _diagnostics;

    private SchemeChecker(BoundScheme scheme, DiagnosticBag diagnostics)
    {
        _scheme = scheme;
        _diagnostics = diagnostics;
    }

    public static void Check(BoundScheme scheme, DiagnosticBag diagnostics)
    {
        var checker = new SchemeChecker(scheme, diagnostics);
        checker.CheckWeights();
        foreach (var leaf in scheme.Leaves)
        {
            checker.CheckRule(leaf);
        }

        checker.CheckKeyCollisions();
        checker.CheckGrades();
        checker.CheckConstraints();
        checker.CheckVetoes();
    }

    private SourceLocation At(SourceSpan span) => new(_scheme.Source, span);

    // ---------------------------------------------------------------- weights

    private void CheckWeights()
    {
        foreach (var indicator in _scheme.AllIndicators)
        {
            if (indicator.Weight <= 0m && !indicator.IsEmptyGroup)
            {
                _diagnostics.Add(DiagnosticCatalog.WeightNotPositive(At(indicator.Span), indicator.Name));
            }
            else if (Scoring.RoundScore(indicator.Weight, _scheme.Decimals) != indicator.Weight && indicator.DeclaredWeight is not { IsPercent: true })
            {
                // Full marks would round away from the weight, and a parent's children could add up past it.
                _diagnostics.Add(DiagnosticCatalog.WeightPrecision(At(indicator.Span), indicator.Name, indicator.Weight, _scheme.Decimals));
            }

            if (Scoring.RoundScore(indicator.Bonus, _scheme.Decimals) != indicator.Bonus)
            {
                // The leaf's ceiling is weight + bonus: a score clamped there would round past it, and the total past 总分 + 附加分.
                _diagnostics.Add(DiagnosticCatalog.BonusPrecision(At(indicator.Span), indicator.Name, indicator.Bonus, _scheme.Decimals));
            }
        }

        if (Scoring.RoundScore(_scheme.Total, _scheme.Decimals) != _scheme.Total)
        {
            _diagnostics.Add(DiagnosticCatalog.TotalPrecision(At(_scheme.TotalSpan), _scheme.Total, _scheme.Decimals));
        }

        if (_scheme.WeightStyle == WeightStyle.Relative)
        {
            CheckRelative(_scheme.Indicators, _scheme.Title, _scheme.Total, new SourceSpan(0, 0));
            foreach (var parent in _scheme.AllIndicators.Where(indicator => !indicator.IsLeaf))
            {
                CheckRelative(parent.Children, parent.Name, parent.Weight, parent.Span);
            }

            return;
        }

        if (_scheme.Indicators.Count > 0 && WeightSum(_scheme.Indicators.Where(indicator => !indicator.IsBonus)) is var top && top != _scheme.Total)
        {
            _diagnostics.Add(top is { } sum
                ? DiagnosticCatalog.TotalWeightSum(At(_scheme.Indicators[0].Span), sum, _scheme.Total)
                : DiagnosticCatalog.WeightSumTooLarge(At(_scheme.Indicators[0].Span), "一级指标"));
        }

        foreach (var parent in _scheme.AllIndicators.Where(indicator => !indicator.IsLeaf))
        {
            // A bonus group's weight caps what its items may add: they may offer more than it, never less.
            if (WeightSum(parent.Children) is not { } sum)
            {
                _diagnostics.Add(DiagnosticCatalog.WeightSumTooLarge(At(parent.Span), $"「{parent.Name}」的子指标"));
            }
            else if (parent.IsBonus ? sum < parent.Weight : sum != parent.Weight)
            {
                _diagnostics.Add(DiagnosticCatalog.ChildWeightSum(At(parent.Span), parent.Name, sum, parent.Weight));
            }
        }
    }

    /// <summary>The weights' sum, or none when it is past what a decimal holds (weights near 7.9 × 10²⁸ are text gone wrong).</summary>
    private static decimal? WeightSum(IEnumerable<Indicator> indicators)
    {
        try
        {
            return indicators.Sum(indicator => indicator.Weight);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private void CheckRelative(IReadOnlyList<Indicator> siblings, string parent, decimal parentWeight, SourceSpan span)
    {
        var percentages = siblings.Select(sibling => sibling.DeclaredWeight).OfType<WrittenWeight>().Where(weight => weight.IsPercent).Select(weight => weight.Value).ToArray();
        if (percentages.Length > 0 && percentages.Sum() != 1m)
        {
            _diagnostics.Add(DiagnosticCatalog.RelativeWeightSum(At(span.Length == 0 ? siblings[0].Span : span), parent, percentages.Sum()));
            return;
        }

        // Where a percentage's points had to be rounded, say so: the author sees the weight the scores are measured against.
        foreach (var sibling in siblings.Where(sibling => sibling.DeclaredWeight is { IsPercent: true } share && sibling.Weight != parentWeight * share.Value))
        {
            _diagnostics.Add(DiagnosticCatalog.DerivedWeight(At(sibling.Span), sibling.Name, parentWeight, sibling.DeclaredWeight!.Value, sibling.Weight));
        }
    }

    // ---------------------------------------------------------------- rules

    private void CheckRule(Indicator leaf)
    {
        switch (leaf.Rule)
        {
            case PassFailRule pass:
                if (pass.Points != leaf.Weight)
                {
                    _diagnostics.Add(DiagnosticCatalog.PassPoints(At(pass.Span), leaf.Name, pass.Points, leaf.Weight));
                }

                break;
            case ChecklistRule checklist:
                CheckChecklist(leaf, checklist);
                break;
            case BandRule band:
                CheckBands(leaf, band);
                break;
            case StepRule step:
                CheckPoints(leaf, "达标时", step.FullMarks, step.Span, best: true);
                CheckStep(step.Step, step.Span, WholeSteps(_scheme.FindDataItem(step.Subject.Name), step.Step, step.Threshold.Value));
                CheckStepDirection(step);
                CheckThresholdRounding(step);
                break;
            case DeductionRule deduction:
                foreach (var item in deduction.Items.Where(item => item.Points <= 0m))
                {
                    _diagnostics.Add(DiagnosticCatalog.StepNotPositive(At(item.Span), $"「{item.Text}」每次扣分"));
                }

                break;
            case ProportionalRule proportional:
                CheckProportional(leaf, proportional);
                break;
            case LevelRule levels:
                CheckLevels(leaf, levels);
                break;
            case PendingRule:
                _diagnostics.Add(DiagnosticCatalog.StandardPending(At(leaf.Rule.Span), leaf.Name));
                break;
            case PartsRule parts:
                CheckParts(leaf, parts);
                break;
            case TargetRatioRule or QualitativeRule or BudgetExecutionRule:
                // The 填表说明 scores each within [0, weight] by construction; what a record gives is checked per record.
                break;
            case DiscretionaryRule or null:
                // Nothing to prove: the evaluator keeps a 酌情 score within [0, weight]; a missing rule is SL2001.
                break;
            default:
                throw new UnreachableException($"rule kind {leaf.Rule.GetType().Name} has no check");
        }
    }

    private void CheckPoints(Indicator leaf, string what, decimal points, SourceSpan span, bool best)
    {
        // A leaf with 附加分 may give up to that much more than its weight.
        if (points > leaf.Weight + leaf.Bonus)
        {
            _diagnostics.Add(DiagnosticCatalog.PointsExceedWeight(At(span), what, points, leaf.Weight + leaf.Bonus));
        }
        else if (best && points < leaf.Weight)
        {
            _diagnostics.Add(DiagnosticCatalog.BestBelowWeight(At(span), leaf.Name, points, leaf.Weight));
        }
    }
}
