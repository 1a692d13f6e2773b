using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Text;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Docs;

/// <summary>Every shape of interval and formula worded so that it reads one way only.</summary>
public class WordingTests
{
    public static TheoryData<Interval, string> Ranges => new()
    {
        { Interval.AtLeast(0.9m), "90%（含）以上" },
        { Interval.Above(0.9m), "高于90%" },
        { Interval.AtMost(0.6m), "60%（含）以下" },
        { Interval.Below(0.6m), "低于60%" },
        { new Interval(0.8m, true, 0.9m, false), "80%（含）至90%（不含）" },
        { Interval.Closed(0.8m, 0.9m), "80%（含）至90%（含）" },
        { new Interval(0.8m, false, 0.9m, true), "高于80%至90%（含）" },
        { new Interval(0.8m, false, 0.9m, false), "高于80%至90%（不含）" },
        { Interval.Exactly(1m), "等于100%" },
        { Interval.All, "任意值" },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void A_range_says_whether_each_end_is_included(Interval range, string expected) =>
        Assert.Equal(expected, RangeWording.Of(range, ValueFormat.Percent));

    private static readonly Dimension Ratio = Dimension.Ratio;

    private static BoundExpression Item(string name) => new DataReferenceExpression(name, Ratio, default);

    private static BoundExpression Apply(BoundExpression left, BinaryOperator op, BoundExpression right) => new BinaryExpression(left, op, right, Ratio, default);

    [Fact]
    public void Brackets_appear_only_where_precedence_or_order_needs_them()
    {
        var (a, b, c) = (Item("甲"), Item("乙"), Item("丙"));

        Assert.Equal("甲 ÷ 乙", FormulaWording.Of(Apply(a, BinaryOperator.Divide, b)));
        Assert.Equal("甲 + 乙 × 丙", FormulaWording.Of(Apply(a, BinaryOperator.Add, Apply(b, BinaryOperator.Multiply, c))));
        Assert.Equal("（甲 + 乙） × 丙", FormulaWording.Of(Apply(Apply(a, BinaryOperator.Add, b), BinaryOperator.Multiply, c)));
        Assert.Equal("甲 − 乙 − 丙", FormulaWording.Of(Apply(Apply(a, BinaryOperator.Subtract, b), BinaryOperator.Subtract, c)));
        Assert.Equal("甲 − （乙 − 丙）", FormulaWording.Of(Apply(a, BinaryOperator.Subtract, Apply(b, BinaryOperator.Subtract, c))));
        Assert.Equal("甲 ÷ （乙 ÷ 丙）", FormulaWording.Of(Apply(a, BinaryOperator.Divide, Apply(b, BinaryOperator.Divide, c))));
        Assert.Equal("−（甲 + 乙）", FormulaWording.Of(new NegateExpression(Apply(a, BinaryOperator.Add, b), default)));
        Assert.Equal("甲 × 1.5", FormulaWording.Of(Apply(a, BinaryOperator.Multiply, new LiteralExpression(1.5m, Ratio, default))));
    }
}
