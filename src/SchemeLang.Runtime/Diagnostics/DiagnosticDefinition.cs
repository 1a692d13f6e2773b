namespace SchemeLang.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>What a diagnostic code means; one per code, all in <c>DiagnosticCatalog</c> (SchemeLang.Syntax).</summary>
public sealed record DiagnosticDefinition(string Code, Severity Severity, string Title);
