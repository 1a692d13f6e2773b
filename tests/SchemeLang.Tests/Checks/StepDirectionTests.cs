using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Checks;

/// <summary>
/// Steps that point out of their band never count: "< 95% 自4分起，每超…" checked clean and scored full marks with
/// "超过 50% 共 0 个百分点". Each direction that cannot occur is SL3111.
/// </summary>
public class StepDirectionTests
{
    private static string Bands(string lower) => OneLeaf(5, "综合参保率：百分比", $"""
        区间 综合参保率
          95%以上 得满分
          {lower}
        """);

    [Theory]
    [InlineData("低于95% 自5分起，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new string[0])]
    [InlineData("低于95% 自5分起，每超1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new[] { "SL3111@9" })]
    [InlineData("[0%, 95%) 自5分起，每超1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new[] { "SL3111@9" })]
    public void A_stepped_band_counts_from_the_edge_it_shares_with_the_next_band(string lower, string[] expected) =>
        Assert.Equal(expected, CodesWithLines(Compile(Bands(lower))));

    [Fact]
    public void The_message_names_the_band_and_why_the_steps_never_count()
    {
        var diagnostic = Compile(Bands("低于95% 自5分起，每超1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止")).Diagnostics.Single();
        Assert.Equal("档次 (-∞, 95%) 写的是「每超」扣分，但本档没有下端点，无从起算，这样的扣分永远不会发生", diagnostic.Message);
    }

    [Theory]
    [InlineData("≥ 95% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new string[0])]
    [InlineData("≥ 95% 得满分，每超1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new[] { "SL3111@7" })]
    [InlineData("≤ 5% 得满分，每超1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new string[0])]
    [InlineData("≤ 5% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new[] { "SL3111@7" })]
    [InlineData("= 5% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", new string[0])]
    public void A_threshold_deducts_on_the_side_where_it_is_missed(string rule, string[] expected) =>
        Assert.Equal(expected, CodesWithLines(Compile(OneLeaf(5, "综合参保率：百分比", "综合参保率 " + rule))));
}
