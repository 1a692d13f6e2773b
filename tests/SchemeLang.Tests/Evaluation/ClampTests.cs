using System.Globalization;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Tests.Evaluation;

/// <summary>A leaf's score never leaves [0, weight]; inside, it keeps its digits and scale.</summary>
public class ClampTests
{
    [Theory]
    [InlineData("-1", "5", "0")]
    [InlineData("-0.001", "5", "0")]
    [InlineData("0", "5", "0")]
    [InlineData("2.50", "5", "2.50")]
    [InlineData("5", "5", "5")]
    [InlineData("5.00", "5", "5.00")]
    [InlineData("5.001", "5", "5")]
    [InlineData("79228162514264337593543950335", "5", "5")]
    [InlineData("-79228162514264337593543950335", "5", "0")]
    public void A_score_is_clamped_to_its_weight(string score, string weight, string expected) =>
        Assert.Equal(expected, Scoring.Clamp(decimal.Parse(score, CultureInfo.InvariantCulture), decimal.Parse(weight, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Negative_zero_clamps_to_a_plain_zero()
    {
        var negativeZero = decimal.Negate(0m);
        Assert.True(decimal.IsNegative(negativeZero));

        var clamped = Scoring.Clamp(negativeZero, 5m);

        Assert.False(decimal.IsNegative(clamped));
        Assert.Equal("0", clamped.ToString(CultureInfo.InvariantCulture));
    }
}
