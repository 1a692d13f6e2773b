using SchemeLang.Runtime;

namespace SchemeLang.Data;

/// <summary>
/// Which of a data file's columns reach the scorer. Evaluators keep 序号, 项目名称 and 备注 beside the data: the
/// identity columns (项目名称, 项目单位) are the record's, not the scheme's, and any other column the scheme does not
/// read is named once for the whole file rather than failing every record (SL5002). A column keyed like one of the
/// scheme's leaves (「C41.不适用」 for a leaf that declares no 不适用, 「A21.4」 for a three-item 分项) is no stranger but
/// a mistake about that leaf, so it still goes to the scorer and fails its record. With --strict-columns every column
/// goes to the scorer, which reports the ones it does not know.
/// </summary>
public sealed class RecordColumns(IReadOnlyCollection<string> schemeKeys, bool strict)
{
    /// <summary>The identity columns besides the id: carried with the record, never scored (not even with --strict-columns).</summary>
    /// <remarks>The template (<c>schemelang template</c>) heads its columns after 记录编号 with these.</remarks>
    public static readonly IReadOnlyList<string> Identity = ["项目名称", "项目单位"];

    private readonly HashSet<string> _known = new(schemeKeys, StringComparer.Ordinal);

    /// <summary>What the scheme's keys start with before a 「.」: the leaves that have fields of their own.</summary>
    private readonly HashSet<string> _leafPrefixes = schemeKeys.Where(key => key.Contains('.', StringComparison.Ordinal))
        .Select(key => key[..key.IndexOf('.', StringComparison.Ordinal)]).Concat(schemeKeys).ToHashSet(StringComparer.Ordinal);
    private readonly List<string> _ignored = [];
    private readonly HashSet<string> _ignoredSet = new(StringComparer.Ordinal);

    /// <summary>
    /// The record with only the fields the scheme reads (the same record when that is all it has), and its identity
    /// columns in their fixed order.
    /// </summary>
    public (DataRecord Record, KeyValuePair<string, string>[] Identity) Split(DataRecord record)
    {
        var identity = IdentityOf(record);
        if (record.Fields.Keys.All(key => _known.Contains(key)))
        {
            return (record, identity);
        }

        var fields = new Dictionary<string, string>(record.Fields.Count, StringComparer.Ordinal);
        foreach (var (key, value) in record.Fields)
        {
            if (Identity.Contains(key))
            {
                continue;
            }

            if (strict || _known.Contains(key) || IsAboutALeaf(key))
            {
                fields[key] = value;
            }
            else
            {
                Ignore(key);
            }
        }

        return (record with { Fields = fields }, identity);
    }

    /// <summary>Records are split on several scoring threads at once; only this bookkeeping is shared between them.</summary>
    private void Ignore(string key)
    {
        lock (_ignored)
        {
            if (_ignoredSet.Add(key))
            {
                _ignored.Add(key);
            }
        }
    }

    private static KeyValuePair<string, string>[] IdentityOf(DataRecord record) =>
        Identity.Any(record.Fields.ContainsKey)
            ? [.. Identity.Where(record.Fields.ContainsKey).Select(header => KeyValuePair.Create(header, record.Fields[header]))]
            : [];

    private bool IsAboutALeaf(string key) => key.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && _leafPrefixes.Contains(key[..dot]);

    /// <summary>One line naming the ignored columns, or null when there were none.</summary>
    public string? Notice() => _ignored.Count == 0
        ? null
        : $"提示：数据中的列 {string.Join("、", _ignored.Select(name => $"「{name}」"))} 不是方案读取的字段，已忽略（加 --strict-columns 可把它们当作错误）";
}
