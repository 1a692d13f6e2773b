using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>酌情 bounded by its band (「< 90% 酌情 1至4分」): a score outside the band's range is the record's error, on both engines.</summary>
public class BandDiscretionTests
{
    private const string Scheme = """
        方案 测试
        总分 5
        等级 合格 ≥ 3；不合格 < 3
        数据
          使用率：百分比 范围 [0%, 100%]
        A 资金使用率 5分
          区间 使用率
            ≥ 90% 得满分
            < 90% 酌情给分（1至4分）
        """;

    [Theory]
    [InlineData("1", 1)]
    [InlineData("4", 4)]
    [InlineData("2.5", 2.5)]
    public void A_score_inside_the_bands_range_is_used(string score, decimal expected) =>
        Assert.Equal(expected, Schemes.Score(Schemes.Clean(Scheme), ("使用率", "80%"), ("A", score), ("A.理由", "部分资金未按期使用")).Total);

    [Theory]
    [InlineData("0.99")]
    [InlineData("4.01")]
    [InlineData("5")]
    public void A_score_outside_the_bands_range_is_the_records_error(string score)
    {
        var result = Schemes.Score(Schemes.Clean(Scheme), ("使用率", "80%"), ("A", score), ("A.理由", "部分资金未按期使用"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5014", $"酌情得分 {score}分不在 [1, 4] 分之内"), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("酌情 1–4分")]
    [InlineData("酌情 1-4分")]
    [InlineData("酌情给分 1~4分")]
    [InlineData("酌情（1至4分）")]
    public void The_range_may_be_written_as_tables_write_it(string written)
    {
        var compilation = Schemes.Clean(Scheme.Replace("酌情给分（1至4分）", written, StringComparison.Ordinal));

        var error = Assert.Single(Schemes.Score(compilation, ("使用率", "80%"), ("A", "4.5"), ("A.理由", "x")).Errors);
        Assert.Equal(("SL5014", "酌情得分 4.5分不在 [1, 4] 分之内"), (error.Code, error.Message));
    }

    /// <summary>「酌情 2–4分」 as a leaf's whole rule: the evaluator's score must lie in [2, 4], not silently anywhere in [0, 4].</summary>
    [Theory]
    [InlineData("酌情 2–4分", "1.5", "SL5014")]
    [InlineData("酌情 2–4分", "3", null)]
    [InlineData("酌情评分（2至4分）：按抽查情况评定", "2", null)]
    [InlineData("酌情 按抽查情况评定", "1.5", null)]
    public void A_leafs_own_discretion_is_bounded_by_its_written_range(string rule, string score, string? error)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 4
            等级 合格 ≥ 2；不合格 < 2
            A 工作质量 4分
              {rule}
            """);

        var result = Schemes.Score(compilation, ("A", score), ("A.理由", "抽查情况"));

        Assert.Equal(error, result.Errors.SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData("酌情 2–3分")]
    [InlineData("酌情（3至2分）")]
    public void A_leafs_written_range_must_end_at_its_weight_and_run_upwards(string rule) =>
        Assert.Contains("SL2028@5", Schemes.CodesWithLines(Schemes.Compile($"""
            方案 测试
            总分 4
            等级 合格 ≥ 2；不合格 < 2
            A 工作质量 4分
              {rule}
            """)));

    [Fact]
    public void A_range_beyond_the_weight_is_an_error() =>
        Assert.Equal(["SL2028@9"], Schemes.CodesWithLines(Schemes.Compile(Scheme.Replace("1至4分", "1至6分", StringComparison.Ordinal))));

    [Fact]
    public void The_page_gives_the_range_and_reads_back()
    {
        var scheme = Schemes.Clean(Scheme).Scheme!;

        Assert.Equal("使用率：90%（含）以上得满分；低于90%酌情给分（1至4分）", RuleWording.Rule(scheme.Leaves.Single(), scheme));
        var reread = Schemes.Clean(Scheme.Replace("区间 使用率\n    ≥ 90% 得满分\n    < 90% 酌情给分（1至4分）", "区间 使用率：90%（含）以上得满分；低于90%酌情给分（1至4分）", StringComparison.Ordinal)).Scheme!;
        var (written, read) = ((SchemeLang.Binding.BandRule)scheme.Leaves.Single().Rule!, (SchemeLang.Binding.BandRule)reread.Leaves.Single().Rule!);
        Assert.Equal(written.Bands.Select(band => (band.Range, band.Outcome)), read.Bands.Select(band => (band.Range, band.Outcome)));
    }
}
