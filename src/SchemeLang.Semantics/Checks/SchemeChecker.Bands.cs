using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Checks;

/// <summary>Band tables: every value of the domain in exactly one band, no band above the weight, continuity reported.</summary>
public sealed partial class SchemeChecker
{
    private void CheckBands(Indicator leaf, BandRule rule)
    {
        if (_scheme.FindDataItem(rule.Subject.Name) is not { } subject)
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
                var empty = band.Written.IsInterval ? band.Range.ToDisplayString(format) : $"{band.Written.Text}（即 {band.Range.ToDisplayString(format)}）";
                _diagnostics.Add(DiagnosticCatalog.EmptyRange(At(band.Span), empty));
                continue;
            }

            if (band.Written.IsAmbiguous)
            {
                _diagnostics.Add(DiagnosticCatalog.AmbiguousBound(At(band.Span), band.Written.Text, band.Range.ToDisplayString(format)));
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
                    CheckStep(step.Step, band.Span, WholeSteps(subject, step.Step, step.Step.Direction == StepDirection.Below ? band.Range.Upper : band.Range.Lower));
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
}
