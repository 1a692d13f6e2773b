using SchemeLang.Docs.Layout;

namespace SchemeLang.Docs.Wording;

/// <summary>A batch in one sentence: the line the CLI ends a run of <c>score</c> with.</summary>
public static class BatchWording
{
    /// <summary>「共 5 条记录：计分 4 条，出错 1 条；等级分布：优 3、良 1、中 0、差 0」 (without 等级分布 when the scheme has no grades).</summary>
    public static string Line(BatchCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var line = $"共 {counts.Records} 条记录：计分 {counts.Scored} 条，出错 {counts.Failed} 条";
        return counts.Grades.Count == 0
            ? line
            : $"{line}；等级分布：{string.Join("、", counts.Grades.Select(grade => $"{grade.Name} {grade.Count}"))}";
    }
}
