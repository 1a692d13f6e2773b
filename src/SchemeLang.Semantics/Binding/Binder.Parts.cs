using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>A leaf scored in parts (「其中 资金到位率 占50%」): each part bound as an indicator of its own, outside the tree.</summary>
public sealed partial class Binder
{
    private PartsRule BindParts(IndicatorSyntax leaf, string key, decimal weight, int depth)
    {
        if (leaf.EachPart is { Count: { } count } each && count != leaf.Parts.Count)
        {
            _diagnostics.Add(DiagnosticCatalog.PartCount(At(each.Span), leaf.Name.Text, count, leaf.Parts.Count));
        }

        var weights = PartWeights(leaf.Parts.Select(part => part.Share ?? leaf.EachPart?.Share).ToArray(), weight);
        if (leaf.EachPart is null && leaf.Parts.All(part => part.Share is null))
        {
            // Equal shares are a guess until the author says so (两项平均分配): each part is told the reading and the line to write.
            var eachLine = PartsRule.EqualSharesLine(leaf.Parts.Count);
            for (var i = 0; i < leaf.Parts.Count; i++)
            {
                _diagnostics.Add(DiagnosticCatalog.PartShareImplicit(At(leaf.Parts[i].Span), leaf.Name.Text, leaf.Parts[i].Name.Text, weights[i], leaf.Parts.Count, weight, eachLine));
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<Indicator>(leaf.Parts.Count);
        for (var i = 0; i < leaf.Parts.Count; i++)
        {
            var part = leaf.Parts[i];
            var name = part.Name.Text;
            if (!names.Add(name))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateSiblingName(At(part.Name.Span), name, leaf.Name.Text));
            }

            var whose = $"{leaf.Name.Text}（{name}）";
            BoundRule? rule = null;
            switch (part.Rule)
            {
                case null:
                    _diagnostics.Add(DiagnosticCatalog.LeafWithoutRule(At(part.Name.Span), whose));
                    break;
                case SharedRuleSyntax shared:
                    _diagnostics.Add(DiagnosticCatalog.SharedRuleOnLeaf(At(shared.Span), whose));
                    break;
                default:
                    rule = BindRule(part.Rule, weights[i], owner: $"{key}.{name}");
                    break;
            }

            var written = part.Share is { } share ? new WrittenWeight(share.Text, share.Value, share.Unit == QuantityUnit.Percent) : null;
            parts.Add(new Indicator($"{key}.{name}", null, name, weights[i], written, depth + 1, [], rule, part.NotApplicable?.Policy, part.Span));
        }

        var equal = leaf.EachPart is null or { Share: null } && leaf.Parts.All(part => part.Share is null);
        return new PartsRule(parts.ToEquatableArray(), SourceSpan.FromBounds(leaf.Parts[0].Span.Start, leaf.Parts[^1].Span.End), equal);
    }

    /// <summary>
    /// Each part's points: as written; a percentage of the leaf's weight (apportioned when they add up to 100%, so the
    /// parts add up to the leaf exactly); or, when no part says, the weight shared equally as 分项 平均分配 shares it.
    /// A part left without a share among parts that have one counts 0, and the checker reports the sum (SL3007).
    /// </summary>
    /// <param name="written">Each part's share as written, or as 「两项各占50%」 gives it.</param>
    private decimal[] PartWeights(QuantitySyntax?[] written, decimal weight)
    {
        if (written.All(share => share is null))
        {
            return EqualShares(weight, written.Length);
        }

        if (written.All(share => share?.Unit == QuantityUnit.Percent))
        {
            var shares = written.Select(share => share!.Value).ToArray();
            var exact = shares.Select(share => weight * share).ToArray();
            return shares.Sum() == 1m ? Apportionment.LargestRemainder(weight, exact, _decimals) : exact;
        }

        return [.. written.Select(share => share switch
        {
            null => 0m,
            { Unit: QuantityUnit.Percent } percent => weight * percent.Value,
            { } points => points.Value,
        })];
    }
}
