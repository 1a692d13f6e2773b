using SchemeLang.Text;

namespace SchemeLang.Diagnostics;

/// <summary>Where a diagnostic points: a file and a span in it.</summary>
public sealed record SourceLocation(SourceFile Source, SourceSpan Span)
{
    public SourcePosition Start => Source.GetPosition(Span.Start);

    public override string ToString()
    {
        var start = Start;
        return $"{Source.Path}:{start.Line + 1}:{start.Column + 1}";
    }
}

/// <summary>One finding: a code, a place, a Chinese message naming the numbers, and where possible a fix.</summary>
public sealed record SchemeDiagnostic(DiagnosticDefinition Descriptor, SourceLocation Location, string Message, string? Hint = null)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    public bool IsError => Severity == Severity.Error;

    /// <summary>Order for printing: file, line, column, code.</summary>
    public static int Compare(SchemeDiagnostic x, SchemeDiagnostic y)
    {
        var byPath = string.CompareOrdinal(x.Location.Source.Path, y.Location.Source.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byStart = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(x.Code, y.Code);
    }
}
