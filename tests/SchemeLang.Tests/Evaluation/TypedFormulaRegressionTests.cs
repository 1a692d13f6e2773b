using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>Typed formulas the generated-formula properties found read with another meaning than their authors'.</summary>
public class TypedFormulaRegressionTests
{
    private static string Scheme(string formula, string rule) => $"""
        方案 测试
        总分 10
        等级 合格 ≥ 0
        数据
          服务对象满意度：百分比 范围 [0%, 100%]
          社会公众满意度：百分比 范围 [0%, 100%]
          {formula}
        A 满意度 10分
          {rule}
        """;

    /// <summary>
    /// 「甲×40%+乙×60%×100」 ends in ×100 but multiplies only its last term by 100: it was checked clean and scored 乙 at
    /// 60 times its weight. Now SL2041, whose fixes are the weighted mean, or the whole of it ×100 as a number.
    /// </summary>
    [Theory]
    [InlineData("综合满意度=服务对象满意度×40%+社会公众满意度×60%×100", "综合满意度：百分比 = 服务对象满意度×40%+社会公众满意度×60%", "综合满意度：数值 = (服务对象满意度×40%+社会公众满意度×60%)×100")]
    [InlineData("综合满意度：百分比 = 服务对象满意度 * 50% + 社会公众满意度 * 50% * 100", "综合满意度：百分比 = 服务对象满意度 * 50% + 社会公众满意度 * 50%", "综合满意度：数值 = (服务对象满意度 * 50% + 社会公众满意度 * 50%)×100")]
    public void A_weighted_mean_whose_last_term_is_times_100_is_refused_with_the_lines_to_write(string formula, string asPercent, string asNumber)
    {
        var compilation = Schemes.Compile(Scheme(formula, "按比例 综合满意度"));

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "SL2041");
        Assert.Equal($"这一行应写成：{asPercent}；若要得到百分数的数字（50 而不是 50%），写成：{asNumber}", diagnostic.Hint);
        var fixedScheme = Schemes.Clean(Scheme(asNumber, "综合满意度 ≥ 90 得满分，否则不得分"));
        Assert.Equal(10m, Schemes.Score(fixedScheme, ("服务对象满意度", "95%"), ("社会公众满意度", "95%")).Indicator("A").Score);
        Assert.Equal(0m, Schemes.Score(fixedScheme, ("服务对象满意度", "50%"), ("社会公众满意度", "95%")).Indicator("A").Score);
    }
}
