using System.Collections.Immutable;

namespace SchemeLang.Diagnostics;

/// <summary>Collects diagnostics while a phase runs; phases never throw on bad input.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = [];

    public bool HasErrors { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        var sorted = _diagnostics.ToArray();
        Array.Sort(sorted, Diagnostic.Compare);
        return [.. sorted];
    }
}
