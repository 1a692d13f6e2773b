using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>The indicator tree: codes and keys, weights in points (relative ones apportioned), and what a node may carry; leaf rules are bound in Binder.Rules.</summary>
public sealed partial class Binder
{
    /// <summary>「目标完成情况 40分，附加分」: points inside a name, which the author meant as a weight.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*分(?![类项级数值])")]
    private static partial System.Text.RegularExpressions.Regex PointsInName();

    /// <param name="outlinePath">The outline marks above these siblings (一（一）), the start of an outline-numbered key.</param>
    /// <param name="shared">The rule a group above wrote for every indicator below it (以下各项), if any.</param>
    private EquatableArray<Indicator> BindIndicators(EquatableArray<IndicatorSyntax> siblings, IndicatorSyntax? parent, decimal parentWeight, int depth, string outlinePath = "", RuleSyntax? shared = null)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bound = new List<Indicator>();
        var weights = SiblingWeights(siblings, parentWeight);
        for (var i = 0; i < siblings.Count; i++)
        {
            var syntax = siblings[i];
            if (!names.Add(syntax.Name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateSiblingName(At(syntax.Name.Span), syntax.Name.Text, parent?.Name.Text ?? _syntaxTitle));
            }

            var key = KeyOf(syntax, outlinePath);
            if (syntax.Code is { } code && !_codes.TryAdd(key, code.Span))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateCode(At(code.Span), key));
            }

            bound.Add(BindIndicator(syntax, weights[i], depth, key, syntax.Code is { } mark && OutlineMarks.IsOutline(mark.Text) ? key : outlinePath, shared));
        }

        return bound.ToEquatableArray();
    }

    private string _syntaxTitle => _syntax.Headers.OfType<TitleHeaderSyntax>().FirstOrDefault()?.Title ?? "方案";

    /// <summary>
    /// Each sibling's weight in points: as written, or its percentage of the parent's points apportioned so that the
    /// siblings still add up to the parent exactly (see <see cref="Apportionment"/>).
    /// </summary>
    private decimal[] SiblingWeights(EquatableArray<IndicatorSyntax> siblings, decimal parentWeight)
    {
        if (siblings.Count == 0 || siblings.Any(sibling => sibling.Weight?.Unit != QuantityUnit.Percent))
        {
            return [.. siblings.Select(sibling => sibling.Weight switch
            {
                null => DerivedWeight(sibling),
                { Unit: QuantityUnit.Percent } percent => parentWeight * percent.Value,
                { } points => points.Value,
            })];
        }

        var written = siblings.Select(sibling => sibling.Weight!.Value).ToArray();
        var exact = written.Select(share => parentWeight * share).ToArray();
        return written.Sum() == 1m ? Apportionment.LargestRemainder(parentWeight, exact, _decimals) : exact;
    }

    /// <summary>
    /// A group that leaves its weight out has its children's weights added up (theirs derived likewise). Only points
    /// add up: under 权重 相对 a group must say its share (SL2013), and a percentage child counts as nothing here. A sum
    /// past what decimal holds is reported on the group, which then weighs 0.
    /// </summary>
    private decimal DerivedWeight(IndicatorSyntax group)
    {
        try
        {
            return SumOfChildren(group);
        }
        catch (OverflowException)
        {
            _diagnostics.Add(DiagnosticCatalog.WeightSumTooLarge(At(group.Name.Span), $"「{group.Name.Text}」的下级指标"));
            return 0m;
        }

        static decimal SumOfChildren(IndicatorSyntax group)
        {
            var sum = 0m;
            foreach (var child in group.Children)
            {
                sum += child.Weight switch
                {
                    null => SumOfChildren(child),
                    { Unit: QuantityUnit.Percent } => 0m,
                    { } points => points.Value,
                };
            }

            return sum;
        }
    }

    /// <summary>A letter code is the key as written; an outline mark's key is its path from the top (一（一）1); no code, the name.</summary>
    private static string KeyOf(IndicatorSyntax syntax, string outlinePath) => syntax.Code switch
    {
        { } code when OutlineMarks.IsOutline(code.Text) => outlinePath + OutlineMarks.KeyPart(code.Text),
        { } code => code.Text,
        null => syntax.Name.Text,
    };

    private Indicator BindIndicator(IndicatorSyntax syntax, decimal weight, int depth, string key, string outlinePath, RuleSyntax? shared)
    {
        var isPercent = syntax.Weight?.Unit == QuantityUnit.Percent;
        // A group without a weight sums points, so under 权重 相对 it lacks its share.
        if (syntax.Weight is null ? _weightStyle == WeightStyle.Relative : isPercent != (_weightStyle == WeightStyle.Relative))
        {
            _diagnostics.Add(DiagnosticCatalog.WeightStyle(At(syntax.Weight?.Span ?? syntax.Name.Span), syntax.Name.Text, _weightStyle == WeightStyle.Relative ? "百分比（如 40%）" : "分值（如 5分）"));
        }

        if (depth == MaxDepth + 1)
        {
            _diagnostics.Add(DiagnosticCatalog.TreeTooDeep(At(syntax.Name.Span), syntax.Name.Text, depth));
        }

        if (PointsInName().Match(syntax.Name.Text) is { Success: true } points)
        {
            _diagnostics.Add(DiagnosticCatalog.NameHoldsPoints(At(syntax.Name.Span), syntax.Name.Text, points.Value, syntax.Weight?.Text));
        }

        // 以下各项 under this group is for the indicators below it; a rule of the indicator's own comes before one shared from above.
        var sharing = syntax.Rule as SharedRuleSyntax;
        var own = sharing is null ? syntax.Rule : null;
        var children = BindIndicators(syntax.Children, syntax, weight, depth + 1, outlinePath, sharing?.Rule ?? shared);
        BoundRule? rule = null;
        if (children.Count > 0 && own is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.RuleOnParent(At(own.Span), syntax.Name.Text));
        }

        if (children.Count > 0 && syntax.Parts.Count > 0)
        {
            _diagnostics.Add(DiagnosticCatalog.RuleOnParent(At(syntax.Parts[0].Span), syntax.Name.Text));
        }

        if (syntax.EachPart is { } each && syntax.Parts.Count == 0)
        {
            _diagnostics.Add(DiagnosticCatalog.EachPartWithoutParts(At(each.Span), syntax.Name.Text));
        }

        if (children.Count == 0 && sharing is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.SharedRuleOnLeaf(At(sharing.Span), syntax.Name.Text));
        }

        if (children.Count > 0 && syntax.NotApplicable is { } notApplicable)
        {
            _diagnostics.Add(DiagnosticCatalog.NotApplicableOnParent(At(notApplicable.Span), syntax.Name.Text));
        }
        else if (children.Count == 0 && syntax.Rule is null && syntax.Breakdown.Count == 0 && weight == 0m && syntax.Weight is { Unit: not QuantityUnit.Percent } zero)
        {
            // 「经济效益指标 0分」 with nothing under it: a group with no indicators this year, kept in the tree at 0 points.
            // Written 「经济效益指标 无」 the author has said so, and nothing is asked.
            if (!zero.IsNone)
            {
                _diagnostics.Add(DiagnosticCatalog.EmptyGroup(At(syntax.Name.Span), syntax.Name.Text));
            }

            var empty = new WrittenWeight(zero.Text, zero.Value, isPercent);
            return new Indicator(key, syntax.Code?.Text, syntax.Name.Text, 0m, empty, depth, children, null, null, syntax.Span, IsEmptyGroup: true);
        }
        else if (children.Count == 0)
        {
            if (!_leafKeys.TryAdd(key, syntax.Name.Span) && syntax.Code is null)
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateLeafName(At(syntax.Name.Span), key));
            }

            if (syntax.Parts.Count > 0)
            {
                if (own is not null)
                {
                    _diagnostics.Add(DiagnosticCatalog.PartsWithOwnRule(At(own.Span), syntax.Name.Text));
                }

                rule = BindParts(syntax, key, weight, depth);
            }
            else if ((own ?? shared) is not { } leafRule)
            {
                if (sharing is null)
                {
                    _diagnostics.Add(DiagnosticCatalog.LeafWithoutRule(At(syntax.Name.Span), syntax.Name.Text));
                }
            }
            else
            {
                rule = BindRule(leafRule, weight, shared, key);
            }
        }

        if (children.Count > 0 && syntax.Bonus is { } groupBonus)
        {
            _diagnostics.Add(DiagnosticCatalog.BonusOnGroup(At(groupBonus.Span), syntax.Name.Text));
        }

        var written = syntax.Weight is { } declared ? new WrittenWeight(declared.Text, declared.Value, isPercent) : null;
        return new Indicator(key, syntax.Code?.Text, syntax.Name.Text, weight, written, depth, children, rule, syntax.NotApplicable?.Policy, syntax.Span,
            Bonus: children.Count == 0 ? syntax.Bonus?.Value ?? 0m : 0m,
            Breakdown: BindBreakdown(syntax, key, rule, isLeaf: children.Count == 0));
    }
}
