using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>
/// Units written on a rule's numbers — bounds, targets, steps (「≥ 30户」, 「每少1户」) — agree with the unit of the data
/// item the rule reads, as money agrees with money: 户 against 人次 is an error, as is a unit on a rate.
/// </summary>
public sealed partial class Binder
{
    private void CheckUnits(DataItem subject, params ReadOnlySpan<BoundSyntax?> bounds)
    {
        foreach (var bound in bounds)
        {
            switch (bound)
            {
                case QuantityBoundSyntax quantity:
                    CheckUnit(subject, quantity.Value);
                    break;
                case NameBoundSyntax name:
                    if (_targets.TryGetValue(name.Name.Text, out var target))
                    {
                        CheckUnit(subject, target, name.Name.Text, name.Span);
                    }

                    if (name.WrittenValue is { } written)
                    {
                        CheckUnit(subject, written);
                    }

                    break;
            }
        }
    }

    private void CheckStepUnit(DataItem subject, StepClauseSyntax step) => CheckUnit(subject, step.StepSize);

    /// <param name="target">The 目标值 the quantity was declared as, when it comes from one.</param>
    /// <param name="usedAt">Where the 目标值 is used: the error is the rule's, not the 目标值's.</param>
    private void CheckUnit(DataItem subject, QuantitySyntax quantity, string? target = null, SourceSpan? usedAt = null)
    {
        if (quantity.CountUnit is not { } written)
        {
            return;
        }

        var expected = subject.Type is DataTypeKind.Count or DataTypeKind.Number ? subject.Unit : null;
        if (!CountUnits.Same(written, expected))
        {
            var shown = target is null ? quantity.Text : $"{target}（{quantity.Text}）";
            _diagnostics.Add(DiagnosticCatalog.WrittenUnitMismatch(At(usedAt ?? quantity.Span), shown, written, subject.Name, expected ?? subject.Dimension.ToString()));
        }
    }
}
