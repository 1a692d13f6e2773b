using SchemeLang.Binding;

namespace SchemeLang.Evaluation;

/// <summary>The record fields a leaf reads besides its data items: one per checklist or deduction item, its 理由 and its 不适用 flag.</summary>
internal sealed record LeafKeys(string[] Items, string Reason, string NotApplicable)
{
    public static LeafKeys Of(Indicator leaf) => new(
        leaf.Rule switch
        {
            ChecklistRule checklist => [.. checklist.Items.Select(item => $"{leaf.Key}.{item.Index}")],
            DeductionRule deduction => [.. deduction.Items.Select(item => $"{leaf.Key}.{item.Index}")],
            _ => [],
        },
        $"{leaf.Key}.{InputCatalog.ReasonSuffix}",
        $"{leaf.Key}.{InputCatalog.NotApplicableSuffix}");
}
