namespace SchemeLang.Runtime;

public enum ComparisonOperator
{
    GreaterOrEqual,
    LessOrEqual,
    Greater,
    Less,
    Equal,
}

/// <summary>A comparison's meaning and its symbol, once: thresholds, structural constraints and their sentences use these.</summary>
public static class Comparison
{
    public static bool Holds(ComparisonOperator op, decimal left, decimal right) => op switch
    {
        ComparisonOperator.GreaterOrEqual => left >= right,
        ComparisonOperator.Greater => left > right,
        ComparisonOperator.LessOrEqual => left <= right,
        ComparisonOperator.Less => left < right,
        ComparisonOperator.Equal => left == right,
        _ => throw new System.Diagnostics.UnreachableException($"comparison {op}"),
    };

    /// <summary>The values that meet 「value op bound」: ≥ 95% is [95%, +∞).</summary>
    public static Interval Range(ComparisonOperator op, decimal bound) => op switch
    {
        ComparisonOperator.GreaterOrEqual => Interval.AtLeast(bound),
        ComparisonOperator.Greater => Interval.Above(bound),
        ComparisonOperator.LessOrEqual => Interval.AtMost(bound),
        ComparisonOperator.Less => Interval.Below(bound),
        ComparisonOperator.Equal => Interval.Exactly(bound),
        _ => throw new System.Diagnostics.UnreachableException($"comparison {op}"),
    };

    /// <summary>「全年执行数 ≤ 全年预算数」: two sides as written, and the symbol between them.</summary>
    public static string Statement(string left, ComparisonOperator op, string right) => $"{left} {Symbol(op)} {right}";

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterOrEqual => "≥",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.LessOrEqual => "≤",
        ComparisonOperator.Less => "<",
        ComparisonOperator.Equal => "=",
        _ => throw new System.Diagnostics.UnreachableException($"comparison {op}"),
    };
}
