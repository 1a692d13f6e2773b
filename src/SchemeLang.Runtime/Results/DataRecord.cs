namespace SchemeLang.Runtime;

/// <summary>
/// One row of evaluation data: an id and its fields as written (JSON numbers in their JSON text, true/false as 是/否).
/// A bare number for a percentage is a ratio (0.9687), as a spreadsheet stores it; "96.87%" says so itself.
/// </summary>
public sealed record DataRecord(string Id, IReadOnlyDictionary<string, string> Fields);
