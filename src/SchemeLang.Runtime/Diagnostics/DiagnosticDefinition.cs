namespace SchemeLang.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>What a diagnostic code means; one per code, all in <see cref="DiagnosticCatalog"/>.</summary>
public sealed record DiagnosticDefinition(string Code, Severity Severity, string Title);
