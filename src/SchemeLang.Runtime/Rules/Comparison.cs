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
