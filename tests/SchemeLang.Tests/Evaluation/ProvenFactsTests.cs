using SchemeLang;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// The checker's proofs about scores (<see cref="ProvenFacts"/>): which leaves can never leave [0, ceiling] or carry more
/// decimals than the scheme rounds to, which parents' children can never pass them — and the interpreter's audit, on in
/// these tests, which fails on a record where a proof is wrong instead of letting the fast path skip a check that mattered.
/// </summary>
public class ProvenFactsTests
{
    private const ProvenFacts Both = ProvenFacts.WithinCeiling | ProvenFacts.WithinDecimals;

    [Fact]
    public void Every_indicator_of_004_is_proven_within_its_ceiling_and_only_its_proportional_leaf_needs_rounding()
    {
        var plan = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme"))).Plan;

        Assert.All(plan.Indicators, indicator => Assert.True(indicator.Proven.HasFlag(ProvenFacts.WithinCeiling), indicator.Key));
        Assert.Equal(["D11"], plan.Indicators.Where(indicator => indicator.Leaf is not null && !indicator.Proven.HasFlag(ProvenFacts.WithinDecimals)).Select(indicator => indicator.Key));
    }

    [Fact]
    public void A_bonus_group_whose_items_offer_more_than_its_cap_is_capped()
    {
        var plan = PlanOf(BonusScheme);

        Assert.Equal(ProvenFacts.None, Indicator(plan, "加分项").Proven);
        Assert.Equal([Both, Both], new[] { "E1", "E2" }.Select(key => Indicator(plan, key).Proven));
        Assert.Equal(ProvenFacts.WithinCeiling, Indicator(plan, "A").Proven);
    }

    [Theory]
    [InlineData("每低1个百分点扣0.5分，不满1个百分点按1个百分点计", 2, Both)]
    [InlineData("每低1个百分点扣0.125分，不满1个百分点按1个百分点计", 2, ProvenFacts.WithinCeiling)]
    [InlineData("每低1个百分点扣0.5分，不满1个百分点按1个百分点计", 0, ProvenFacts.WithinCeiling)]
    [InlineData("每低1个百分点扣0.5分，按实际计算", 2, ProvenFacts.WithinCeiling)]
    public void Steps_are_proven_to_need_no_rounding_only_when_whole_steps_of_points_fit_the_scheme_s_decimals(string step, int decimals, ProvenFacts expected)
    {
        var scheme = Schemes.OneLeaf(5m, "完成率：百分比 范围 [0%, 100%]", $"完成率 ≥ 95% 得5分，{step}，扣完为止")
            .Replace("总分 5", $"总分 5\n小数位 {decimals}", StringComparison.Ordinal);

        Assert.Equal(expected, Indicator(PlanOf(scheme), "A1").Proven);
    }

    [Theory]
    [InlineData("按比例 完成率，封顶 100%", ProvenFacts.WithinCeiling)]
    [InlineData("区间 完成率\n  ≥ 90% 得5分\n  [60%, 90%) 酌情\n  < 60% 不得分", ProvenFacts.None)]
    public void A_score_a_record_s_rate_or_the_evaluator_decides_is_proven_only_as_far_as_its_bounds_go(string rule, ProvenFacts expected) =>
        Assert.Equal(expected, Indicator(PlanOf(Schemes.OneLeaf(5m, "完成率：百分比 范围 [0%, 200%]", rule)), "A1").Proven);

    [Theory]
    [InlineData("是否 按期完成 得5分，否则不得分", Both)]
    [InlineData("是否 按期完成 得5分，否则酌情扣分", ProvenFacts.None)]
    [InlineData("酌情", ProvenFacts.None)]
    [InlineData("等次 好 得5分；中 得2.5分；差 不得分", Both)]
    [InlineData("等次 好 得5分；中 得2.25分；差 不得分", ProvenFacts.WithinCeiling)]
    public void Rules_without_a_number_are_proven_from_their_written_points(string rule, ProvenFacts expected) =>
        Assert.Equal(expected, Indicator(PlanOf($"""
            方案 测试方案
            总分 5
            小数位 1
            等级 合格 ≥ 0
            A1 测试指标 5分
              {rule}
            """), "A1").Proven);

    [Fact]
    public void The_interpreter_fails_on_a_record_where_a_leaf_s_proof_is_wrong()
    {
        Assert.True(AppContext.TryGetSwitch("SchemeLang.AuditProvenFacts", out var audited) && audited, "the test project turns the audit on");
        var plan = PlanOf(Schemes.OneLeaf(5m, "完成率：百分比 范围 [0%, 200%]", "按比例 完成率，封顶 100%"));
        var wrong = Tampered(plan, "A1", ProvenFacts.WithinCeiling | ProvenFacts.WithinDecimals);

        Assert.Equal(1.67m, new PlanInterpreter(plan).Score(Record(("完成率", "33.33%"))).Total);
        var error = Assert.Throws<InvalidOperationException>(() => new PlanInterpreter(wrong).Score(Record(("完成率", "33.33%"))));
        Assert.Contains("「A1」得分不超过 2 位小数，本条记录却是 1.6665 分", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", ProvenFacts.WithinRange)]
    [InlineData(" 范围 [0%, 100%]", ProvenFacts.None)]
    [InlineData(" 范围 [0%, +∞)", ProvenFacts.WithinRange)]
    public void A_quotient_of_non_negative_amounts_is_proven_within_its_range_unless_the_author_narrows_it(string range, ProvenFacts expected)
    {
        var plan = PlanOf(Schemes.OneLeaf(5m, $"""
            实际数：金额 范围 [0元, +∞)
            计划数：金额 范围 (0元, +∞)
            完成率：百分比{range} = 实际数 ÷ 计划数
            """, "按比例 完成率，封顶 100%"));

        Assert.Equal(expected, plan.DataItems.Single(item => item.Name == "完成率").Proven);
    }

    [Fact]
    public void The_interpreter_fails_on_a_record_where_a_formula_s_proof_is_wrong()
    {
        var plan = PlanOf(Schemes.OneLeaf(5m, """
            实际数：金额 范围 [0元, +∞)
            计划数：金额 范围 (0元, +∞)
            完成率：百分比 范围 [0%, 100%] = 实际数 ÷ 计划数
            """, "按比例 完成率，封顶 100%"));
        var wrong = plan with { DataItems = [.. plan.DataItems.Select(item => item.Name == "完成率" ? item with { Proven = ProvenFacts.WithinRange } : item)] };
        var record = Record(("实际数", "120元"), ("计划数", "100元"));

        Assert.False(new PlanInterpreter(plan).Score(record).Succeeded);
        var error = Assert.Throws<InvalidOperationException>(() => new PlanInterpreter(wrong).Score(record));
        Assert.Contains("数据项「完成率」", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The fuzzer's find: 按比例 over 0 ÷ a positive gave -0, outside [0, ceiling] by its sign, which the clamp hid.</summary>
    [Theory]
    [InlineData("-0", "2")]
    [InlineData("0", "-2")]
    public void A_rate_of_minus_zero_scores_zero_on_every_engine(string done, string planned)
    {
        var compilation = Schemes.Clean(Schemes.OneLeaf(5m, """
            执行数：数值
            预算数：数值
            执行率：百分比 = 执行数 ÷ 预算数，除数为零时 0%
            """, "按比例 执行率，封顶 100%"));
        var record = Record(("执行数", done), ("预算数", planned));

        var result = Schemes.Score(compilation, null, record);
        var scores = new decimal[2];
        var card = Engines.Load(new Evaluator(compilation).Plan).ScoreOnly(record, scores);

        Assert.Equal(0m, result.Indicator("A1").Score);
        Assert.False(decimal.IsNegative(result.Indicator("A1").Score));
        Assert.Equal(0m, card.Total);
        Assert.False(decimal.IsNegative(scores[1]));
    }

    [Fact]
    public void The_interpreter_fails_on_a_record_where_a_parent_s_proof_is_wrong()
    {
        var plan = PlanOf(BonusScheme);
        var wrong = Tampered(plan, "加分项", ProvenFacts.WithinCeiling);
        var record = Record(("A1", "是"), ("E1", "是"), ("E2", "是"));

        Assert.Equal(13m, new PlanInterpreter(plan).Score(record).Total);
        var error = Assert.Throws<InvalidOperationException>(() => new PlanInterpreter(wrong).Score(record));
        Assert.Contains("「加分项」下级指标合计不超过 3 分，本条记录却是 4 分", error.Message, StringComparison.Ordinal);
    }

    private const string BonusScheme = BonusPointsTests.Scheme;

    private static SchemePlan PlanOf(string scheme) => new Evaluator(Schemes.Clean(scheme)).Plan;

    private static IndicatorPlan Indicator(SchemePlan plan, string key) => plan.Indicators.Single(indicator => indicator.Key == key);

    private static SchemePlan Tampered(SchemePlan plan, string key, ProvenFacts facts) =>
        plan with { Indicators = [.. plan.Indicators.Select(indicator => indicator.Key == key ? indicator with { Proven = facts } : indicator)] };

    private static DataRecord Record(params (string Key, string Value)[] fields) =>
        new("r1", fields.ToDictionary(field => field.Key, field => field.Value));
}
