using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Checks;

/// <summary>Above the leaves: grades covering [0, 总分 + 加分] once, structural constraints, vetoes.</summary>
public sealed partial class SchemeChecker
{
    private void CheckGrades()
    {
        if (_scheme.Grades.Count == 0)
        {
            _diagnostics.Add(DiagnosticCatalog.GradesMissing(At(new SourceSpan(0, 0))));
            return;
        }

        var domain = Interval.Closed(0m, _scheme.Total + _scheme.BonusPoints);
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
