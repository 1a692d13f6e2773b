using SchemeLang.Runtime;

namespace SchemeLang.Diagnostics;

/// <summary>
/// The data-record diagnostics (SL5xxx), one typed factory per meaning. They are part of the one catalogue
/// (<c>DiagnosticCatalog.All</c> lists them) but live in the runtime, because generated scorers raise them too.
/// </summary>
public static class RecordDiagnostics
{
    public static readonly DiagnosticDefinition MissingFieldDefinition = new("SL5001", Severity.Error, "记录缺少字段");
    public static readonly DiagnosticDefinition UnknownFieldDefinition = new("SL5002", Severity.Error, "记录有多余字段");
    public static readonly DiagnosticDefinition InvalidNumberDefinition = new("SL5003", Severity.Error, "字段值不是数值");
    public static readonly DiagnosticDefinition OutsideDomainDefinition = new("SL5004", Severity.Error, "字段值超出取值范围");
    public static readonly DiagnosticDefinition NotApplicableUndeclaredDefinition = new("SL5005", Severity.Error, "指标未规定不适用时的处理");
    public static readonly DiagnosticDefinition ReasonMissingDefinition = new("SL5006", Severity.Error, "酌情评分缺少理由");
    public static readonly DiagnosticDefinition MissingIdDefinition = new("SL5007", Severity.Error, "记录缺少编号");
    public static readonly DiagnosticDefinition InvalidBooleanDefinition = new("SL5008", Severity.Error, "字段值不是“是”或“否”");
    public static readonly DiagnosticDefinition UnknownLevelDefinition = new("SL5009", Severity.Error, "不是本指标的等次");
    public static readonly DiagnosticDefinition InvalidCountDefinition = new("SL5010", Severity.Error, "次数不是非负整数");
    public static readonly DiagnosticDefinition InvalidScoreDefinition = new("SL5011", Severity.Error, "酌情得分不是分值");
    public static readonly DiagnosticDefinition PercentWithoutSignDefinition = new("SL5012", Severity.Error, "百分比没有写 %");
    public static readonly DiagnosticDefinition NumberTooLargeDefinition = new("SL5013", Severity.Error, "数值过大");
    public static readonly DiagnosticDefinition DiscretionaryOutOfRangeDefinition = new("SL5014", Severity.Error, "酌情得分超出指标分值");
    public static readonly DiagnosticDefinition UnreadableFieldDefinition = new("SL5015", Severity.Error, "记录或字段无法读取");
    public static readonly DiagnosticDefinition ConstraintViolatedDefinition = new("SL5016", Severity.Error, "数据不满足约束");
    public static readonly DiagnosticDefinition JudgedScoreNotAskedDefinition = new("SL5017", Severity.Error, "评分标准已给出得分，不应填写酌情得分");
    public static readonly DiagnosticDefinition OtherProblemsOutOfRangeDefinition = new("SL5018", Severity.Error, "酌情扣分超出评分表所给的分");
    public static readonly DiagnosticDefinition DuplicateIdDefinition = new("SL5019", Severity.Error, "记录编号重复");
    public static readonly DiagnosticDefinition BreakdownMismatchDefinition = new("SL5020", Severity.Error, "「其中」各项之和与合计不符");
    public static readonly DiagnosticDefinition BudgetRowsDisagreeDefinition = new("SL5030", Severity.Error, "项目资金合计与其中各行之和不符");
    public static readonly DiagnosticDefinition TierScoreOutsideTierDefinition = new("SL5031", Severity.Error, "定性指标的得分不在所选档次之内");
    public static readonly DiagnosticDefinition BudgetZeroDefinition = new("SL5032", Severity.Error, "全年预算数为零，无法计算执行率");

    public static RecordError MissingField(string record, string field) =>
        new(MissingFieldDefinition.Code, record, field, "缺少此字段");

    public static RecordError UnknownField(string record, string field) =>
        new(UnknownFieldDefinition.Code, record, field, "方案中没有这个输入");

    public static RecordError NotApplicableUndeclared(string record, string field) =>
        new(NotApplicableUndeclaredDefinition.Code, record, field, "该指标的评分标准没有规定不适用时如何处理（不适用 得满分 / 不适用 重新分配）");

    public static RecordError InvalidNumber(string record, string field, string text, string expected) =>
        new(InvalidNumberDefinition.Code, record, field, $"「{text}」不是{expected}");

    public static RecordError MisplacedComma(string record, string field, string text) =>
        new(InvalidNumberDefinition.Code, record, field, $"「{text}」中的逗号不是千位分隔符（如 94,767,246.66），无法确定这个数");

    public static RecordError CommaInPercent(string record, string field, string text) =>
        new(InvalidNumberDefinition.Code, record, field, $"「{text}」是百分比，其中不应有逗号（百分比不用千位分隔符），无法确定这个数");

    public static RecordError NotAnInteger(string record, string field, string text) =>
        new(InvalidNumberDefinition.Code, record, field, $"「{text}」不是整数");

    public static RecordError OutsideDomain(string record, string field, string value, string domain) =>
        new(OutsideDomainDefinition.Code, record, field, $"{value} 不在取值范围 {domain} 内");

    public static RecordError ReasonMissing(string record, string field) =>
        new(ReasonMissingDefinition.Code, record, field, "酌情评分必须写明理由");

    public static RecordError MissingId(string record) =>
        new(MissingIdDefinition.Code, record, "id", "记录没有 id");

    /// <param name="place">Where this record's id is; <paramref name="firstPlace"/>, where the record scored under it is.</param>
    public static RecordError DuplicateId(string record, string place, string firstPlace) =>
        new(DuplicateIdDefinition.Code, record, "id", $"{place}的记录编号 {record} 与{firstPlace}重复，这条记录不计分（同一编号只计分第一条）");

    public static RecordError InvalidBoolean(string record, string field, string text) =>
        new(InvalidBooleanDefinition.Code, record, field, $"「{text}」应为“是”或“否”");

    public static RecordError UnknownLevel(string record, string field, string text, IEnumerable<string> levels) =>
        new(UnknownLevelDefinition.Code, record, field, $"「{text}」不是本指标的等次，应为 {string.Join("、", levels)} 之一");

    public static RecordError InvalidCount(string record, string field, string text) =>
        new(InvalidCountDefinition.Code, record, field, $"「{text}」应为不小于 0 的整数");

    public static RecordError InvalidScore(string record, string field, string text) =>
        new(InvalidScoreDefinition.Code, record, field, $"「{text}」不是分值");

    public static RecordError PercentWithoutSign(string record, string field, string text, decimal bare) =>
        new(PercentWithoutSignDefinition.Code, record, field,
            $"「{text}」是百分比却没有写 %：读作比率是 {NumberText.Percent(bare)}，读作百分数是 {NumberText.Plain(bare)}%。"
            + $"请写成「{NumberText.Percent(bare)}」或「{NumberText.Plain(bare)}%」，或者声明读法：方案中写「百分比数据 小数」或「百分比数据 百分数」，命令行用 --percent ratio 或 --percent percent");

    public static RecordError NumberTooLarge(string record, string field, string text) =>
        new(NumberTooLargeDefinition.Code, record, field, $"「{text}」太大，超出可计算的范围");

    /// <summary>An amount with more decimal places than its item's unit can hold once converted (decimal keeps 28).</summary>
    public static RecordError TooPreciseForUnit(string record, string field, string text, string unit) =>
        new(InvalidNumberDefinition.Code, record, field, $"「{text}」的小数位太多，折合为{unit}后无法精确表示");

    /// <param name="left">The left side with its value, shown: 「全年执行数 = 640000元」.</param>
    public static RecordError ConstraintViolated(string record, string constraint, string left, string right) =>
        new(ConstraintViolatedDefinition.Code, record, null, $"不满足约束「{constraint}」：{left}，{right}");

    /// <summary>The rows of a leaf's figure (「其中 玉米种植面积 8亩」) do not add up to the figure: each number as the record gave it.</summary>
    public static RecordError BreakdownMismatch(string record, string field, string indicator, string rows, string sum, string total, string difference) =>
        new(BreakdownMismatchDefinition.Code, record, field, $"「{indicator}」的其中各项之和 {rows} = {sum}，与合计 {field} = {total} 不符，相差 {difference}");

    /// <summary>A value computed from the record (a formula, a redistributed score) overflowed decimal: <paramref name="field"/> is the leaf, if known.</summary>
    public static RecordError ComputationTooLarge(string record, string? field) =>
        new(NumberTooLargeDefinition.Code, record, field, "计算中的数值太大，超出可计算的范围");

    /// <param name="outcome">What the standard gave instead: 「达到「资料齐全」得 5分」, 「满意度 92% 在 [90%, 100%] 内得 5分」.</param>
    public static RecordError JudgedScoreNotAsked(string record, string field, decimal score, string outcome) =>
        new(JudgedScoreNotAskedDefinition.Code, record, field, $"填写了酌情得分 {NumberText.Points(score)}，但评分标准已给出得分（{outcome}），酌情得分不会被采用；请删去这一项或核对数据");

    public static RecordError DiscretionaryOutOfRange(string record, string field, decimal score, decimal min, decimal max) =>
        new(DiscretionaryOutOfRangeDefinition.Code, record, field, $"酌情得分 {NumberText.Points(score)}不在 [{NumberText.Plain(min)}, {NumberText.Plain(max)}] 分之内");

    public static RecordError OtherProblemsOutOfRange(string record, string field, decimal deduction, decimal given) =>
        new(OtherProblemsOutOfRangeDefinition.Code, record, field, $"酌情扣分 {NumberText.Points(deduction)}不在 [0, {NumberText.Plain(given)}] 分之内：评分表给了 {NumberText.Points(given)}，其他问题最多扣去这些");

    /// <summary>A record too large to be one (<paramref name="what"/> says where it is and the limit): passed over, the records after it still read.</summary>
    public static RecordError RecordTooLarge(string record, string what) =>
        new(UnreadableFieldDefinition.Code, record, null, $"{what}，不像一条评价数据，已跳过（其后的记录照常读取）");

    public static RecordError UnreadableField(string record, string? field, string reason) =>
        new(UnreadableFieldDefinition.Code, record, field, reason);

    /// <param name="rows">Each 其中 row's value, shown: 「当年财政拨款 18万元」.</param>
    public static RecordError BudgetRowsDisagree(string record, string field, string total, IEnumerable<string> rows, string sum) =>
        new(BudgetRowsDisagreeDefinition.Code, record, field, $"年度资金总额 {total}，而其中各行（{string.Join("、", rows)}）合计 {sum}，两者应相等");

    public static RecordError TierScoreOutsideTier(string record, string field, string tier, decimal score, string range) =>
        new(TierScoreOutsideTierDefinition.Code, record, field, $"评为「{tier}」，得分应在 {range} 之内，填写的是 {NumberText.Points(score)}");

    public static RecordError BudgetZero(string record, string field) =>
        new(BudgetZeroDefinition.Code, record, field, "全年预算数为 0，执行率（全年执行数 ÷ 全年预算数）无从计算；请核对数据，或把本项标为不适用");
}
