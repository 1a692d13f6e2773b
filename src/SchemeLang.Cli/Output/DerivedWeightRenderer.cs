using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Cli.Output;

/// <summary>
/// The weights every score is measured against where the author did not write them as points, as an indented tree:
/// under 权重 相对 the points each percentage comes to; for a group that left its weight out, its children's sum.
/// </summary>
internal static class DerivedWeightRenderer
{
    public static void Render(TextWriter output, BoundScheme scheme)
    {
        if (scheme.WeightStyle == WeightStyle.Relative)
        {
            output.WriteLine($"折算分值（总分 {NumberText.Points(scheme.Total)}，按相对权重逐级折算，取 {scheme.Decimals} 位小数，同级合计等于上级）：");
        }
        else if (scheme.AllIndicators.Any(indicator => indicator.DeclaredWeight is null))
        {
            output.WriteLine($"未写分值的指标按下级合计（总分 {NumberText.Points(scheme.Total)}）：");
        }
        else
        {
            return;
        }

        foreach (var indicator in scheme.AllIndicators)
        {
            var written = indicator.DeclaredWeight?.Text ?? "（未写）";
            output.WriteLine($"{new string(' ', indicator.Depth * 2)}{indicator.DisplayName} {written} → {NumberText.Points(indicator.Weight)}");
        }
    }
}
