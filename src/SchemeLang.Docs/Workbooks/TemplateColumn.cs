using SchemeLang.Docs.Layout;

namespace SchemeLang.Docs.Workbooks;

/// <summary>
/// A column of the 填报 sheet: an identity column (记录编号, 项目名称, 项目单位), carried to every output but not
/// scored, or a record field the scheme reads.
/// </summary>
public sealed record TemplateColumn(string Header, string Meaning, RecordField? Field)
{
    /// <summary>The identity columns every template starts with; 记录编号 is the record's id (score also takes 「id」).</summary>
    public static IReadOnlyList<TemplateColumn> Identity { get; } =
    [
        new("记录编号", "记录编号：每条记录唯一，结果和错误以它标明（必填）", null),
        new("项目名称", "项目名称：带到每份结果中，不参与计分", null),
        new("项目单位", "项目单位：带到每份结果中，不参与计分", null),
    ];

    public static IReadOnlyList<TemplateColumn> For(IReadOnlyList<RecordField> fields) =>
        [.. Identity, .. fields.Select(field => new TemplateColumn(field.Key, field.Meaning, field))];
}
