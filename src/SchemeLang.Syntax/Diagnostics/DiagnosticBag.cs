using System.Collections.Immutable;

namespace SchemeLang.Diagnostics;

/// <summary>Collects diagnostics while a phase runs; phases never throw on bad input.</summary>
public sealed class DiagnosticBag
{
    private readonly List<SchemeDiagnostic> _diagnostics = [];

    public bool HasErrors { get; private set; }

    public void Add(SchemeDiagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<SchemeDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public ImmutableArray<SchemeDiagnostic> ToSortedArray()
    {
        var sorted = _diagnostics.ToArray();
        Array.Sort(sorted, SchemeDiagnostic.Compare);
        return [.. sorted];
    }
}
