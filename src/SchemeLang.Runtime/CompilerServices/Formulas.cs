using System.ComponentModel;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// A data item's formula over values that may be missing: any missing operand makes the result missing; a division
/// by zero (both operands present) makes it missing too and sets the flag that selects the item's ÷0 fallback.
/// Generated scorers print formulas as calls to these; the interpreter calls them while walking the formula.
/// </summary>
/// <remarks>Machinery: called by generated scorers and the interpreter, not by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Formulas
{
    public static decimal? Negate(decimal? operand) => -operand;

    public static decimal? Add(decimal? left, decimal? right) => left + right;

    public static decimal? Subtract(decimal? left, decimal? right) => left - right;

    public static decimal? Multiply(decimal? left, decimal? right) => left * right;

    public static decimal? Divide(decimal? left, decimal? right, ref bool dividedByZero)
    {
        if (left is not { } l || right is not { } r)
        {
            return null;
        }

        if (r == 0m)
        {
            dividedByZero = true;
            return null;
        }

        return l / r;
    }

    public static decimal? Apply(decimal? left, BinaryOperator op, decimal? right, ref bool dividedByZero) => op switch
    {
        BinaryOperator.Add => Add(left, right),
        BinaryOperator.Subtract => Subtract(left, right),
        BinaryOperator.Multiply => Multiply(left, right),
        BinaryOperator.Divide => Divide(left, right, ref dividedByZero),
        _ => throw new System.Diagnostics.UnreachableException($"operator {op}"),
    };
}
