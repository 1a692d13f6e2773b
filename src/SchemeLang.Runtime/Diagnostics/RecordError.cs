namespace SchemeLang.Diagnostics;

/// <summary>A per-record problem (SL5xxx): which record, which field, what is wrong. Made only by <see cref="RecordDiagnostics"/>.</summary>
public sealed record RecordError(string Code, string RecordId, string? Field, string Message)
{
    public override string ToString() => Field is null ? $"{Code} 记录「{RecordId}」：{Message}" : $"{Code} 记录「{RecordId}」字段「{Field}」：{Message}";
}
