using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Checks;

/// <summary>
/// Proves a bound scheme consistent (SL3xxx): weights add up at every level, every band table covers its
/// subject's domain exactly once, points never exceed weights, grades cover [0, 总分] exactly once, and the
/// structural constraints hold. Reads only the bound model.
/// </summary>
public sealed class SchemeChecker
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
            if (indicator.Weight <= 0m)
            {
                _diagnostics.Add(DiagnosticCatalog.WeightNotPositive(At(indicator.Span), indicator.Name));
            }
            else if (Scoring.RoundScore(indicator.Weight, _scheme.Decimals) != indicator.Weight && !indicator.DeclaredWeight.IsPercent)
            {
                // Full marks would round away from the weight, and a parent's children could add up past it.
                _diagnostics.Add(DiagnosticCatalog.WeightPrecision(At(indicator.Span), indicator.Name, indicator.Weight, _scheme.Decimals));
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

        var top = _scheme.Indicators.Sum(indicator => indicator.Weight);
        if (_scheme.Indicators.Count > 0 && top != _scheme.Total)
        {
            _diagnostics.Add(DiagnosticCatalog.TotalWeightSum(At(_scheme.Indicators[0].Span), top, _scheme.Total));
        }

        foreach (var parent in _scheme.AllIndicators.Where(indicator => !indicator.IsLeaf))
        {
            var sum = parent.Children.Sum(child => child.Weight);
            if (sum != parent.Weight)
            {
                _diagnostics.Add(DiagnosticCatalog.ChildWeightSum(At(parent.Span), parent.Name, sum, parent.Weight));
            }
        }
    }

    private void CheckRelative(IReadOnlyList<Indicator> siblings, string parent, decimal parentWeight, SourceSpan span)
    {
        var percentages = siblings.Where(sibling => sibling.DeclaredWeight.IsPercent).Select(sibling => sibling.DeclaredWeight.Value).ToArray();
        if (percentages.Length > 0 && percentages.Sum() != 1m)
        {
            _diagnostics.Add(DiagnosticCatalog.RelativeWeightSum(At(span.Length == 0 ? siblings[0].Span : span), parent, percentages.Sum()));
            return;
        }

        // Where a percentage's points had to be rounded, say so: the author sees the weight the scores are measured against.
        foreach (var sibling in siblings.Where(sibling => sibling.DeclaredWeight.IsPercent && sibling.Weight != parentWeight * sibling.DeclaredWeight.Value))
        {
            _diagnostics.Add(DiagnosticCatalog.DerivedWeight(At(sibling.Span), sibling.Name, parentWeight, sibling.DeclaredWeight.Value, sibling.Weight));
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
                CheckStep(step.Step, step.Span);
                CheckStepDirection(step);
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
            case DiscretionaryRule or null:
                // Nothing to prove: the evaluator keeps a 酌情 score within [0, weight]; a missing rule is SL2001.
                break;
            default:
                throw new UnreachableException($"rule kind {leaf.Rule.GetType().Name} has no check");
        }
    }

    private void CheckPoints(Indicator leaf, string what, decimal points, SourceSpan span, bool best)
    {
        if (points > leaf.Weight)
        {
            _diagnostics.Add(DiagnosticCatalog.PointsExceedWeight(At(span), what, points, leaf.Weight));
        }
        else if (best && points < leaf.Weight)
        {
            _diagnostics.Add(DiagnosticCatalog.BestBelowWeight(At(span), leaf.Name, points, leaf.Weight));
        }
    }

    private void CheckStep(StepDeduction step, SourceSpan span)
    {
        if (step.StepSize <= 0m)
        {
            _diagnostics.Add(DiagnosticCatalog.StepNotPositive(At(span), $"每档步长「{step.StepText}」"));
        }

        if (step.PointsPerStep <= 0m)
        {
            _diagnostics.Add(DiagnosticCatalog.StepNotPositive(At(span), "每档扣分"));
        }

        if (!step.RoundingStated)
        {
            _diagnostics.Add(DiagnosticCatalog.StepRoundingUnstated(At(span)));
        }
    }

    /// <summary>A threshold met from below (≥, >) deducts for values under it (每低); one met from above, for values over it (每超).</summary>
    private void CheckStepDirection(StepRule step)
    {
        var required = step.Operator switch
        {
            ComparisonOperator.GreaterOrEqual or ComparisonOperator.Greater => StepDirection.Below,
            ComparisonOperator.LessOrEqual or ComparisonOperator.Less => StepDirection.Above,
            ComparisonOperator.Equal => step.Step.Direction,
            _ => throw new UnreachableException($"comparison {step.Operator}"),
        };
        if (step.Step.Direction != required)
        {
            var format = _scheme.FindDataItem(step.Subject)?.Format ?? ValueFormat.Plain;
            var threshold = NumberText.Format(step.Threshold, format);
            _diagnostics.Add(DiagnosticCatalog.StepDirection(At(step.Span), $"「{step.Subject}」达标线 {threshold}：", DirectionWord(step.Step.Direction),
                $"未达标的值都{(required == StepDirection.Below ? "低于" : "高于")} {threshold}"));
        }
    }

    /// <summary>
    /// A stepped band counts its steps from the edge where it meets the next band: its upper edge for 每低, its lower
    /// edge for 每超. Without such an edge the steps point out of the band and never count.
    /// </summary>
    private void CheckStepEdge(Band band, StepFromEdgeOutcome step, IReadOnlyList<Band> bands, ValueFormat format)
    {
        var below = step.Step.Direction == StepDirection.Below;
        var edge = below ? band.Range.Upper : band.Range.Lower;
        var where = $"档次 {band.Range.ToDisplayString(format)} ";
        if (edge is not { } at)
        {
            _diagnostics.Add(DiagnosticCatalog.StepDirection(At(band.Span), where, DirectionWord(step.Step.Direction),
                $"本档没有{(below ? "上" : "下")}端点，无从起算"));
        }
        else if (!bands.Any(other => other != band && (other.Range.Contains(at) || other.Range.Lower == at || other.Range.Upper == at)))
        {
            _diagnostics.Add(DiagnosticCatalog.StepDirection(At(band.Span), where, DirectionWord(step.Step.Direction),
                $"本档的{(below ? "上" : "下")}端点 {NumberText.Format(at, format)} 不与其他档次相接"));
        }
    }

    private static string DirectionWord(StepDirection direction) => direction switch
    {
        StepDirection.Below => "低",
        StepDirection.Above => "超",
        _ => throw new UnreachableException($"step direction {direction}"),
    };

    private void CheckChecklist(Indicator leaf, ChecklistRule checklist)
    {
        var sum = checklist.Items.Sum(item => item.Points);
        if (sum != leaf.Weight)
        {
            _diagnostics.Add(DiagnosticCatalog.ChecklistSum(At(checklist.Span), leaf.Name, sum, leaf.Weight));
        }

        // ① ② ③ or (1) (2) (3): each item's mark should be the next number.
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            if (MarkNumber(item.Mark) is { } number && number != i + 1)
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateItemMark(At(item.Span), item.Mark));
                break;
            }
        }
    }

    private static int? MarkNumber(string mark)
    {
        if (mark.Length == 1 && mark[0] is >= '\u2460' and <= '\u2473')
        {
            return mark[0] - '\u2460' + 1;
        }

        var digits = new string(mark.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private void CheckLevels(Indicator leaf, LevelRule levels)
    {
        if (levels.Levels.Count == 0)
        {
            return;
        }

        var top = levels.Levels.Max(level => level.Points);
        if (top != leaf.Weight)
        {
            _diagnostics.Add(DiagnosticCatalog.LevelTop(At(levels.Span), leaf.Name, top, leaf.Weight));
        }

        var seen = new Dictionary<string, Level>(StringComparer.Ordinal);
        foreach (var level in levels.Levels)
        {
            if (!seen.TryAdd(level.Name, level))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateLevel(At(level.Span), level.Name));
            }
        }

        var byPoints = new Dictionary<decimal, Level>();
        foreach (var level in levels.Levels)
        {
            if (byPoints.TryGetValue(level.Points, out var earlier) && earlier.Name != level.Name)
            {
                _diagnostics.Add(DiagnosticCatalog.LevelPointsNotDistinct(At(level.Span), earlier.Name, level.Name, level.Points));
            }
            else
            {
                byPoints.TryAdd(level.Points, level);
            }
        }
    }

    private void CheckProportional(Indicator leaf, ProportionalRule proportional)
    {
        if (_scheme.FindDataItem(proportional.Subject) is not { } subject)
        {
            return;
        }

        if (proportional.Cap is { } cap)
        {
            if (cap > 1m)
            {
                _diagnostics.Add(DiagnosticCatalog.PointsExceedWeight(At(proportional.Span), "按比例封顶时", leaf.Weight * cap, leaf.Weight));
            }
        }
        else if (subject.Domain.Upper is not { } upper || upper > 1m)
        {
            _diagnostics.Add(DiagnosticCatalog.ProportionalCap(At(proportional.Span), subject.Name, subject.Domain.ToDisplayString(subject.Format)));
        }
    }

    private void CheckBands(Indicator leaf, BandRule rule)
    {
        if (_scheme.FindDataItem(rule.Subject) is not { } subject)
        {
            return;
        }

        var domain = subject.Domain;
        var format = subject.Format;
        var bands = rule.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Range.IsEmpty)
            {
                _diagnostics.Add(DiagnosticCatalog.EmptyRange(At(band.Span), band.RangeText));
                continue;
            }

            if (band.IsAmbiguous)
            {
                _diagnostics.Add(DiagnosticCatalog.AmbiguousBound(At(band.Span), band.RangeText.Split('（')[0], band.Range.ToDisplayString(format)));
            }

            if (band.Range.Intersect(domain).IsEmpty)
            {
                _diagnostics.Add(DiagnosticCatalog.BandUnreachable(At(band.Span), band.Range.ToDisplayString(format), $"完全落在「{subject.Name}」的取值范围 {domain.ToDisplayString(format)} 之外"));
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var overlap = band.Range.Intersect(bands[j].Range).Intersect(domain);
                if (!overlap.IsEmpty)
                {
                    _diagnostics.Add(DiagnosticCatalog.BandOverlap(At(band.Span), bands[j].Range.ToDisplayString(format), band.Range.ToDisplayString(format), overlap.ToDisplayString(format)));
                    break;
                }
            }

            switch (band.Outcome)
            {
                case FixedPointsOutcome fixedPoints:
                    CheckPoints(leaf, $"档次 {band.Range.ToDisplayString(format)} ", fixedPoints.Points, band.Span, best: false);
                    break;
                case StepFromEdgeOutcome step:
                    CheckPoints(leaf, $"档次 {band.Range.ToDisplayString(format)} 的起点", step.Start, band.Span, best: false);
                    CheckStep(step.Step, band.Span);
                    CheckStepEdge(band, step, bands, format);
                    break;
            }
        }

        foreach (var gap in Coverage.Gaps(domain, bands.Select(band => band.Range)))
        {
            // Point at the band whose end leaves the gap: the one just below it, else the one just above.
            var neighbour = bands.FirstOrDefault(band => gap.Lower is not null && band.Range.Upper == gap.Lower)
                ?? bands.FirstOrDefault(band => gap.Upper is not null && band.Range.Lower == gap.Upper);
            _diagnostics.Add(DiagnosticCatalog.BandGap(At(neighbour?.Span ?? rule.Span), subject.Name, gap.ToDisplayString(format)));
        }

        var best = bands.Select(band => band.Outcome switch
        {
            FixedPointsOutcome fixedPoints => fixedPoints.Points,
            StepFromEdgeOutcome step => step.Start,
            DiscretionaryOutcome discretionary => discretionary.Max,
            _ => throw new UnreachableException($"band outcome {band.Outcome.GetType().Name} has no best score"),
        }).DefaultIfEmpty(0m).Max();
        if (best < leaf.Weight)
        {
            _diagnostics.Add(DiagnosticCatalog.BestBelowWeight(At(rule.Span), leaf.Name, best, leaf.Weight));
        }

        CheckContinuity(bands, format);
    }

    /// <summary>Where a deduction band meets a fixed band, report (not assume) whether the score jumps.</summary>
    private void CheckContinuity(IReadOnlyList<Band> bands, ValueFormat format)
    {
        foreach (var band in bands)
        {
            if (band.Outcome is not StepFromEdgeOutcome step)
            {
                continue;
            }

            var edge = step.Step.Direction == StepDirection.Below ? band.Range.Upper : band.Range.Lower;
            if (edge is null)
            {
                continue;
            }

            var neighbour = bands.FirstOrDefault(other => other != band && other.Range.Contains(edge.Value) && other.Outcome is FixedPointsOutcome);
            if (neighbour?.Outcome is FixedPointsOutcome fixedPoints && fixedPoints.Points != step.Start)
            {
                _diagnostics.Add(DiagnosticCatalog.BandDiscontinuity(At(band.Span), NumberText.Format(edge.Value, format), fixedPoints.Points, step.Start));
            }
        }
    }

    // ---------------------------------------------------------------- grades, constraints, vetoes

    private void CheckGrades()
    {
        if (_scheme.Grades.Count == 0)
        {
            _diagnostics.Add(DiagnosticCatalog.GradesMissing(At(new SourceSpan(0, 0))));
            return;
        }

        var domain = Interval.Closed(0m, _scheme.Total);
        for (var i = 0; i < _scheme.Grades.Count; i++)
        {
            var grade = _scheme.Grades[i];
            if (grade.Range.Intersect(domain).IsEmpty)
            {
                _diagnostics.Add(DiagnosticCatalog.GradeUnreachable(At(grade.Span), grade.Name, grade.Range.ToDisplayString(ValueFormat.Plain), _scheme.Total));
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var overlap = grade.Range.Intersect(_scheme.Grades[j].Range).Intersect(domain);
                if (!overlap.IsEmpty)
                {
                    _diagnostics.Add(DiagnosticCatalog.GradeOverlap(At(grade.Span), _scheme.Grades[j].Name, grade.Name, overlap.ToDisplayString(ValueFormat.Plain)));
                    break;
                }
            }
        }

        foreach (var gap in Coverage.Gaps(domain, _scheme.Grades.Select(grade => grade.Range)))
        {
            _diagnostics.Add(DiagnosticCatalog.GradeGap(At(_scheme.Grades[0].Span), gap.ToDisplayString(ValueFormat.Plain)));
        }
    }

    private void CheckConstraints()
    {
        foreach (var constraint in _scheme.Constraints)
        {
            var count = _scheme.AllIndicators
                .Where(indicator => constraint.IndicatorKeys.Contains(indicator.Key))
                .Sum(indicator => indicator.SelfAndDescendants.Count(descendant => descendant.IsLeaf));
            var holds = Comparison.Holds(constraint.Operator, count, constraint.Value);
            if (!holds)
            {
                _diagnostics.Add(DiagnosticCatalog.ConstraintViolated(At(constraint.Span), constraint.Text, count));
            }
        }
    }

    private void CheckVetoes()
    {
        foreach (var veto in _scheme.Vetoes.Where(veto => veto.Deduction > _scheme.Total))
        {
            _diagnostics.Add(DiagnosticCatalog.VetoExceedsTotal(At(veto.Span), veto.Deduction!.Value, _scheme.Total));
        }
    }
}
