using SchemeLang.Binding;
using SchemeLang.Diagnostics;

namespace SchemeLang.Checks;

/// <summary>
/// A record's field names one thing: a data item named like a leaf's key (「满意度」 for a leaf 「满意度」 without a code)
/// would be read as that leaf's 酌情 score or 实际完成值 too, and every record would fail at score time (SL5017).
/// </summary>
public sealed partial class SchemeChecker
{
    private void CheckKeyCollisions()
    {
        foreach (var leaf in _scheme.Leaves)
        {
            // A rule over the item itself (「满意度」 scored by 「≥ 90% 得满分」 or 「区间 满意度」) asks the record for nothing else.
            if (_scheme.FindDataItem(leaf.Key) is { IsInput: true, WrittenInRule: false } item && SubjectOf(leaf.Rule) != item.Name)
            {
                _diagnostics.Add(DiagnosticCatalog.DataItemTakesLeafKey(At(item.Span), item.Name, leaf.Name));
            }
        }
    }

    private static string? SubjectOf(BoundRule? rule) => rule switch
    {
        BandRule band => band.Subject.Name,
        StepRule step => step.Subject.Name,
        ProportionalRule proportional => proportional.Subject.Name,
        TargetRatioRule ratio => ratio.Subject.Name,
        _ => null,
    };
}
