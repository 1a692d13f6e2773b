using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Runtime;

namespace SchemeLang.Wording;

/// <summary>
/// A data item's formula in readable notation: 实际到位资金 ÷ 预算资金, brackets only where precedence needs them; a percentage as
/// written (「× 100%」, the author's "as a percentage", never 「× 1」), a 目标值 with its value (「户数目标（30户）」).
/// </summary>
public static class FormulaWording
{
    public static string Of(BoundExpression expression) => Write(expression, parentPrecedence: 0, rightOperand: false);

    private static string Write(BoundExpression expression, int parentPrecedence, bool rightOperand)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Target is { } target ? (literal.Written is { } value ? $"{target}（{value}）" : target)
                    : literal.Written is not null ? NumberText.Percent(literal.Value) : NumberText.Plain(literal.Value);
            case DataReferenceExpression reference:
                return reference.Name;
            case NegateExpression negate:
                return "−" + Write(negate.Operand, Precedence.Unary, rightOperand: true);
            case BinaryExpression binary:
                var precedence = Precedence.Of(binary.Operator);
                var text = $"{Write(binary.Left, precedence, rightOperand: false)} {Symbol(binary.Operator)} {Write(binary.Right, precedence, rightOperand: true)}";
                // Left-associative: a right operand of equal precedence needs brackets (a − (b − c)).
                return precedence < parentPrecedence || (rightOperand && precedence == parentPrecedence) ? $"（{text}）" : text;
            default:
                throw new UnreachableException($"expression {expression.GetType().Name} has no wording");
        }
    }

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "−",
        BinaryOperator.Multiply => "×",
        BinaryOperator.Divide => "÷",
        _ => throw new UnreachableException($"operator {op}"),
    };

    private static class Precedence
    {
        public const int Unary = 3;

        public static int Of(BinaryOperator op) => op is BinaryOperator.Multiply or BinaryOperator.Divide ? 2 : 1;
    }
}
