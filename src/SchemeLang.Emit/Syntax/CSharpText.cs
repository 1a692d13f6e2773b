using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemeLang.Emit.Syntax;

/// <summary>
/// C# source text for values that come from a scheme. Scheme text reaches generated C# only through here
/// (or <see cref="CSharpSyntax"/>): Roslyn's own literal formatter escapes quotes, backslashes, line breaks of
/// every kind (U+2028, U+2029, U+0085), control characters and lone surrogates, so no scheme text can end a
/// literal and become code or a comment. There is no hand-written escaper in this project.
/// </summary>
public static class CSharpText
{
    /// <summary>A regular (not verbatim) C# string literal, quotes included, whose value is exactly <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }

    /// <summary>
    /// An exact <c>decimal</c> literal with its <c>m</c> suffix, e.g. <c>0.95m</c>, <c>-3m</c>, <c>1.10m</c>: every digit and
    /// the scale are kept (the C# compiler keeps a literal's scale), and the value never passes through <c>double</c>.
    /// A negative value is written with a leading minus, which C# reads as unary minus on the literal; in an
    /// expression context that could glue to a preceding operator, use <see cref="CSharpSyntax.Literal(decimal)"/>.
    /// </summary>
    public static string Literal(decimal value) => DecimalDigits(value) + "m";

    /// <summary>The invariant digits of a decimal (sign, digits, point, trailing zeros of its scale; never an exponent).</summary>
    internal static string DecimalDigits(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
