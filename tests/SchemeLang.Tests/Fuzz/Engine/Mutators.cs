using System.Text;
using System.Text.RegularExpressions;

namespace SchemeLang.Tests.Fuzz.Engine;

/// <summary>
/// Mutations of scheme text, data files and records: line-, token-, character- and byte-level, with the inputs that
/// break compilers most often — numbers at and beyond decimal's range, controls, lone surrogates, full-width forms,
/// odd line breaks, deep nesting and very long lines. Each mutation is named so a case can say what was done to it.
/// </summary>
public static partial class Mutators
{
    /// <summary>Characters that are interesting to a lexer, a renderer or a JSON writer.</summary>
    public static readonly string[] OddCharacters =
    [
        "\0", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200d", "\u2028", "\u2029", "\ufeff",
        "\ufffd", "\ud800", "\udc00", "\udbff\udfff", "\ud83d\ude00", "\u0301", "\u202e", "\t", "\r", "\r\n", "　",
        "（", "）", "％", "，", "：", "；", "＝", "［", "］", "【", "】", "≥", "≤", "＞", "＜", "「", "」", "“", "”", "\"",
        "①", "⑳", "∞", "＋∞", "０", "９", "．", "－", "一", "#", "//", "分", "%", "万元", "亿元", "个百分点", "\\", "'",
    ];

    /// <summary>Keywords and punctuation of the language, as whole tokens.</summary>
    public static readonly string[] Tokens =
    [
        "方案", "年度", "总分", "权重", "分值", "相对", "缺失数据", "报错", "不得分", "小数位", "数据", "百分比", "金额", "元",
        "万元", "亿元", "整数", "数值", "是否", "文本", "范围", "除数为零时", "目标值", "等级", "否决", "扣", "总分为零", "约束",
        "末级指标数", "测试", "输入", "期望", "是", "否", "不适用", "分项", "区间", "等次", "扣分", "按比例", "酌情", "得满分",
        "重新分配", "否则", "自", "从", "起", "起算", "每", "低", "超", "不满", "按", "计", "不满一档按一档计", "不足一档不扣",
        "按实际计算", "扣完为止", "封顶", "以上", "以下", "以内", "低于", "高于", "不足", "至", "得", "(", ")", "[", "]", ",",
        "，", "：", "；", "=", "+", "-", "×", "÷", "/", "*", "~", "、", ".", "。", "≥", "≤", ">", "<", "∞", "+∞", "-∞", "①",
        "(1)", "1.", "「名称」", "\"引号", "「未闭合", "5分", "95%", "1个百分点", "117.42万元", "A1", "A11", "B",
        "其中", "占", "为", "评为", "酌情扣分", "其他问题", "以下各项", "平均分配", "待定", "无", "（含）", "（不含）",
    ];

    /// <summary>Numbers at the edges: zero, negative, tiny, decimal's maximum and beyond it, exponents, full-width digits.</summary>
    public static readonly string[] OddNumbers =
    [
        "0", "-0", "-1", "0.0001", "1", "100", "100.01", "99.995", "1e5", "1E-30", "5.", ".5", "00000000000000000000001",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "99999999999999999999999999999999999999", "0.0000000000000000000000000001", "0.00000000000000000000000000001",
        "7922816251426433759354395033.5", "１００", "９５．５", "1,000", "NaN", "∞", "2147483648", "-2147483649",
        new string('9', 400), "0." + new string('0', 60) + "1",
    ];

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();

    // ---------------------------------------------------------------- scheme text

    /// <summary>Applies <paramref name="count"/> random mutations; <paramref name="log"/> collects their names.</summary>
    public static string MutateText(string text, FuzzRandom random, int count, IReadOnlyList<string> donors, List<string> log)
    {
        for (var i = 0; i < count; i++)
        {
            var (name, mutate) = TextMutations[random.Next(TextMutations.Length)];
            text = mutate(text, random, donors);
            log.Add(name);
        }

        return text;
    }

    private delegate string TextMutation(string text, FuzzRandom random, IReadOnlyList<string> donors);

    private static readonly (string Name, TextMutation Mutate)[] TextMutations =
    [
        ("删除行", (t, r, _) => WithLines(t, lines => { if (lines.Count > 0) { lines.RemoveAt(r.Next(lines.Count)); } })),
        ("删除多行", (t, r, _) => WithLines(t, lines => { if (lines.Count > 0) { var at = r.Next(lines.Count); lines.RemoveRange(at, Math.Min(lines.Count - at, r.Between(2, 12))); } })),
        ("重复行", (t, r, _) => WithLines(t, lines => { if (lines.Count > 0) { var at = r.Next(lines.Count); lines.Insert(at, lines[at]); } })),
        ("重复块", (t, r, _) => WithLines(t, lines => { if (lines.Count > 0) { var at = r.Next(lines.Count); var block = lines.Skip(at).Take(r.Between(2, 10)).ToArray(); lines.InsertRange(r.Next(lines.Count + 1), block); } })),
        ("交换行", (t, r, _) => WithLines(t, lines => { if (lines.Count > 1) { var a = r.Next(lines.Count); var b = r.Next(lines.Count); (lines[a], lines[b]) = (lines[b], lines[a]); } })),
        ("移动行", (t, r, _) => WithLines(t, lines => { if (lines.Count > 1) { var a = r.Next(lines.Count); var line = lines[a]; lines.RemoveAt(a); lines.Insert(r.Next(lines.Count + 1), line); } })),
        ("改缩进", (t, r, _) => WithLines(t, lines => { if (lines.Count > 0) { var a = r.Next(lines.Count); lines[a] = r.Pick(new[] { "", " ", "  ", "    ", "\t", "　", "        ", new string(' ', 200) }) + lines[a].TrimStart(); } })),
        ("改数字", (t, r, _) => ReplaceNumber(t, r)),
        ("数字微调", (t, r, _) => NudgeNumber(t, r)),
        ("插入字符", (t, r, _) => t.Insert(r.Next(t.Length + 1), r.Pick(OddCharacters))),
        ("删除字符", (t, r, _) => t.Length == 0 ? t : DeleteSpan(t, r, r.Between(1, 8))),
        ("替换字符", (t, r, _) => t.Length == 0 ? t : ReplaceAt(t, r.Next(t.Length), r.Pick(OddCharacters))),
        ("插入关键字", (t, r, _) => t.Insert(r.Next(t.Length + 1), r.Pick(Tokens))),
        ("插入关键字行", (t, r, _) => WithLines(t, lines => lines.Insert(r.Next(lines.Count + 1), new string(' ', r.Pick(new[] { 0, 2, 4, 6 })) + string.Join(" ", Enumerable.Range(0, r.Between(1, 6)).Select(_ => r.Pick(Tokens)))))),
        ("重复词", (t, r, _) => DuplicateWord(t, r)),
        ("交换词", (t, r, _) => SwapWords(t, r)),
        ("嫁接行", (t, r, d) => d.Count == 0 ? t : WithLines(t, lines => { var donor = r.Pick(d).Split('\n'); lines.Insert(r.Next(lines.Count + 1), r.Pick(donor)); })),
        ("深层括号", (t, r, _) => t.Insert(r.Next(t.Length + 1), Nest(r))),
        ("长行", (t, r, _) => WithLines(t, lines => lines.Insert(r.Next(lines.Count + 1), LongLine(r)))),
        ("深层指标", (t, r, _) => WithLines(t, lines => lines.InsertRange(r.Next(lines.Count + 1), DeepIndicators(r)))),
        ("截断", (t, r, _) => t.Length == 0 ? t : t[..r.Next(t.Length)]),
        ("全角半角", (t, r, _) => SwapWidth(t, r)),
        ("换行符", (t, r, _) => t.Replace("\n", r.Pick(new[] { "\r\n", "\r", "\u2028", "\u0085", "\n\n\n" }), StringComparison.Ordinal)),
        ("巨大数字", (t, r, _) => ReplaceNumber(t, r, r.Pick(new[] { "79228162514264337593543950336", new string('9', r.Between(29, 1500)), "0." + new string('0', 40) + "1" }))),
    ];

    private static string WithLines(string text, Action<List<string>> change)
    {
        var lines = text.Split('\n').ToList();
        change(lines);
        return string.Join('\n', lines);
    }

    private static string ReplaceAt(string text, int index, string replacement) => text[..index] + replacement + text[(index + 1)..];

    private static string DeleteSpan(string text, FuzzRandom random, int length)
    {
        var start = random.Next(text.Length);
        return text.Remove(start, Math.Min(length, text.Length - start));
    }

    private static string ReplaceNumber(string text, FuzzRandom random, string? with = null)
    {
        var matches = NumberPattern().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var match = matches[random.Next(matches.Count)];
        return text[..match.Index] + (with ?? random.Pick(OddNumbers)) + text[(match.Index + match.Length)..];
    }

    /// <summary>A number moved by a little: ±0.0001, ±1, doubled, halved — the edits that keep a scheme almost right.</summary>
    private static string NudgeNumber(string text, FuzzRandom random)
    {
        var matches = NumberPattern().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var match = matches[random.Next(matches.Count)];
        if (!decimal.TryParse(match.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return text;
        }

        var choice = random.Next(6);
        decimal nudged;
        try
        {
            nudged = choice switch
            {
                0 => value + 0.0001m,
                1 => value - 0.0001m,
                2 => value + 1m,
                3 => Math.Max(0m, value - 1m),
                4 => value * 2m,
                _ => value / 2m,
            };
        }
        catch (OverflowException)
        {
            return text;
        }

        return text[..match.Index] + (nudged / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture) + text[(match.Index + match.Length)..];
    }

    private static string DuplicateWord(string text, FuzzRandom random)
    {
        var words = SpacePattern().Split(text).Where(w => w.Length > 0).ToArray();
        return words.Length == 0 ? text : text.Insert(random.Next(text.Length + 1), random.Pick(words) + " ");
    }

    private static string SwapWords(string text, FuzzRandom random) => WithLines(text, lines =>
    {
        if (lines.Count == 0)
        {
            return;
        }

        var at = random.Next(lines.Count);
        var indent = lines[at][..(lines[at].Length - lines[at].TrimStart().Length)];
        var words = SpacePattern().Split(lines[at].Trim());
        if (words.Length > 1)
        {
            var a = random.Next(words.Length);
            var b = random.Next(words.Length);
            (words[a], words[b]) = (words[b], words[a]);
            lines[at] = indent + string.Join(' ', words);
        }
    });

    private static string Nest(FuzzRandom random)
    {
        var depth = random.Pick(new[] { 10, 63, 64, 65, 200, 1000 });
        return random.Next(4) switch
        {
            0 => new string('(', depth) + "1" + new string(')', depth),
            1 => new string('（', depth) + "1" + new string('）', depth),
            2 => string.Concat(Enumerable.Repeat("- ", depth)) + "1",
            _ => string.Concat(Enumerable.Repeat("[1, ", depth)) + "2" + string.Concat(Enumerable.Repeat("]", depth)),
        };
    }

    private static string LongLine(FuzzRandom random)
    {
        var length = random.Pick(new[] { 1999, 2000, 2001, 5000 });
        var unit = random.Pick(new[] { "指", "a", "1", "①", "　", "\ud83d\ude00", "+1" });
        var line = new StringBuilder("A1 ");
        while (line.Length < length)
        {
            line.Append(unit);
        }

        return line.ToString(0, length) + " 5分";
    }

    private static IEnumerable<string> DeepIndicators(FuzzRandom random)
    {
        var depth = random.Pick(new[] { 5, 6, 30, 300 });
        for (var i = 0; i < depth; i++)
        {
            yield return new string(' ', i * 2) + $"Z{i} 深层{i % 10} 5分";
        }

        yield return new string(' ', depth * 2) + "是否 完成";
    }

    private static string SwapWidth(string text, FuzzRandom random)
    {
        (char Half, char Full)[] pairs = [('(', '（'), (')', '）'), ('%', '％'), (',', '，'), (':', '：'), (';', '；'), ('=', '＝'), ('[', '［'), (']', '］'), ('>', '＞'), ('<', '＜'), ('0', '０'), ('5', '５'), ('.', '．')];
        var (half, full) = random.Pick(pairs);
        return random.Chance(0.5) ? text.Replace(half, full) : text.Replace(full, half);
    }

    // ---------------------------------------------------------------- bytes

    /// <summary>Byte-level damage: bit flips, invalid UTF-8, a BOM, cuts inside a multi-byte character, NULs.</summary>
    public static byte[] MutateBytes(byte[] bytes, FuzzRandom random, int count, List<string> log)
    {
        var list = bytes.ToList();
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(7))
            {
                case 0 when list.Count > 0:
                    list[random.Next(list.Count)] ^= (byte)(1 << random.Next(8));
                    log.Add("翻转位");
                    break;
                case 1:
                    list.InsertRange(random.Next(list.Count + 1), random.Pick(new byte[][] { [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE6, 0x8C], [0x00] }));
                    log.Add("非法字节");
                    break;
                case 2:
                    list.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
                    log.Add("BOM");
                    break;
                case 3 when list.Count > 0:
                    list.RemoveRange(random.Next(list.Count), 1);
                    log.Add("删除字节");
                    break;
                case 4 when list.Count > 0:
                    list = list.Take(random.Next(list.Count + 1)).ToList();
                    log.Add("截断字节");
                    break;
                case 5:
                    list.InsertRange(random.Next(list.Count + 1), Encoding.Unicode.GetBytes(random.Pick(OddCharacters)));
                    log.Add("UTF-16 字节");
                    break;
                default:
                    list.Insert(random.Next(list.Count + 1), (byte)random.Next(256));
                    log.Add("随机字节");
                    break;
            }
        }

        return [.. list];
    }

    // ---------------------------------------------------------------- data files and records

    /// <summary>JSON-aware damage to a data file: values of the wrong kind, deep nesting, duplicate keys, no id.</summary>
    public static string MutateJson(string json, FuzzRandom random, int count, List<string> log)
    {
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(8))
            {
                case 0:
                    json = ReplaceJsonValue(json, random, random.Pick(new[] { "null", "true", "false", "[]", "{}", "\"\"", "1e400", "-0", "\"\\u0000\"", "\"\\ud800\"", "[[[[1]]]]", "\"79228162514264337593543950336\"", "79228162514264337593543950336" }));
                    log.Add("改值");
                    break;
                case 1:
                    json = ReplaceJsonValue(json, random, "\"" + random.Pick(OddNumbers) + "\"");
                    log.Add("改数字");
                    break;
                case 2:
                    var depth = random.Pick(new[] { 10, 64, 65, 1000, 5000 });
                    json = ReplaceJsonValue(json, random, new string('[', depth) + new string(']', depth));
                    log.Add("深层嵌套");
                    break;
                case 3:
                    json = json.Replace("\"id\"", random.Chance(0.5) ? "\"ID\"" : "\"id\": \"重复\", \"id\"", StringComparison.Ordinal);
                    log.Add("改 id");
                    break;
                case 4:
                    json = random.Chance(0.5) ? "{\"records\": " + json + "}" : json.TrimEnd().TrimEnd(']') + (random.Chance(0.5) ? ", 1, \"x\", null, []]" : string.Empty);
                    log.Add("改结构");
                    break;
                default:
                    json = MutateText(json, random, 1, [], log);
                    break;
            }
        }

        return json;
    }

    private static string ReplaceJsonValue(string json, FuzzRandom random, string value)
    {
        var colons = Enumerable.Range(0, json.Length).Where(i => json[i] == ':').ToArray();
        if (colons.Length == 0)
        {
            return json;
        }

        var colon = random.Pick(colons);
        var end = colon + 1;
        var inString = false;
        while (end < json.Length && (inString || (json[end] != ',' && json[end] != '}' && json[end] != '\n')))
        {
            if (json[end] == '"' && json[end - 1] != '\\')
            {
                inString = !inString;
            }

            end++;
        }

        return json[..(colon + 1)] + " " + value + json[end..];
    }

    /// <summary>Records as a CSV file with a header row (the union of their fields), as a spreadsheet exports them.</summary>
    public static string ToCsv(IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Fields)> records)
    {
        var columns = records.SelectMany(record => record.Fields.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var text = new StringBuilder("id," + string.Join(',', columns.Select(Csv)) + "\n");
        foreach (var (id, fields) in records)
        {
            text.Append(Csv(id)).Append(',').Append(string.Join(',', columns.Select(column => Csv(fields.GetValueOrDefault(column) ?? string.Empty)))).Append('\n');
        }

        return text.ToString();
    }

    private static string Csv(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>CSV-specific damage: stray quotes, extra or missing columns, a BOM, a header without id, separators in values.</summary>
    public static string MutateCsv(string csv, FuzzRandom random, int count, List<string> log)
    {
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    csv = csv.Insert(random.Next(csv.Length + 1), random.Pick(new[] { "\"", ",", "\"\"", "\n", "\r\n", ",,,,", "\"a\nb\"" }));
                    log.Add("CSV 符号");
                    break;
                case 1:
                    csv = "\ufeff" + csv;
                    log.Add("BOM");
                    break;
                case 2:
                    csv = csv.Replace("id,", random.Chance(0.5) ? "编号," : ",", StringComparison.Ordinal);
                    log.Add("改表头");
                    break;
                case 3:
                    csv += string.Join(',', Enumerable.Repeat(random.Pick(OddNumbers), random.Between(1, 50))) + "\n";
                    log.Add("多余列");
                    break;
                default:
                    csv = MutateText(csv, random, 1, [], log);
                    break;
            }
        }

        return csv;
    }

    /// <summary>Values a record field can hold: the valid forms of every type, and everything they must be told apart from.</summary>
    public static readonly string[] OddValues =
    [
        "", " ", "是", "否", "也许", "true", "1", "0", "-1", "0.5", "100%", "95.5%", "１００％", "100 %", "100%%", "1e5", "NaN",
        "1,000", "1.000.000", "12万元", "12亿元", "12元", "3次", "-0.0001", "0.0001", "100.0001%", "79228162514264337593543950335",
        "79228162514264337593543950336", "-79228162514264337593543950335", "99999999999999999999999999999999", "\u0000", "\ud800",
        "不适用", "好", "明确", "有效", "5分", "-5分", "理由", "\t是\t", "是 ", new string('9', 400),
    ];

    /// <summary>Record damage: fields deleted, set to odd values, renamed, or added under keys the scheme knows.</summary>
    public static Dictionary<string, string> MutateRecord(IReadOnlyDictionary<string, string> fields, IReadOnlyList<string> knownKeys, FuzzRandom random, int count, List<string> log)
    {
        var record = new Dictionary<string, string>(fields, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var keys = record.Keys.Order(StringComparer.Ordinal).ToArray();
            switch (random.Next(6))
            {
                case 0 when keys.Length > 0:
                    record.Remove(random.Pick(keys));
                    log.Add("删除字段");
                    break;
                case 1 when keys.Length > 0:
                    record[random.Pick(keys)] = random.Pick(OddValues);
                    log.Add("改字段");
                    break;
                case 2 when knownKeys.Count > 0:
                    record[random.Pick(knownKeys)] = random.Pick(OddValues);
                    log.Add("设输入");
                    break;
                case 3 when keys.Length > 0:
                    var key = random.Pick(keys);
                    record[key] = NudgeValue(record[key], random);
                    log.Add("微调值");
                    break;
                case 4:
                    record[random.Pick(new[] { "备注", "A1.不适用", "否决.1", "否决.9", "A.1", "x", "" })] = random.Pick(OddValues);
                    log.Add("加字段");
                    break;
                default:
                    if (keys.Length > 0)
                    {
                        var target = random.Pick(keys);
                        record[target] = MutateText(record[target], random, 1, [], log);
                    }

                    break;
            }
        }

        return record;
    }

    private static string NudgeValue(string value, FuzzRandom random)
    {
        var match = NumberPattern().Match(value);
        return match.Success ? NudgeNumber(value, random) : value;
    }
}
