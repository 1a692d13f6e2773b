using SchemeLang.Runtime;

namespace SchemeLang.Tests.Evaluation;

public class IntervalTextTests
{
    /// <summary>Regression: the record's generated ToString printed Normalized, itself an interval, until the stack overflowed.</summary>
    [Fact]
    public void An_interval_prints_in_bracket_notation() =>
        Assert.Equal("[0.8, 0.9) (-∞, +∞) [1, 1]", $"{new Interval(0.8m, true, 0.9m, false)} {Interval.All} {Interval.Exactly(1m)}");
}
