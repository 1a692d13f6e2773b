namespace SchemeLang.Runtime;

/// <summary>
/// A data item's formula over values that may be missing: any missing operand makes the result missing; a division
/// by zero (both operands present) makes it missing too and sets the flag that selects the item's ÷0 fallback.
/// Generated scorers print formulas as calls to these; the interpreter calls them while walking the formula.
/// </summary>
public static class Formulas
{
    public static decimal? Negate(decimal? operand) => -operand;

    public static decimal? Apply(decimal? left, BinaryOperator op, decimal? right, ref bool dividedByZero)
    {
        if (left is not { } l || right is not { } r)
        {
            return null;
        }

        switch (op)
        {
            case BinaryOperator.Add:
                return l + r;
            case BinaryOperator.Subtract:
                return l - r;
            case BinaryOperator.Multiply:
                return l * r;
            case BinaryOperator.Divide when r == 0m:
                dividedByZero = true;
                return null;
            case BinaryOperator.Divide:
                return l / r;
            default:
                throw new System.Diagnostics.UnreachableException($"operator {op}");
        }
    }
}
