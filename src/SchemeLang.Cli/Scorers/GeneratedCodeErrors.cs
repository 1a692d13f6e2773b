using Microsoft.CodeAnalysis;
using SchemeLang.Binding;
using SchemeLang.Emit.Generation;

namespace SchemeLang.Cli.Scorers;

/// <summary>
/// A compile error in generated code, as a SchemeLang bug report: the scheme line whose indicator, data item or veto
/// the failing code prints (when the error is in such code), then the C# error itself.
/// </summary>
internal static class GeneratedCodeErrors
{
    public static IEnumerable<string> Describe(BuiltScorer built, BoundScheme scheme) =>
        built.Compiled.Errors.Select(error => built.OriginOf(error) is { } origin
            ? $"{Where(origin, scheme)}：{Kind(origin.Kind)}「{origin.Name}」生成的代码：{error}"
            : $"{scheme.Source.Path}：计分器的固定代码：{error}");

    private static string Where(CodeOrigin origin, BoundScheme scheme)
    {
        var span = origin.Kind switch
        {
            OriginKind.Indicator => scheme.AllIndicators.FirstOrDefault(indicator => indicator.Key == origin.Name)?.Span,
            OriginKind.DataItem => scheme.FindDataItem(origin.Name)?.Span,
            OriginKind.Veto => scheme.Vetoes.FirstOrDefault(veto => veto.Key == origin.Name)?.Span,
            OriginKind.Constraint => scheme.DataConstraints.FirstOrDefault(constraint => constraint.Text == origin.Name)?.Span,
            _ => throw new System.Diagnostics.UnreachableException($"origin kind {origin.Kind}"),
        };
        if (span is not { } found)
        {
            return scheme.Source.Path;
        }

        var position = scheme.Source.GetPosition(found.Span.Start);
        return $"{scheme.Source.Path}:{position.Line + 1}:{position.Column + 1}";
    }

    private static string Kind(OriginKind kind) => kind switch
    {
        OriginKind.Indicator => "指标",
        OriginKind.DataItem => "数据项",
        OriginKind.Veto => "否决",
        OriginKind.Constraint => "约束",
        _ => throw new System.Diagnostics.UnreachableException($"origin kind {kind}"),
    };
}
