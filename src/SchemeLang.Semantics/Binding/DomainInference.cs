using SchemeLang.Runtime;

namespace SchemeLang.Binding;

/// <summary>
/// Interval arithmetic over formulas: the range of values a computed data item can take, from its operands'
/// declared ranges. Band tables over a formula are checked against this; bounds are widened to closed ones.
/// </summary>
internal static class DomainInference
{
    public static Interval Of(BoundExpression expression, Func<string, Interval> itemDomain)
    {
        try
        {
            return Infer(expression, itemDomain);
        }
        catch (OverflowException)
        {
            // Bounds beyond decimal's range say nothing useful: treat the value as unbounded.
            return Interval.All;
        }
    }

    private static Interval Infer(BoundExpression expression, Func<string, Interval> itemDomain) => expression switch
    {
        LiteralExpression literal => Interval.Exactly(literal.Value),
        DataReferenceExpression reference => itemDomain(reference.Name),
        NegateExpression negate => Negate(Infer(negate.Operand, itemDomain)),
        BinaryExpression binary => Combine(Infer(binary.Left, itemDomain), binary.Operator, Infer(binary.Right, itemDomain)),
        _ => throw new System.Diagnostics.UnreachableException($"expression {expression.GetType().Name} has no domain"),
    };

    /// <summary>The smallest interval holding <paramref name="x"/> and <paramref name="point"/>.</summary>
    public static Interval Including(Interval x, decimal point)
    {
        if (x.Contains(point))
        {
            return x;
        }

        return x.Lower is { } lower && point < lower
            ? x with { Lower = point, LowerClosed = true }
            : x with { Upper = point, UpperClosed = true };
    }

    private static Interval Negate(Interval x) => new(-x.Upper, x.UpperClosed, -x.Lower, x.LowerClosed);

    private static Interval Combine(Interval x, BinaryOperator op, Interval y) => op switch
    {
        BinaryOperator.Add => Closed(Add(x.Lower, y.Lower), Add(x.Upper, y.Upper)),
        BinaryOperator.Subtract => Closed(Add(x.Lower, -y.Upper), Add(x.Upper, -y.Lower)),
        BinaryOperator.Multiply => Multiply(x, y),
        BinaryOperator.Divide => Divide(x, y),
        _ => throw new System.Diagnostics.UnreachableException($"operator {op}"),
    };

    private static decimal? Add(decimal? a, decimal? b) => a is null || b is null ? null : a + b;

    private static Interval Closed(decimal? lower, decimal? upper) => new(lower, lower is not null, upper, upper is not null);

    private static bool IsNonNegative(Interval x) => x.Lower is >= 0m;

    private static bool IsBounded(Interval x) => x.Lower is not null && x.Upper is not null;

    private static Interval Multiply(Interval x, Interval y)
    {
        if (IsNonNegative(x) && IsNonNegative(y))
        {
            return Closed(x.Lower * y.Lower, x.Upper is null || y.Upper is null ? null : x.Upper * y.Upper);
        }

        if (!IsBounded(x) || !IsBounded(y))
        {
            return Interval.All;
        }

        decimal[] products = [x.Lower!.Value * y.Lower!.Value, x.Lower.Value * y.Upper!.Value, x.Upper!.Value * y.Lower.Value, x.Upper.Value * y.Upper.Value];
        return Interval.Closed(products.Min(), products.Max());
    }

    private static Interval Divide(Interval x, Interval y)
    {
        // A divisor that reaches 0, or comes as close to it as it likes (an open end at 0: 范围 (0, 500]), gives quotients
        // without bound; dividing by that end would throw.
        if (y.Contains(0m) || y.Lower == 0m || y.Upper == 0m || (y.Lower is null && y.Upper is null))
        {
            return IsNonNegative(x) && IsNonNegative(y) ? Interval.AtLeast(0m) : Interval.All;
        }

        if (IsNonNegative(x) && y.Lower is > 0m)
        {
            return Closed(y.Upper is null ? 0m : x.Lower / y.Upper, x.Upper is null ? null : x.Upper / y.Lower);
        }

        if (!IsBounded(x) || !IsBounded(y))
        {
            return Interval.All;
        }

        decimal[] quotients = [x.Lower!.Value / y.Lower!.Value, x.Lower.Value / y.Upper!.Value, x.Upper!.Value / y.Lower.Value, x.Upper.Value / y.Upper.Value];
        return Interval.Closed(quotients.Min(), quotients.Max());
    }
}
