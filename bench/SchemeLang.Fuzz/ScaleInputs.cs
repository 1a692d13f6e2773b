using System.Globalization;
using System.Text;

namespace SchemeLang.Fuzz;

/// <summary>
/// Inputs that grow by a factor, for <see cref="ScaleRun"/>: a valid scheme with any number of leaves (a 1 MB file
/// at 15,120), and a data file whose one record carries any number of fields the scheme does not know.
/// </summary>
internal static class ScaleInputs
{
    /// <summary>Every rule kind that needs no per-leaf data item, in turn; the two data items are shared by all leaves.</summary>
    private static readonly string[] Rules =
    [
        "是否 合规",
        "≥ 95% 得满分，否则不得分",
        "按比例 完成率",
        "区间 满意度：90%以上得满分；80%（含）至90%（不含）得0.5分；低于80%不得分",
        "等次 好 得满分；中 得50%；差 不得分",
        "分项 ①齐全得0.5分；②及时得0.5分",
    ];

    /// <summary>
    /// A scheme of <paramref name="leaves"/> leaves of 1 point each, four levels deep: 30 leaves to a 节, 7 节 to a
    /// 组, 8 组 to a 类 — as a national 自评表 would be if it had that many lines; 总分 is the number of leaves.
    /// </summary>
    public static string Scheme(int leaves)
    {
        var text = new StringBuilder();
        var total = leaves.ToString(CultureInfo.InvariantCulture);
        string Points(decimal value) => value.ToString(CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"方案 规模测试{total}\n年度 2023\n总分 {total}\n");
        text.Append(CultureInfo.InvariantCulture, $"等级\n  优 ≥ {Points(leaves * 0.9m)}\n  良 [{Points(leaves * 0.8m)}, {Points(leaves * 0.9m)})\n  差 < {Points(leaves * 0.8m)}\n");
        text.Append("数据\n  完成率：百分比 范围 [0%, 100%]\n  满意度：百分比 范围 [0%, 100%]\n");
        var (sections, groups, classes) = (0, 0, 0);
        for (var leaf = 0; leaf < leaves; leaf++)
        {
            if (leaf % (30 * 7 * 8) == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"类{++classes} {Math.Min(30 * 7 * 8, leaves - leaf)}分\n");
            }

            if (leaf % (30 * 7) == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" 组{++groups} {Math.Min(30 * 7, leaves - leaf)}分\n");
            }

            if (leaf % 30 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  节{++sections} {Math.Min(30, leaves - leaf)}分\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"   项{leaf + 1} 1分\n    {Rules[leaf % Rules.Length]}\n");
        }

        return text.ToString();
    }

    /// <summary>A JSON data file of one record of the 004 example that also carries <paramref name="unknown"/> fields no scheme has.</summary>
    public static string RecordWithUnknownFields(int unknown)
    {
        var text = new StringBuilder("[{\"id\": \"多余字段\"");
        for (var i = 0; i < unknown; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $", \"x{i}\": 1");
        }

        return text.Append("}]\n").ToString();
    }
}
