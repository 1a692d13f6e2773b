namespace SchemeLang.Syntax;

/// <summary>
/// What may follow 每 in a 扣分 item or a deduction after a 等次 table: an optional verb (「发现」, 「推迟」), an optional count
/// of one (「一」, 「1」) and a measure word (「处」, 「年」). Both lists are closed and documented in the user guide: a word
/// outside them is reported with the list, never guessed — 「每推迟一年」 is the verb 推迟 and the measure word 年, not a
/// unit named 「推迟一年」.
/// </summary>
public static class MeasureWords
{
    /// <summary>The measure words, longest first so that 批次 is read before 批 and 个月 before 个.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "人次", "批次", "个月", "季度",
        "次", "项", "例", "起", "件", "处", "宗", "批", "个", "家", "人", "户", "篇", "份", "条", "笔", "张", "台", "套", "所",
        "名", "位", "天", "日", "周", "月", "年",
    ];

    /// <summary>The verbs: what happens once per measure (发现, 出现) or the direction of a shortfall or excess (推迟, 超支).</summary>
    public static readonly IReadOnlyList<string> Verbs =
    [
        "发现", "出现", "发生", "查出", "存在", "有",
        "推迟", "延迟", "延期", "逾期", "滞后", "超支", "超过", "超", "减少", "增加", "下降", "降低", "提高", "少", "多", "低", "高",
    ];

    /// <summary>The closed lists as the user guide and the diagnostic write them.</summary>
    public static string WordList => string.Join("、", Words);

    /// <summary>The verbs as the user guide and the diagnostic write them.</summary>
    public static string VerbList => string.Join("、", Verbs);

    /// <summary>
    /// Reads the words after 每: (verb, measure word), or null when they are not a verb, a count of one and a known measure
    /// word (after a count, the thing counted may follow: 「发现一处违规」). An empty phrase (「每扣1分」) is neither.
    /// </summary>
    public static (string? Verb, string? Word)? Read(string phrase)
    {
        var rest = phrase.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (rest.Length == 0)
        {
            return (null, null);
        }

        var verb = Verbs.FirstOrDefault(candidate => rest.StartsWith(candidate, StringComparison.Ordinal) && Words.Any(word => IsCountedWord(rest[candidate.Length..], word)));
        if (verb is not null)
        {
            rest = rest[verb.Length..];
        }

        var word = Words.FirstOrDefault(candidate => IsCountedWord(rest, candidate));
        return word is null ? null : (verb, word);
    }

    /// <summary>「处」, 「一处」 or 「1处」; after a count, what is counted may follow: 「一处违规」, 「一起事故」.</summary>
    private static bool IsCountedWord(string text, string word) =>
        text == word || new[] { "一", "1", "１" }.Any(count => text.StartsWith(count + word, StringComparison.Ordinal));
}
