namespace SchemeLang.Runtime;

public enum DataTypeKind
{
    Percent,
    Money,
    Count,
    Number,
    Boolean,
    Text,
}
