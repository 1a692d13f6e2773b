using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Evaluation;

/// <summary>What happens above the leaves: sums of rounded scores, grades, vetoes, not-applicable, relative weights, missing data.</summary>
public class SchemeEvaluationTests
{
    private const string TwoLevels = """
        方案 两级方案
        总分 10
        等级 优 ≥ 9；良 [8, 9)；中 [6, 8)；差 < 6
        数据
          有帮助比例：百分比 范围 [0%, 100%]
        A 决策 5分
          A1 依据 2.5分
            是否 依据充分
          A2 程序 2.5分
            按比例 有帮助比例
        B 效益 5分
          B1 楼堂馆所面积控制率 5分
            是否 面积未超标
            不适用 得满分
        否决
          ① 检查出重大违纪行为 扣8分
          ② 造成恶劣影响 扣5分
        """;

    [Fact]
    public void Totals_add_rounded_leaf_scores_and_grades_cover_the_edges()
    {
        var scheme = Clean(TwoLevels);
        // 2.5 × 33.33% = 0.83325 → 0.83; the parent adds rounded scores: 2.5 + 0.83.
        var result = Score(scheme, ("A1", "是"), ("有帮助比例", "33.33%"), ("B1", "是"));
        Assert.Equal(0.83m, result.Indicator("A2").Score);
        Assert.Equal(3.33m, result.Indicator("A").Score);
        Assert.Equal(8.33m, result.Total);
        Assert.Equal("良", result.Grade);

        Assert.Equal("优", Score(scheme, ("A1", "是"), ("有帮助比例", "60%"), ("B1", "是")).Grade);
        Assert.Equal(9m, Score(scheme, ("A1", "是"), ("有帮助比例", "60%"), ("B1", "是")).Total);
    }

    [Fact]
    public void Not_applicable_with_full_marks_scores_the_weight()
    {
        var result = Score(Clean(TwoLevels), ("A1", "是"), ("有帮助比例", "100%"), ("B1.不适用", "是"));
        Assert.Equal(5m, result.Indicator("B1").Score);
        Assert.Contains("不适用", result.Indicator("B1").Explanation);
    }

    [Fact]
    public void Veto_deducts_after_the_sum_and_never_below_zero()
    {
        var scheme = Clean(TwoLevels);
        Assert.Equal(2m, Score(scheme, ("A1", "是"), ("有帮助比例", "100%"), ("B1", "是"), ("否决.1", "是")).Total);
        var both = Score(scheme, ("A1", "是"), ("有帮助比例", "100%"), ("B1", "是"), ("否决.1", "是"), ("否决.2", "是"));
        Assert.Equal(0m, both.Total);
        Assert.Equal("差", both.Grade);
        Assert.Equal(10m, Score(scheme, ("A1", "是"), ("有帮助比例", "100%"), ("B1", "是"), ("否决.1", "否")).Total);
    }

    [Fact]
    public void Redistributed_weight_goes_to_applicable_siblings_in_proportion()
    {
        var scheme = Clean("""
            方案 重新分配
            总分 10
            等级 合格 ≥ 0
            A 过程 10分
              A1 新建楼堂馆所面积控制率 5分
                是否 面积未超标
                不适用 重新分配
              A2 预算完成率 3分
                是否 完成
              A3 信息公开 2分
                是否 公开
            """);
        var result = Score(scheme, ("A1.不适用", "是"), ("A2", "是"), ("A3", "否"));
        Assert.Equal(0m, result.Indicator("A1").Weight);
        Assert.Equal(6m, result.Indicator("A2").Weight);
        Assert.Equal(6m, result.Indicator("A2").Score);
        Assert.Equal(4m, result.Indicator("A3").Weight);
        Assert.Equal(6m, result.Total);
    }

    [Fact]
    public void Relative_weights_multiply_out_to_points()
    {
        var scheme = Clean("""
            方案 相对权重
            总分 100
            权重 相对
            等级 合格 ≥ 0
            A 业务 70%
              A1 目标 40%
                是否 目标明确
              A2 完成 60%
                是否 按期完成
            B 财务 30%
              B1 资金 100%
                是否 足额到位
            """);
        var result = Score(scheme, ("A1", "是"), ("A2", "否"), ("B1", "是"));
        Assert.Equal(28m, result.Indicator("A1").Weight);
        Assert.Equal(42m, result.Indicator("A2").Weight);
        Assert.Equal(58m, result.Total);
    }

    [Fact]
    public void Missing_input_is_an_error_naming_record_and_field_by_default()
    {
        var result = Score(Clean(TwoLevels), ("A1", "是"), ("B1", "是"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5001", "r1", "有帮助比例"), (error.Code, error.RecordId, error.Field));
        Assert.Null(result.Total);
    }

    [Fact]
    public void Missing_input_can_score_zero_when_the_scheme_says_so()
    {
        var scheme = Clean(TwoLevels.Replace("总分 10", "总分 10\n缺失数据 不得分", StringComparison.Ordinal));
        var result = Score(scheme, ("A1", "是"), ("B1", "是"));
        Assert.Equal(0m, result.Indicator("A2").Score);
        Assert.Contains("有帮助比例", result.Indicator("A2").Explanation);
        Assert.Equal(7.5m, result.Total);
    }

    [Fact]
    public void Extra_and_ill_typed_fields_are_per_record_errors()
    {
        var result = Score(Clean(TwoLevels), ("A1", "也许"), ("有帮助比例", "百分之九十"), ("B1", "是"), ("备注", "x"), ("A1.不适用", "是"));
        Assert.Equal(
            ["SL5005 A1.不适用", "SL5002 备注", "SL5003 有帮助比例", "SL5008 A1"],
            result.Errors.Select(e => $"{e.Code} {e.Field}"));
    }

    [Fact]
    public void An_only_child_redistributed_passes_its_weight_up_to_the_parents_siblings()
    {
        var scheme = Clean("""
            方案 只有一个下级
            总分 10
            等级 合格 ≥ 0
            C 产出 10分
              C4 产出质量 5分
                C41 征缴基金上缴及时性 5分
                  是否 按时完成上缴
                  不适用 重新分配
              C5 产出时效 5分
                C51 待遇支出时效 5分
                  是否 及时支付
            """);
        var result = Score(scheme, ("C41.不适用", "是"), ("C51", "是"));
        Assert.Equal(0m, result.Indicator("C4").Weight);
        Assert.Equal(10m, result.Indicator("C51").Weight);
        Assert.Equal(10m, result.Total);
    }

    [Fact]
    public void An_amount_too_large_to_compute_is_an_error_for_that_record_only()
    {
        var scheme = Clean(OneLeaf(5, """
            预算收入：金额（元） 范围 (0元, +∞)
            决算收入：金额（元）
            收入预算完成率：百分比 = 决算收入 ÷ 预算收入
            """, """
            区间 收入预算完成率
              100%以上 得满分
              不满100% 不得分
            """));
        Assert.Equal(["SL5013"], Score(scheme, ("预算收入", "1元"), ("决算收入", "10000000000000000000000000万元")).Errors.Select(e => e.Code));
        Assert.Equal(["SL5013"], Score(scheme, ("预算收入", "0.001"), ("决算收入", "1000000000000000000000000000")).Errors.Select(e => e.Code));
        Assert.Equal(5m, Score(scheme, ("预算收入", "1元"), ("决算收入", "2元")).Indicator("A1").Score);
    }
}
