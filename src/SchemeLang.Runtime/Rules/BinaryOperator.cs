namespace SchemeLang.Runtime;

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}
