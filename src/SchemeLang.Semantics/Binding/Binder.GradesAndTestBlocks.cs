using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>Grades, structural constraints and the scheme's own 测试 blocks.</summary>
public sealed partial class Binder
{
    private Grade? BindGrade(GradeSyntax grade) =>
        BindRange(grade.Range, percentSubject: false) is { } range ? new Grade(grade.Name.Text, range, grade.Span) : null;

    /// <summary>Both sides bound as formulas are, and in units that can be compared.</summary>
    private DataConstraint BindDataConstraint(DataConstraintSyntax constraint)
    {
        var left = BindExpression(constraint.Left);
        var right = BindExpression(constraint.Right);
        if (!Compatible(left.Dimension, right.Dimension))
        {
            _diagnostics.Add(DiagnosticCatalog.UnitMismatch(At(constraint.Span), left.Dimension.ToString(), right.Dimension.ToString(), "约束"));
        }

        return new DataConstraint(left, constraint.Operator, right, constraint.LeftText, constraint.RightText, constraint.Span);
    }

    private StructuralConstraint? BindConstraint(StructuralConstraintSyntax constraint, EquatableArray<Indicator> roots)
    {
        var keys = new List<string>();
        foreach (var name in constraint.Indicators)
        {
            var match = roots.SelectMany(root => root.SelfAndDescendants).FirstOrDefault(indicator => indicator.Name == name.Text || indicator.Code == name.Text);
            if (match is null)
            {
                _diagnostics.Add(DiagnosticCatalog.UndefinedIndicator(At(name.Span), name.Text));
                return null;
            }

            keys.Add(match.Key);
        }

        return new StructuralConstraint(keys.ToEquatableArray(), constraint.Operator, constraint.Value.Value, Source.Slice(constraint.Span), constraint.Span);
    }

    private SchemeTest BindTest(TestCaseSyntax test, BoundScheme scheme)
    {
        var inputKeys = InputCatalog.For(scheme).Keys;
        var indicatorKeys = scheme.AllIndicators.SelectMany(indicator => new[] { indicator.Key, indicator.Name }).ToHashSet(StringComparer.Ordinal);
        ReportRepeatedKeys(test.Inputs, "输入");
        ReportRepeatedKeys(test.Expectations, "期望");
        foreach (var input in test.Inputs.Where(input => !inputKeys.Contains(input.FullKey)))
        {
            _diagnostics.Add(UnknownTestKey(input, scheme, inputKeys.Contains));
        }

        foreach (var expectation in test.Expectations.Where(e => e.FullKey is not ("总分" or "等级") && !indicatorKeys.Contains(e.FullKey)))
        {
            _diagnostics.Add(UnknownTestKey(expectation, scheme, indicatorKeys.Contains));
        }

        return new SchemeTest(test.Name, test.Inputs.Select(Assignment).ToEquatableArray(), test.Expectations.Select(Assignment).ToEquatableArray(), test.Span);
    }

    /// <summary>
    /// A key that names an indicator by its name, its outline mark or its code and mark run together (「1.1」 for
    /// 「1.立项依据充分性」 under 「一、」 and 「（一）」): the hint names the key to write, 「一（一）1.1」.
    /// </summary>
    private SchemeDiagnostic UnknownTestKey(AssignmentSyntax assignment, BoundScheme scheme, Func<string, bool> isKey)
    {
        var key = assignment.FullKey;
        for (var dot = key.Length; dot > 0; dot = key.LastIndexOf('.', dot - 1))
        {
            var (head, tail) = (key[..dot], key[dot..]);
            var match = scheme.AllIndicators.FirstOrDefault(indicator => indicator.Key != head
                && (indicator.Name == head || indicator.Code == head || indicator.Code?.TrimEnd('.', '．', '、') == head.TrimEnd('.', '．', '、'))
                && isKey(indicator.Key + tail));
            if (match is not null)
            {
                return DiagnosticCatalog.UnknownTestKey(At(assignment.Key.Span), key, match.Name, match.Key + tail);
            }

            if (dot == 0)
            {
                break;
            }
        }

        return DiagnosticCatalog.UnknownTestKey(At(assignment.Key.Span), key);
    }

    /// <summary>A key given twice in one test has two values, and which one the test meant cannot be told.</summary>
    private void ReportRepeatedKeys(EquatableArray<AssignmentSyntax> assignments, string part)
    {
        var first = new Dictionary<string, AssignmentSyntax>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            if (!first.TryAdd(assignment.FullKey, assignment))
            {
                var firstLine = Source.GetPosition(first[assignment.FullKey].Span.Start).Line + 1;
                _diagnostics.Add(DiagnosticCatalog.RepeatedTestKey(At(assignment.Key.Span), assignment.FullKey, part, firstLine));
            }
        }
    }

    private TestAssignment Assignment(AssignmentSyntax assignment) => new(
        assignment.FullKey,
        assignment.Value switch
        {
            QuantityValueSyntax quantity => quantity.Quantity.Text,
            BooleanValueSyntax boolean => boolean.Value ? "是" : "否",
            NotApplicableValueSyntax => "不适用",
            TextValueSyntax text => text.Text,
            _ => Source.Slice(assignment.Value.Span),
        },
        assignment.Span);
}
