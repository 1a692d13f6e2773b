using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Checks;

/// <summary>A leaf scored in parts: the parts add up to the leaf, one of them can always take the points, and each part's rule is checked as a leaf's is.</summary>
public sealed partial class SchemeChecker
{
    private void CheckParts(Indicator leaf, PartsRule parts)
    {
        foreach (var part in parts.Parts)
        {
            if (part.Weight <= 0m)
            {
                _diagnostics.Add(DiagnosticCatalog.WeightNotPositive(At(part.Span), $"{leaf.Name}（{part.Name}）"));
            }
            else if (Scoring.RoundScore(part.Weight, _scheme.Decimals) != part.Weight)
            {
                _diagnostics.Add(DiagnosticCatalog.WeightPrecision(At(part.Span), $"{leaf.Name}（{part.Name}）", part.Weight, _scheme.Decimals));
            }

            CheckRule(part);
        }

        if (parts.Parts.Sum(part => part.Weight) is var sum && sum != leaf.Weight)
        {
            _diagnostics.Add(DiagnosticCatalog.PartWeightSum(At(parts.Span), leaf.Name, sum, leaf.Weight));
        }

        if (parts.Parts.All(part => part.NotApplicable == NotApplicablePolicy.Redistribute))
        {
            _diagnostics.Add(DiagnosticCatalog.PartsAllRedistributed(At(parts.Span), leaf.Name));
        }
    }
}
