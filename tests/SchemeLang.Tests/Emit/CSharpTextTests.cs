using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;

namespace SchemeLang.Tests.Emit;

public class CSharpTextTests
{
    /// <summary>Strings that would end a literal, open a comment or directive, or hide code if escaped by hand.</summary>
    public static TheoryData<string> InjectionFixtures() =>
    [
        "\"",
        "\\",
        "*/",
        "/*",
        "{",
        "}",
        "\r",
        "\n",
        "\r\n",
        "a\u2028b",
        "a\u2029b",
        "a\u0085b",
        "\"; System.IO.File.Delete(\"x\"); //",
        "#if DEBUG",
        "\n#if DEBUG\n",
        "\n#error x\n",
        "class",
        "return",
        "\\u0022",
        "@\"",
        "{0}",
        "a\u202Eb",
        "a\u2066b\u2069",
        "\uD800",
        "x\uDC00y",
        "\uDFFF\uD800",
        "😀",
        "𠀋",
        "综合参保率",
        "\0",
        "\t\v\f\a\b",
        "\u001B[31m",
        "\uFEFF",
        "",
        new string('名', 500),
    ];

    [Theory]
    [MemberData(nameof(InjectionFixtures))]
    public void A_string_literal_round_trips_through_the_compiler(string value)
    {
        var source = "public static class C { public const string S = " + CSharpText.Literal(value) + "; }";

        using var scorer = LoadedScorer.Compile(source);

        Assert.Equal(value, (string?)scorer.Constant("C", "S"), StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InjectionFixtures))]
    public void A_string_literal_reparses_as_one_member_holding_exactly_the_value(string value)
    {
        var source = "public static class C { public const string S = " + CSharpText.Literal(value) + "; }";

        var root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();

        Assert.Empty(root.GetDiagnostics());
        var type = Assert.IsType<ClassDeclarationSyntax>(Assert.Single(root.Members));
        var field = Assert.IsType<FieldDeclarationSyntax>(Assert.Single(type.Members));
        var literal = Assert.IsType<LiteralExpressionSyntax>(Assert.Single(field.Declaration.Variables).Initializer!.Value);
        Assert.Equal(value, literal.Token.ValueText, StringComparer.Ordinal);
        Assert.All(root.DescendantTrivia(descendIntoTrivia: true), trivia => Assert.True(trivia.IsKind(SyntaxKind.WhitespaceTrivia), trivia.Kind().ToString()));
    }

    [Theory]
    [MemberData(nameof(InjectionFixtures))]
    public void A_string_literal_expression_round_trips(string value)
    {
        var expression = CSharpSyntax.Literal(value);
        var source = "public static class C { public static string F() => " + expression.ToFullString() + "; }";

        using var scorer = LoadedScorer.Compile(source);

        Assert.Equal(value, (string?)scorer.Invoke("C", "F"), StringComparer.Ordinal);
        Assert.Equal(value, expression.Token.ValueText, StringComparer.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_lone_surrogates_never_appear_raw_in_a_literal()
    {
        var literal = CSharpText.Literal("\r\n\u2028\u2029\u0085\uD800");

        Assert.DoesNotContain(literal, c => c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' || char.IsSurrogate(c));
    }

    public static TheoryData<string> Decimals() =>
    [
        "0", "0.95", "-3", "1.10", "0.000", "100.00", "79228162514264337593543950335", "-79228162514264337593543950335",
        "0.0000000000000000000000000001", "7.9228162514264337593543950335", "117.42", "-0.5",
    ];

    [Theory]
    [MemberData(nameof(Decimals))]
    public void A_decimal_literal_keeps_every_digit_and_the_scale(string digits)
    {
        var value = decimal.Parse(digits, NumberStyles.Number, CultureInfo.InvariantCulture);

        var literal = CSharpText.Literal(value);
        using var scorer = LoadedScorer.Compile("public static class C { public static decimal D() => " + literal + "; public static decimal E() => " + CSharpSyntax.Literal(value).ToFullString() + "; }");

        Assert.Equal(digits + "m", literal);
        Assert.Equal(digits, ((decimal)scorer.Invoke("C", "D")!).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(digits, ((decimal)scorer.Invoke("C", "E")!).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_negative_decimal_expression_is_one_operand()
    {
        var source = "public static class C { public static decimal D() => 1m -" + CSharpSyntax.Literal(-3m).ToFullString() + "; }";

        using var scorer = LoadedScorer.Compile(source);

        Assert.Equal(4m, (decimal)scorer.Invoke("C", "D")!);
    }
}
