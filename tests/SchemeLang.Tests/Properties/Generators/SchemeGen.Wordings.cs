using CsCheck;
using SchemeLang.Syntax;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>Authors' wordings (issue 21) a generated rule may use besides the canonical forms.</summary>
[Flags]
public enum Wordings
{
    None = 0,

    /// <summary>Entries after a 等次 table that deduct from the level reached: 「凡挤占挪用的，扣2分」, 「每发现一处扣1分」, 酌情扣分.</summary>
    LevelDeductions = 1,

    /// <summary>A lead question before inline levels: 「绩效目标是否明确，」, 「资金使用规范吗？」.</summary>
    LeadQuestion = 2,

    /// <summary>Any measure word after 每 in a 扣分 item, with a verb and a count of one: 「每推迟一年」, 「每发现1处违规」.</summary>
    MeasureWords = 4,

    /// <summary>A 扣分 or step rule's cap written 「扣完N分为止」, 「最多扣N分」 or 「扣分不超过N分」.</summary>
    Caps = 8,

    /// <summary>「分项 平均分配」 with the items written without points.</summary>
    EvenParts = 16,

    /// <summary>是否 written as prose, without the keyword: 「制度健全的得3分，未制度健全的扣3分」, 「…的得满分，否则不得分」.</summary>
    ProsePassFail = 32,

    /// <summary>按比例 written as a formula: 「得分=完成率×该项指标分值」, 「×100%」, 「*」.</summary>
    Formulas = 64,

    /// <summary>A leaf scored in parts that share its weight equally as the author says: 「三项平均分配」 above its 「其中」 parts.</summary>
    EqualShareParts = 128,

    /// <summary>「其中」 rows with a value and no points under a leaf that reads a count or an amount: 「其中 中央资金 120万元」.</summary>
    Breakdown = 256,

    /// <summary>Steps counted with another direction word (「每少一起」, 「每推迟1天」, 「每超支1万元」) over counts in any measure word.</summary>
    StepVerbs = 512,

    /// <summary>
    /// A rule's percentage computed in 数据 by a formula typed as authors type it — 「完成率=(实际完成数/计划数)×100%」,
    /// 「资金到位率：百分比 = 实际到位资金/计划投入资金*100%，除数为零时 0%」, 「综合满意度=甲×40%+乙×60%」 — or a ratio
    /// written in the 按比例 rule itself; records give the formula's inputs.
    /// </summary>
    TypedFormulas = 1024,

    All = LevelDeductions | LeadQuestion | MeasureWords | Caps | EvenParts | ProsePassFail | Formulas | EqualShareParts | Breakdown | StepVerbs | TypedFormulas,
}

/// <summary>How a deduction after a 等次 table is answered: 是/否 (fixed), a count (每…), or the evaluator's 酌情扣分.</summary>
public enum LevelDeductionKind
{
    Fixed,
    PerOccurrence,
    Judged,
}

/// <summary>One entry after the levels, as written (「发现虚报冒领的，扣0.5分」).</summary>
public sealed record LevelDeductionModel(string Line, LevelDeductionKind Kind);

public static partial class SchemeGen
{
    private static readonly string[] Misconduct = ["挤占挪用", "虚报冒领", "资料造假"];

    /// <summary>The direction words of a step below its threshold and above it, as the user guide lists them.</summary>
    private static readonly string[] BelowVerbs = ["低", "少", "下降", "减少", "降低"];
    private static readonly string[] AboveVerbs = ["超", "超过", "高", "增加", "提高", "多", "延迟", "推迟", "逾期", "超支", "延期", "滞后"];

    /// <summary>Measure words a count is declared in: 「整数（起）」.</summary>
    private static readonly string[] CountUnits = ["次", "起", "例", "宗", "件", "处", "批次", "户", "天", "人次"];

    /// <summary>What follows 每: a measure word from the closed list, alone or after a count of one and maybe a verb, maybe naming what is counted.</summary>
    private static Gen<string> PerPhrase() =>
        from word in Gen.OneOf(MeasureWords.Words.ToArray())
        from verb in Gen.Frequency((1, Gen.Const(string.Empty)), (2, Gen.OneOf(MeasureWords.Verbs.ToArray())))
        from count in Gen.OneOf("一", "1", "１")
        from counted in Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.OneOf("违规", "问题")))
        from bare in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)))
        select bare ? word : verb + count + word + counted;

    /// <summary>A cap of at most the weight, in one of the three ways authors write it.</summary>
    private static Gen<string?> Cap(decimal weight) =>
        from points in DeductionPoints(weight)
        from form in Gen.OneOf("扣完{0}分为止", "最多扣{0}分", "扣分不超过{0}分")
        select (string?)string.Format(System.Globalization.CultureInfo.InvariantCulture, form, Num.Text(points));

    /// <summary>A part of the weight (a tenth, a fifth, a half or all of it) on a grid of 0.01 and above 0.</summary>
    private static Gen<decimal> DeductionPoints(decimal weight) =>
        Gen.OneOf(0.1m, 0.2m, 0.5m, 1m).Select(fraction => Math.Round(weight * fraction, 2, MidpointRounding.ToZero)).Select(points => points > 0m ? points : weight);

    private static Gen<string?> ProsePassFail(string condition, decimal weight) =>
        from full in Gen.Frequency((2, Gen.Const($"得{Num.Text(weight)}分")), (1, Gen.Const("得满分")))
        from points in DeductionPoints(weight)
        from form in Gen.Int[0, 3]
        select (string?)$"{condition}的{full}，" + form switch
        {
            0 => "否则不得分",
            1 => $"否则扣{Num.Text(points)}分",
            2 => $"未{condition}的不得分",
            _ => $"未{condition}的扣{Num.Text(points)}分",
        };

    private static Gen<string?> LeadQuestion() =>
        from subject in Gen.OneOf("绩效目标", "资金使用", "制度执行", "档案资料", "项目实施")
        from quality in Gen.OneOf("明确", "合理", "规范", "到位", "按计划完成")
        from form in Gen.Int[0, 2]
        select (string?)(form switch
        {
            0 => $"{subject}是否{quality}，",
            1 => $"{subject}是否{quality}？",
            _ => $"{subject}{quality}吗？",
        });

    /// <summary>None, or 1–2 fixed or per-occurrence deductions, maybe followed by a judged one.</summary>
    private static Gen<IReadOnlyList<LevelDeductionModel>> LevelDeductions(decimal weight) =>
        from count in Pick((3, Gen.Const(0)), (2, Gen.Const(1)), (1, Gen.Const(2)))
        from counted in Sequence(Enumerable.Range(0, count).Select(i => CountedDeduction(weight, Misconduct[i])))
        from judged in Gen.Frequency((2, Gen.Const(false)), (1, Gen.Const(true)))
        from lead in Gen.OneOf("发现", "存在", "如有", string.Empty)
        select (IReadOnlyList<LevelDeductionModel>)(judged
            ? [.. counted, new LevelDeductionModel($"{lead}{Misconduct[2]}的，酌情扣分", LevelDeductionKind.Judged)]
            : counted);

    private static Gen<LevelDeductionModel> CountedDeduction(decimal weight, string misconduct) =>
        from points in DeductionPoints(weight)
        from lead in Gen.OneOf("凡", "发现", "存在", string.Empty)
        from form in Gen.Int[0, 2]
        from phrase in PerPhrase()
        select form switch
        {
            0 => new LevelDeductionModel($"{lead}{misconduct}的，扣{Num.Text(points)}分", LevelDeductionKind.Fixed),
            1 => new LevelDeductionModel($"每{phrase}扣{Num.Text(points)}分", LevelDeductionKind.PerOccurrence),
            _ => new LevelDeductionModel($"发现{misconduct}的，每{phrase}扣{Num.Text(points)}分", LevelDeductionKind.PerOccurrence),
        };
}
