using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Cli.Output;

/// <summary>
/// For a scheme with 权重 相对, the points each percentage comes to, as an indented tree: the weights every score is
/// measured against, which the author wrote only as shares.
/// </summary>
internal static class DerivedWeightRenderer
{
    public static void Render(TextWriter output, BoundScheme scheme)
    {
        if (scheme.WeightStyle != WeightStyle.Relative)
        {
            return;
        }

        output.WriteLine($"折算分值（总分 {NumberText.Points(scheme.Total)}，按相对权重逐级折算，取 {scheme.Decimals} 位小数，同级合计等于上级）：");
        foreach (var indicator in scheme.AllIndicators)
        {
            output.WriteLine($"{new string(' ', indicator.Depth * 2)}{indicator.DisplayName} {indicator.DeclaredWeight.Text} → {NumberText.Points(indicator.Weight)}");
        }
    }
}
