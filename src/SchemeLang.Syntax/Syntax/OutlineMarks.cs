using System.Text.RegularExpressions;

namespace SchemeLang.Syntax;

/// <summary>
/// Chinese outline numbering used as indicator codes: 一、 for a 一级, （一） for a 二级, 1. or 1、 for a 三级, （1） and
/// ① below. The numbering restarts under each parent, so an indicator's key is the path of its marks from the top:
/// 一（一）1 is item 1. under （一） under 一、.
/// </summary>
public static partial class OutlineMarks
{
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、](?![0-9])|[（(][0-9]+[）)]|[\u2460-\u2473])")]
    internal static partial Regex Mark();

    /// <summary>Whether <paramref name="code"/> is an outline mark rather than a letter code.</summary>
    public static bool IsOutline(string code) => Mark().IsMatch(code);

    /// <summary>The mark as it appears in a key: 一、 → 一, 1. → 1; bracketed marks and ① as written, brackets full-width.</summary>
    public static string KeyPart(string mark) =>
        mark.TrimEnd('、', '.', '．').Replace('(', '（').Replace(')', '）');
}
