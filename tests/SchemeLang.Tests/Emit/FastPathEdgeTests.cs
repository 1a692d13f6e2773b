using System.Globalization;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties.Generators;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>
/// The fast path at the edges of the rules it took on last: a 是否 whose 否 is 酌情, a band table with 酌情 bands beside
/// fixed and stepped ones (every edge and its neighbours), 不适用 得满分, an item whose divisor may be 0, and the 自评表's
/// tiers, targets and 预算执行. Each record is scored by the interpreter and offered to the fast path: the fast path must
/// take exactly the records the interpreter scores — and then give its scores, total and grade digit for digit — and
/// leave every other record to the general path, whose answer <c>ScoreOnly</c> then gives.
/// </summary>
public class FastPathEdgeTests
{
    private const string JudgedScheme = """
        方案 快速计分边界
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        数据
          实际：金额（万元） 范围 [0万元, +∞)
          预算：金额（万元） 范围 [0万元, +∞)
          执行率：百分比 = 实际 ÷ 预算，除数为零时 100%
        完成率 3分
          是否 完全完成 得3分，否则酌情扣分
        执行情况 4分
          区间 执行率
            [90%, 100%] 得4分
            [80%, 90%) 自4分起，每低1个百分点扣0.5分，不满1个百分点按1个百分点计
            < 80% 酌情
            > 100% 酌情
        档案 3分
          是否 档案齐全
          不适用 得满分
        """;

    /// <summary>(what the record is, its fields beyond the usual ones — null removes one —, whether the fast path takes it).</summary>
    public static TheoryData<string, string[], bool> JudgedRecords() => new()
    {
        { "是，没有酌情得分", [], true },
        { "是，却填了酌情得分", ["完成率.酌情得分=3"], false },
        { "否，酌情0分", ["完成率=否", "完成率.酌情得分=0", "完成率.理由=未完成"], true },
        { "否，酌情满分", ["完成率=否", "完成率.酌情得分=3", "完成率.理由=基本完成"], true },
        { "否，酌情1.5分", ["完成率=否", "完成率.酌情得分=1.5", "完成率.理由=完成一半"], true },
        { "否，酌情得分超过3分", ["完成率=否", "完成率.酌情得分=3.01", "完成率.理由=超额"], false },
        { "否，酌情得分没有理由", ["完成率=否", "完成率.酌情得分=2"], false },
        { "否，没有酌情得分", ["完成率=否", "完成率.理由=未完成"], false },
        { "没有填是否完成", ["完成率=", "完成率.酌情得分=2", "完成率.理由=未完成"], false },
        { "执行率 0%，酌情", ["实际=0万元", "执行情况=1", "执行情况.理由=未执行"], true },
        { "执行率 79.99%，酌情", ["实际=79.99万元", "执行情况=2", "执行情况.理由=执行偏慢"], true },
        { "执行率 79.99%，没有酌情得分", ["实际=79.99万元"], false },
        { "执行率 79.99%，酌情得分超过4分", ["实际=79.99万元", "执行情况=4.5", "执行情况.理由=执行偏慢"], false },
        { "执行率 80%", ["实际=80万元"], true },
        { "执行率 80.01%", ["实际=80.01万元"], true },
        { "执行率 85.5%", ["实际=85.5万元"], true },
        { "执行率 89.99%", ["实际=89.99万元"], true },
        { "执行率 89.99%，却填了酌情得分", ["实际=89.99万元", "执行情况=4", "执行情况.理由=接近"], false },
        { "执行率 90%", ["实际=90万元"], true },
        { "执行率 90.01%", ["实际=90.01万元"], true },
        { "执行率 100%，却填了酌情得分", ["实际=100万元", "执行情况=4", "执行情况.理由=全部执行"], false },
        { "执行率 100%", ["实际=100万元"], true },
        { "执行率 100.01%，酌情", ["实际=100.01万元", "执行情况=3", "执行情况.理由=超支"], true },
        { "预算为0：执行率按100%", ["实际=0万元", "预算=0万元"], true },
        { "预算为0而有支出：执行率仍按100%", ["实际=5万元", "预算=0万元"], true },
        { "档案不适用：得满分", ["档案.不适用=是"], true },
        { "档案不适用，是否也没填：得满分", ["档案.不适用=是", "档案="], true },
        { "档案适用而没有填", ["档案="], false },
        { "档案否", ["档案=否"], true },
    };

    [Theory]
    [MemberData(nameof(JudgedRecords))]
    public void A_judged_pass_fail_a_judged_band_and_full_marks_when_not_applicable_take_the_fast_path_where_the_general_path_scores(string what, string[] fields, bool fast) =>
        RequireFastPath(Scorers(JudgedScheme), Record(what, ["完成率=是", "实际=95万元", "预算=100万元", "档案=是", .. fields]), fast);

    /// <summary>Variations of 005's bundled record: its 自评表 tiers at their edges, its targets met and missed, its budget rows.</summary>
    public static TheoryData<string, string[], bool> SelfEvaluationRecords() => new()
    {
        { "自评表原值", [], true },
        { "达成，得分在档下限（不含）", ["B1.得分=12"], false },
        { "达成，得分高于档下限", ["B1.得分=12.01"], true },
        { "达成，满分无理由", ["B1.得分=15", "B1.理由="], true },
        { "达成，不满分无理由", ["B1.得分=14", "B1.理由="], false },
        { "部分达成，得分在档上限", ["B1=部分达成", "B1.得分=12"], true },
        { "部分达成，得分在档下限（不含）", ["B1=部分达成", "B1.得分=7.5"], false },
        { "未达成（前后有空格），0分", ["B1= 未达成 ", "B1.得分=0"], true },
        { "未达成，得分在档上限", ["B1=未达成", "B1.得分=7.5"], true },
        { "不是三档之一", ["B1=基本达成"], false },
        { "没有得分", ["B1.得分="], false },
        { "成本恰在指标值", ["B4=61.5万元"], true },
        { "成本超出指标值一分钱", ["B4=61.5001万元"], true },
        { "成本为0", ["B4=0万元"], true },
        { "满意度恰在指标值", ["D1=95%"], true },
        { "满意度0%", ["D1=0%"], true },
        { "执行超过预算", ["A.全年执行数=70万元", "A.当年财政拨款.全年执行数=70万元"], true },
        { "其中各行不填", ["A.当年财政拨款.年初预算数=", "A.当年财政拨款.全年预算数=", "A.当年财政拨款.全年执行数="], true },
        { "年初预算数不填", ["A.年初预算数="], true },
        { "其中各行之和与合计不符", ["A.当年财政拨款.全年执行数=40万元"], false },
        { "其中两行之和与合计相符", ["A.当年财政拨款.全年执行数=40万元", "A.其他资金.全年执行数=6.87万元"], true },
        { "全年预算数为0", ["A.全年预算数=0万元", "A.当年财政拨款.全年预算数=0万元"], false },
        { "没有全年执行数", ["A.全年执行数="], false },
    };

    [Theory]
    [MemberData(nameof(SelfEvaluationRecords))]
    public void The_self_evaluation_rules_take_the_fast_path_where_the_general_path_scores(string what, string[] fields, bool fast)
    {
        var compilation = SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "005-zhuji-working-funds-self-evaluation.scheme"));
        var bundled = new Dictionary<string, string>
        {
            ["A.年初预算数"] = "61.50", ["A.全年预算数"] = "61.50", ["A.全年执行数"] = "46.87",
            ["A.当年财政拨款.年初预算数"] = "61.50", ["A.当年财政拨款.全年预算数"] = "61.50", ["A.当年财政拨款.全年执行数"] = "46.87",
            ["B1"] = "达成", ["B1.得分"] = "14", ["B1.理由"] = "宣传途径单一", ["B2"] = "达成", ["B2.得分"] = "15", ["B3"] = "100%", ["B4"] = "46.87万元",
            ["C1"] = "达成", ["C1.得分"] = "10", ["C2"] = "达成", ["C2.得分"] = "10", ["C3"] = "达成", ["C3.得分"] = "5", ["C4"] = "达成", ["C4.得分"] = "5", ["D1"] = "89%",
        };
        RequireFastPath(Scorers(compilation), Record(what, [.. bundled.Select(field => $"{field.Key}={field.Value}"), .. fields]), fast);
    }

    private static (IRecordScorer Interpreter, IRecordScorer Compiled) Scorers(string text)
    {
        var compilation = SchemeEngine.Compile(text);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(Schemes.Describe)));
        return Scorers(compilation);
    }

    private static (IRecordScorer Interpreter, IRecordScorer Compiled) Scorers(SchemeCompilation compilation)
    {
        var interpreter = Engines.Create(compilation, Engine.Interpreter);
        var compiled = Engines.Load(interpreter.Plan);
        Assert.True(compiled.HasFastPath, "这个方案应当有快速计分");
        return (interpreter, compiled);
    }

    /// <summary>Fields as 「key=value」, a later one replacing an earlier; an empty value leaves the field out.</summary>
    private static DataRecord Record(string id, IEnumerable<string> fields)
    {
        var record = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var (key, value) = (field[..field.IndexOf('=', StringComparison.Ordinal)], field[(field.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (value.Length == 0)
            {
                record.Remove(key);
            }
            else
            {
                record[key] = value;
            }
        }

        return new DataRecord(id, record);
    }

    private static void RequireFastPath((IRecordScorer Interpreter, IRecordScorer Compiled) scorers, DataRecord record, bool fast)
    {
        var result = scorers.Interpreter.Score(record);
        var scores = new decimal[scorers.Interpreter.Plan.Indicators.Length];
        var taken = scorers.Compiled.TryScoreQuickly(record, scores, out var card);
        Assert.True(fast == taken, $"记录「{record.Id}」{(fast ? "应当" : "不应")}走快速计分：{string.Join("；", result.Errors)}");
        Assert.True(taken == result.Succeeded, $"记录「{record.Id}」：快速计分{(taken ? "计了分" : "没有计分")}，解释器{(result.Succeeded ? "计了分" : "没有计分")}");
        if (!taken)
        {
            // The general path's answer, through the entry the fast path sits behind.
            card = scorers.Compiled.ScoreOnly(record, scores);
        }

        Assert.Equal(result.Total, card.Total);
        Assert.Equal(result.Grade, card.Grade);
        if (result.Succeeded)
        {
            Assert.Equal(
                result.Indicators.Select(indicator => indicator.Score.ToString(CultureInfo.InvariantCulture)),
                scores.Select(score => score.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
