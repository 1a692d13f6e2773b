using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Architecture;

/// <summary>
/// Every rule kind and band outcome reaches every consumer (binder, checker, input catalogue, lowering, interpreter,
/// emitter, compiled scorer, explanation renderer): a new kind without a sample here fails the first test, and a
/// consumer without a handler throws UnreachableException in the second, instead of a default arm silently giving
/// it a meaning.
/// </summary>
public class ExhaustivenessTests
{
    private static readonly Dictionary<Type, (string Data, string Rule, (string Key, string Value)[] Record)> Samples = new()
    {
        [typeof(PassFailRule)] = ("", "是否 达到", [("A1", "是")]),
        [typeof(ChecklistRule)] = ("", "分项\n  ① 甲 得2分\n  ② 乙 得3分", [("A1.1", "是"), ("A1.2", "否")]),
        [typeof(BandRule)] = ("率：百分比", "区间 率\n  90%以上 得满分\n  不满90% 不得分", [("率", "95%")]),
        [typeof(StepRule)] = ("率：百分比", "率 ≥ 95% 得满分，每低1个百分点扣1分，按实际计算", [("率", "94.5%")]),
        [typeof(DeductionRule)] = ("", "扣分\n  ① 问题 每例扣1分", [("A1.1", "2")]),
        [typeof(ProportionalRule)] = ("率：百分比 范围 [0%, 100%]", "按比例 率", [("率", "50%")]),
        [typeof(LevelRule)] = ("", "等次 好 得5分；差 不得分", [("A1", "好")]),
        [typeof(DiscretionaryRule)] = ("", "酌情 根据情况", [("A1", "4"), ("A1.理由", "理由")]),
        [typeof(PendingRule)] = ("", "待定：由各市县自行制定", [("A1", "4"), ("A1.理由", "理由")]),
        [typeof(PartsRule)] = ("率：百分比", "其中 甲 2分\n  是否 达到\n其中 乙 3分\n  区间 率：90%以上得满分；不满90%不得分\n  不适用 重新分配", [("A1.甲", "是"), ("A1.乙.不适用", "是")]),
        [typeof(TargetRatioRule)] = ("", "年度指标值 ≥ 40个", [("A1", "30个")]),
        [typeof(QualitativeRule)] = ("", "年度指标值 达成预期指标", [("A1", "部分达成"), ("A1.得分", "3"), ("A1.理由", "理由")]),
        [typeof(BudgetExecutionRule)] = ("", "预算执行，其中：当年财政拨款", [("A1.全年预算数", "20"), ("A1.全年执行数", "18"), ("A1.当年财政拨款.全年执行数", "18")]),
        [typeof(FixedPointsOutcome)] = ("率：百分比", "区间 率\n  90%以上 得满分\n  不满90% 得1分", [("率", "80%")]),
        [typeof(StepFromEdgeOutcome)] = ("率：百分比", "区间 率\n  90%以上 得满分\n  不满90% 自5分起，每低1个百分点扣1分，按实际计算", [("率", "85%")]),
        [typeof(DiscretionaryOutcome)] = ("率：百分比", "区间 率\n  90%以上 得满分\n  不满90% 酌情", [("率", "80%"), ("A1", "3"), ("A1.理由", "理由")]),
    };

    public static TheoryData<string> Kinds() => [.. Samples.Keys.Select(type => type.Name)];

    [Fact]
    public void Every_rule_kind_and_band_outcome_has_a_sample()
    {
        var kinds = typeof(BoundRule).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && (type.IsSubclassOf(typeof(BoundRule)) || type.IsSubclassOf(typeof(BandOutcome))))
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(kinds, Samples.Keys.Select(type => type.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_consumer_handles_the_kind(string kind)
    {
        var (data, rule, fields) = Samples.Single(sample => sample.Key.Name == kind).Value;
        // A 年度指标值 is scored by the 自评表's 填表说明, which the scheme declares.
        var compilation = Schemes.Compile((rule.StartsWith("年度指标值", StringComparison.Ordinal) ? "评分办法 自评表\n" : string.Empty) + Schemes.OneLeaf(5, data, rule));

        // Clean, but for the warning a 待定 standard is meant to give.
        Assert.Empty(compilation.Diagnostics.Where(diagnostic => diagnostic.Code != "SL3403" || kind != nameof(PendingRule)));
        var leaf = compilation.Scheme!.Leaves.Single();
        Assert.Contains(kind, new[] { leaf.Rule!.GetType().Name }.Concat((leaf.Rule as BandRule)?.Bands.Select(band => band.Outcome.GetType().Name) ?? []));

        // Both engines, compared in every detail (Schemes.Score), explanations rendered.
        var result = Schemes.Score(compilation, fields);
        Assert.True(result.Succeeded, string.Join("；", result.Errors));
        Assert.InRange(result.Total!.Value, 0m, 5m);
        Assert.All(result.Indicators, indicator => Assert.NotEmpty(indicator.Explanation));
    }

    [Fact]
    public void Retired_codes_are_never_given_out_again_and_codes_are_unique()
    {
        var codes = DiagnosticCatalog.All.Select(descriptor => descriptor.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(codes.Intersect(DiagnosticCatalog.Retired, StringComparer.Ordinal));
        Assert.All(DiagnosticCatalog.Retired, code => Assert.Null(DiagnosticPages.Find(code)));
    }
}
