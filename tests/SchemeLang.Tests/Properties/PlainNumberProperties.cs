using CsCheck;
using SchemeLang.Runtime;

namespace SchemeLang.Tests.Properties;

/// <summary>The allocation-free number text a CSV row is written with is <see cref="NumberText.Plain"/>'s, for every decimal.</summary>
public sealed class PlainNumberProperties
{
    /// <summary>Any 96-bit mantissa, sign and scale: trailing zeros, negative zeros and the extremes included.</summary>
    private static readonly Gen<decimal> AnyDecimal =
        Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Byte[0, 28], (low, middle, high, negative, scale) => new decimal(low, middle, high, negative, scale));

    /// <summary>Scores as a scheme gives them: a few places, often with trailing zeros.</summary>
    private static readonly Gen<decimal> Score =
        Gen.Select(Gen.Long[-1_000_000, 1_000_000], Gen.Byte[0, 6], (units, scale) => new decimal(units) / (decimal)Math.Pow(10, scale) * 1.000m);

    [Fact]
    public void Formatted_plain_text_equals_plain_text() =>
        PropertyRun.Check(Gen.OneOf(AnyDecimal, Score), value =>
        {
            Span<char> text = stackalloc char[NumberText.MaxPlainLength];
            Assert.Equal(NumberText.Plain(value), text[..NumberText.FormatPlain(value, text)].ToString());
        }, 100_000);

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    [InlineData("15.000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-7.9228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("100")]
    public void Edges_are_formatted_as_plain_text(string literal)
    {
        var value = decimal.Parse(literal, System.Globalization.CultureInfo.InvariantCulture);
        Span<char> text = stackalloc char[NumberText.MaxPlainLength];
        Assert.Equal(NumberText.Plain(value), text[..NumberText.FormatPlain(value, text)].ToString());
    }
}
