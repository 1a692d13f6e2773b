using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemeLang.Emit.Generation;

/// <summary>What in the scheme a stretch of generated code prints.</summary>
public enum OriginKind
{
    /// <summary>An indicator, by key: its plan fields and its leaf's rule call.</summary>
    Indicator,

    /// <summary>A data item, by name: its domain check or its formula.</summary>
    DataItem,

    /// <summary>A veto, by key.</summary>
    Veto,

    /// <summary>A data constraint, by its text.</summary>
    Constraint,
}

/// <summary>Lines <see cref="StartLine"/>–<see cref="EndLine"/> (0-based) of the generated C# print the scheme's <see cref="Name"/>.</summary>
public sealed record CodeOrigin(int StartLine, int EndLine, OriginKind Kind, string Name);

/// <summary>
/// Marks the statements the printers make for each indicator, data item and veto, and finds them again in the
/// final text: a compile error in generated code is a SchemeLang bug, and naming the scheme line behind it is the
/// first thing whoever fixes it needs.
/// </summary>
public static class CodeOrigins
{
    private const string Prefix = "SchemeLang.Origin.";

    public static TNode Mark<TNode>(TNode node, OriginKind kind, string name)
        where TNode : SyntaxNode => node.WithAdditionalAnnotations(new SyntaxAnnotation(Prefix + kind, name));

    /// <summary>Every marked node of <paramref name="unit"/> with the lines it spans in <c>unit.ToFullString()</c>.</summary>
    public static ImmutableArray<CodeOrigin> Find(SyntaxNode unit)
    {
        var root = CSharpSyntaxTree.Create((CSharpSyntaxNode)unit).GetRoot();
        var origins = ImmutableArray.CreateBuilder<CodeOrigin>();
        foreach (var kind in Enum.GetValues<OriginKind>())
        {
            foreach (var (node, annotation) in root.GetAnnotatedNodesAndTokens(Prefix + kind).Where(item => item.IsNode)
                .SelectMany(item => item.GetAnnotations(Prefix + kind).Select(annotation => (item.AsNode()!, annotation))))
            {
                var lines = node.GetLocation().GetLineSpan();
                origins.Add(new CodeOrigin(lines.StartLinePosition.Line, lines.EndLinePosition.Line, kind, annotation.Data!));
            }
        }

        return [.. origins.OrderBy(origin => origin.StartLine).ThenBy(origin => origin.Kind)];
    }

    /// <summary>The narrowest origin around a compile error, or null when the error is outside any (the fixed scaffolding).</summary>
    public static CodeOrigin? Of(IEnumerable<CodeOrigin> origins, Diagnostic error)
    {
        var line = error.Location.GetLineSpan().StartLinePosition.Line;
        return origins.Where(origin => origin.StartLine <= line && line <= origin.EndLine)
            .OrderBy(origin => origin.EndLine - origin.StartLine)
            .FirstOrDefault();
    }
}
