using SchemeLang.Runtime;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// How numbers are read from data and shown in explanations. Before, every comma was stripped ("80,5%" read as
/// 805%) and 94.996% was shown as "约 95%，未达到 ≥ 95%".
/// </summary>
public class NumberTextTests
{
    [Theory]
    [InlineData("94,767,246.66", 94767246.66)]
    [InlineData("1,000", 1000)]
    [InlineData("-1,234.5", -1234.5)]
    [InlineData("１２３．５", 123.5)]
    [InlineData(" 12 ", 12)]
    [InlineData("- 12", -12)]
    [InlineData("1,000 ", 1000)]
    [InlineData("0.95", 0.95)]
    public void Numbers_with_thousands_separators_and_full_width_digits_are_read(string text, double expected)
    {
        Assert.Equal(DecimalText.Problem.None, DecimalText.TryParse(DecimalText.Normalize(text), out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("80,5", DecimalText.Problem.MisplacedComma)]
    [InlineData("0,95", DecimalText.Problem.MisplacedComma)]
    [InlineData("12,34,567", DecimalText.Problem.MisplacedComma)]
    [InlineData("1,000.5,0", DecimalText.Problem.MisplacedComma)]
    [InlineData(",100", DecimalText.Problem.MisplacedComma)]
    [InlineData("1234,567", DecimalText.Problem.MisplacedComma)]
    [InlineData("9.5E-1", DecimalText.Problem.NotANumber)]
    [InlineData("1.2.3", DecimalText.Problem.NotANumber)]
    [InlineData("", DecimalText.Problem.NotANumber)]
    [InlineData("-", DecimalText.Problem.NotANumber)]
    [InlineData("9 5", DecimalText.Problem.NotANumber)]
    [InlineData("1 000", DecimalText.Problem.NotANumber)]
    [InlineData("0. 95", DecimalText.Problem.NotANumber)]
    [InlineData("９　５", DecimalText.Problem.NotANumber)]
    [InlineData("100000000000000000000000000000", DecimalText.Problem.TooLarge)]
    public void Anything_else_is_not_read(string text, DecimalText.Problem expected) =>
        Assert.Equal(expected, DecimalText.TryParse(DecimalText.Normalize(text), out _));

    /// <summary>decimal keeps a sign on zero; a record's 「-0」 must not reach a score as -0 (the fuzzer found a 按比例 leaf scoring -0).</summary>
    [Theory]
    [InlineData("-0", "0")]
    [InlineData("-0.00", "0.00")]
    [InlineData("－0.0", "0.0")]
    public void Minus_zero_is_read_as_zero_with_its_decimals(string text, string expected)
    {
        Assert.Equal(DecimalText.Problem.None, DecimalText.TryParse(DecimalText.Normalize(text), out var value));
        Assert.False(decimal.IsNegative(value));
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("80,5%", "SL5003")]
    [InlineData("0,95", "SL5003")]
    public void A_comma_in_data_is_a_record_error_unless_it_groups_thousands(string value, string code)
    {
        var scheme = Clean(OneLeaf(5, "满意度：百分比 范围 [0%, 100%]", "按比例 满意度"));
        Assert.Equal([code], Score(scheme, ("满意度", value)).Errors.Select(error => error.Code));
    }

    /// <summary>
    /// Fuzzing found 「80,500%」 read as 80500% and 「9 5%」 as 95%. No one groups the thousands of a percentage, and a
    /// space between digits is two numbers or a slip: both are the record's SL5003, naming the field and the text.
    /// </summary>
    [Theory]
    [InlineData("80,500%", "「80,500%」是百分比，其中不应有逗号（百分比不用千位分隔符），无法确定这个数")]
    [InlineData("9,500%", "「9,500%」是百分比，其中不应有逗号（百分比不用千位分隔符），无法确定这个数")]
    [InlineData("9 5%", "「9 5%」不是百分数（如 96.87%）")]
    [InlineData("9 5 %", "「9 5 %」不是百分数（如 96.87%）")]
    public void A_percentage_with_a_grouping_comma_or_a_space_between_digits_is_not_read(string value, string message)
    {
        var scheme = Clean(OneLeaf(5, "满意度：百分比 范围 [0%, 1000%]", "按比例 满意度，封顶 100%"));
        var error = Assert.Single(Score(scheme, ("满意度", value)).Errors);
        Assert.Equal(("SL5003", "满意度", message), (error.Code, error.Field, error.Message));
    }

    [Theory]
    [InlineData("95 %", 5)]
    [InlineData(" 95% ", 5)]
    [InlineData("９５．０ ％", 5)]
    public void Spaces_around_a_number_are_still_read(string value, decimal score)
    {
        var scheme = Clean(OneLeaf(5, "满意度：百分比 范围 [0%, 100%]", "区间 满意度\n  ≥ 90% 得5分\n  < 90% 不得分"));
        Assert.Equal(score, Score(scheme, ("满意度", value)).Indicator("A1").Score);
    }

    [Theory]
    [InlineData(0.94996, 0.95, "94.996%")]
    [InlineData(0.95004, 0.95, "95.004%")]
    [InlineData(0.9687, 0.95, "96.87%")]
    [InlineData(0.968712, 0.95, "约 96.87%")]
    [InlineData(0.9499612, 0.95, "约 94.996%")]
    [InlineData(0.9499999, 0.95, "94.99999%")]
    public void Shown_values_never_land_on_the_other_side_of_an_edge(double value, double edge, string expected) =>
        Assert.Equal(expected, NumberText.Approximate((decimal)value, ValueFormat.Percent, (decimal)edge));

    [Fact]
    public void The_explanation_of_a_value_just_under_the_threshold_says_so()
    {
        var scheme = Clean(OneLeaf(5, "综合参保率：百分比", "综合参保率 ≥ 95% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止"));
        var leaf = Score(scheme, ("综合参保率", "94.996%")).Indicator("A1");
        Assert.Equal(4m, leaf.Score);
        Assert.Equal("综合参保率 94.996%，未达到 ≥ 95%，低于 95% 共 0.004 个百分点，每 1个百分点 扣 1分，不满一档按一档计，计 1 档，扣 1分，得 4分", leaf.Explanation);
    }
}
