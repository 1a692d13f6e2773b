namespace SchemeLang.Data;

/// <summary>How to read evaluation data, as <c>schemelang score</c>'s options say.</summary>
public sealed record DataReadOptions
{
    /// <summary>Read everything as found: the first visible sheet, the header row found by its id column.</summary>
    public static DataReadOptions Default { get; } = new();

    /// <summary>For a workbook, the sheet to read (<c>--sheet</c>); the first visible sheet when null.</summary>
    public string? Sheet { get; init; }

    /// <summary>The header row's number (1-based, <c>--header-row</c>); found by its columns when null.</summary>
    public int? HeaderRow { get; init; }

    /// <summary>
    /// The keys the scheme reads (<c>SchemePlan.Slots</c>): a row among the first ones holding the id column, or
    /// enough of these, is the header row; title rows above it are passed over.
    /// </summary>
    public IReadOnlyCollection<string> SchemeKeys
    {
        get => _schemeKeys;
        init => (_schemeKeys, _keySet) = (value, null);
    }

    private IReadOnlyCollection<string> _schemeKeys = [];
    private HashSet<string>? _keySet;

    /// <summary>The keys as a set, made once: a scheme may read thousands.</summary>
    internal HashSet<string> KeySet => _keySet ??= new HashSet<string>(_schemeKeys, StringComparer.Ordinal);
}
