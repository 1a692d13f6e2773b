using System.Collections.Immutable;
using SchemeLang.Diagnostics;

namespace SchemeLang.Evaluation;

/// <summary>A scheme that failed its checks was handed to the evaluator: its scores would mean nothing, so none are given.</summary>
public sealed class SchemeHasErrorsException(ImmutableArray<SchemeDiagnostic> diagnostics)
    : InvalidOperationException($"方案有 {diagnostics.Count(diagnostic => diagnostic.IsError)} 个错误，不能用于评分")
{
    public ImmutableArray<SchemeDiagnostic> Diagnostics { get; } = diagnostics;
}
