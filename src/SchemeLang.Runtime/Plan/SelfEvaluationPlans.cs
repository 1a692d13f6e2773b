using System.Collections.Immutable;

namespace SchemeLang.Runtime;

/// <summary>
/// 自评表 「年度指标值 ≥ 40个」 (正向) or 「≤ 120万元」 (反向) on the leaf's own 实际完成值: met, the <see cref="Weight"/>; otherwise
/// the weight × 实际完成值 ÷ 指标值 (正向) or × 指标值 ÷ 实际完成值 (反向). An actual of 0 under ≤ meets it.
/// </summary>
public sealed record TargetRatioPlan(string Subject, ValueFormat Format, ComparisonOperator Operator, decimal Target, decimal Weight) : RulePlan
{
    /// <summary>Whether more is better (≥, &gt;): the ratio is 实际 ÷ 指标值; otherwise 指标值 ÷ 实际.</summary>
    public bool IsPositive => Operator is ComparisonOperator.GreaterOrEqual or ComparisonOperator.Greater;
}

/// <summary>
/// 自评表 「年度指标值 达成预期指标」: the record's tier (<see cref="Tiers"/>) and a score within it — 达成 (<see cref="Upper"/>, 1],
/// 部分达成 (<see cref="Lower"/>, <see cref="Upper"/>], 未达成 [0, <see cref="Lower"/>] of the <see cref="Weight"/>.
/// </summary>
public sealed record QualitativePlan(string Target, decimal Upper, decimal Lower, decimal Weight) : RulePlan
{
    /// <summary>The record field of the score, after the leaf's key: 「A11.得分」 (the leaf's key itself holds the tier).</summary>
    public const string ScoreSuffix = "得分";

    public static readonly ImmutableArray<string> Tiers = ["达成", "部分达成", "未达成"];

    /// <summary>The scores tier <paramref name="index"/> allows, in points.</summary>
    public Interval Range(int index) => index switch
    {
        0 => new Interval(Weight * Upper, false, Weight, true),
        1 => new Interval(Weight * Lower, false, Weight * Upper, true),
        _ => Interval.Closed(0m, Weight * Lower),
    };
}

/// <summary>
/// 预算执行: <see cref="Weight"/> × 全年执行数 ÷ 全年预算数, up to the weight. <see cref="Items"/> are the data items of the
/// total row's <see cref="Columns"/>, then each 其中 row's, in <see cref="FieldNames"/> order; per record, each column of the
/// total row must equal the sum of the 其中 rows that give it.
/// </summary>
public sealed record BudgetExecutionPlan(ImmutableArray<string> Rows, ImmutableArray<int> Items, decimal Weight) : RulePlan
{
    public const int Planned = 0;

    public const int Budget = 1;

    public const int Spent = 2;

    /// <summary>The 自评表's 项目资金 columns (A), (B), (C).</summary>
    public static readonly ImmutableArray<string> Columns = ["年初预算数", "全年预算数", "全年执行数"];

    /// <summary>The record fields: 「A1.全年预算数」 for the total row, 「A1.当年财政拨款.全年预算数」 for a 其中 row.</summary>
    public static IEnumerable<string> FieldNames(string owner, IEnumerable<string> rows) =>
        Columns.Select(column => $"{owner}.{column}").Concat(rows.SelectMany(row => Columns.Select(column => $"{owner}.{row}.{column}")));
}
