using SchemeLang.Runtime;

namespace SchemeLang.Diagnostics;

/// <summary>
/// Every diagnostic SchemeLang reports, one typed factory per code. Codes are never reused:
/// SL0xxx input files, SL1xxx syntax, SL2xxx names and types, SL3xxx checks, SL5xxx data records.
/// Each code has a page in Diagnostics/Pages with a failing example that a test compiles.
/// </summary>
public static partial class DiagnosticCatalog
{
    // ---------------------------------------------------------------- SL0xxx: the input file

    public static readonly DiagnosticDefinition FileEmptyDefinition = new("SL0001", Severity.Error, "文件为空");
    public static readonly DiagnosticDefinition InvalidUtf8Definition = new("SL0002", Severity.Error, "不是 UTF-8 文本");
    public static readonly DiagnosticDefinition FileTooLargeDefinition = new("SL0003", Severity.Error, "文件过大");
    public static readonly DiagnosticDefinition BinaryContentDefinition = new("SL0004", Severity.Error, "含有控制字符");
    public static readonly DiagnosticDefinition NestingTooDeepDefinition = new("SL0005", Severity.Error, "括号嵌套过深");
    public static readonly DiagnosticDefinition LineTooLongDefinition = new("SL0006", Severity.Error, "行过长");
    public static readonly DiagnosticDefinition FileUnreadableDefinition = new("SL0007", Severity.Error, "无法读取文件");
    public static readonly DiagnosticDefinition TooManyOperatorsDefinition = new("SL0008", Severity.Error, "一行的运算符号过多");
    public static readonly DiagnosticDefinition IndentTooDeepDefinition = new("SL0009", Severity.Error, "缩进过深");

    public static SchemeDiagnostic FileEmpty(SourceLocation location) =>
        new(FileEmptyDefinition, location, "文件为空，没有任何方案内容", "至少需要「方案」「总分」和指标");

    public static SchemeDiagnostic InvalidUtf8(SourceLocation location, long byteOffset) =>
        new(InvalidUtf8Definition, location, $"文件不是有效的 UTF-8 文本：第 {byteOffset + 1} 个字节无法解码", "请以 UTF-8 编码另存该文件");

    public static SchemeDiagnostic FileTooLarge(SourceLocation location, long bytes, long limit) =>
        new(FileTooLargeDefinition, location, $"文件有 {bytes} 字节，超过方案文件上限 {limit} 字节", "一个方案通常只有几十 KB；请确认选对了文件");

    public static SchemeDiagnostic BinaryContent(SourceLocation location, int codePoint) =>
        new(BinaryContentDefinition, location, $"文件含有控制字符 U+{codePoint:X4}，不像方案文本", "请确认选对了文件");

    public static SchemeDiagnostic NestingTooDeep(SourceLocation location, int depth, int limit) =>
        new(NestingTooDeepDefinition, location, $"括号嵌套 {depth} 层，超过上限 {limit} 层", "请拆成几个中间数据项");

    public static SchemeDiagnostic LineTooLong(SourceLocation location, int length, int limit) =>
        new(LineTooLongDefinition, location, $"此行有 {length} 个字符，超过上限 {limit} 个", "请把过长的名称或说明缩短");

    public static SchemeDiagnostic TooManyOperators(SourceLocation location, int count, int limit) =>
        new(TooManyOperatorsDefinition, location, $"此行有 {count} 个运算符号（+ - × ÷），超过上限 {limit} 个", "请把公式拆成几个中间数据项");

    public static SchemeDiagnostic IndentTooDeep(SourceLocation location, int width, int limit) =>
        new(IndentTooDeepDefinition, location, $"此行缩进 {width} 格，超过上限 {limit} 格", "指标最多 4 级，每级缩进 2 格即可；请检查是否误加了空格或制表符");

    public static SchemeDiagnostic FileUnreadable(SourceLocation location, string reason) =>
        new(FileUnreadableDefinition, location, $"无法读取文件：{reason}");

    // ---------------------------------------------------------------- SL1xxx: syntax

    public static readonly DiagnosticDefinition UnexpectedTokenDefinition = new("SL1001", Severity.Error, "语法错误");
    public static readonly DiagnosticDefinition IndentMismatchDefinition = new("SL1002", Severity.Error, "缩进不一致");
    public static readonly DiagnosticDefinition RuleWithoutIndicatorDefinition = new("SL1003", Severity.Error, "规则前没有指标");
    public static readonly DiagnosticDefinition DuplicateHeaderDefinition = new("SL1004", Severity.Error, "重复的方案信息");
    public static readonly DiagnosticDefinition MissingHeaderDefinition = new("SL1005", Severity.Error, "缺少方案信息");
    public static readonly DiagnosticDefinition DuplicateRuleDefinition = new("SL1006", Severity.Error, "一个指标有两条评分规则");
    public static readonly DiagnosticDefinition NumberOutOfRangeDefinition = new("SL1007", Severity.Error, "数值超出范围");
    public static readonly DiagnosticDefinition DuplicateNotApplicableDefinition = new("SL1008", Severity.Error, "重复规定不适用时的处理");
    public static readonly DiagnosticDefinition UnrecognizedRuleDefinition = new("SL1009", Severity.Error, "无法识别的评分规则");
    public static readonly DiagnosticDefinition DecimalsOutOfRangeDefinition = new("SL1010", Severity.Error, "小数位超出范围");
    public static readonly DiagnosticDefinition CodeLikeNameDefinition = new("SL1011", Severity.Warning, "指标名称开头像编码");
    public static readonly DiagnosticDefinition SharedRuleFormDefinition = new("SL1012", Severity.Error, "「以下各项」后的评分规则要写在同一行");

    public static SchemeDiagnostic UnexpectedToken(SourceLocation location, string found, string? hint) =>
        new(UnexpectedTokenDefinition, location, $"此处不应出现{found}", hint);

    public static SchemeDiagnostic IndentMismatch(SourceLocation location, int indent) =>
        new(IndentMismatchDefinition, location, $"缩进 {indent} 格与上面任何一级指标都不对齐", "同一级指标的缩进必须相同");

    public static SchemeDiagnostic RuleWithoutIndicator(SourceLocation location) =>
        new(RuleWithoutIndicatorDefinition, location, "这条评分规则前面没有指标", "评分规则写在它所属的末级指标下一行");

    public static SchemeDiagnostic DuplicateHeader(SourceLocation location, string header) =>
        new(DuplicateHeaderDefinition, location, $"「{header}」已经声明过一次");

    public static SchemeDiagnostic MissingHeader(SourceLocation location, string header, string example) =>
        new(MissingHeaderDefinition, location, $"方案缺少「{header}」", $"在文件开头写：{example}");

    public static SchemeDiagnostic DuplicateRule(SourceLocation location, string indicator) =>
        new(DuplicateRuleDefinition, location, $"指标「{indicator}」已经有一条评分规则", "一个末级指标只能有一条评分规则");

    public static SchemeDiagnostic DuplicateNotApplicable(SourceLocation location, string indicator) =>
        new(DuplicateNotApplicableDefinition, location, $"指标「{indicator}」已经规定了不适用时的处理", "只保留一行「不适用 得满分」或「不适用 重新分配」");

    public static SchemeDiagnostic UnrecognizedRule(SourceLocation location, string keyword) =>
        new(UnrecognizedRuleDefinition, location, $"这一行以「{keyword}」开头，是一条评分规则，但写法无法识别",
            "是否：「是否 条件 得5分，否则不得分」；按比例：「按比例 数据项，封顶 100%」；分项、区间、等次、扣分的各项写在下面几行");

    public static SchemeDiagnostic DecimalsOutOfRange(SourceLocation location, string written, int max) =>
        new(DecimalsOutOfRangeDefinition, location, $"小数位「{written}」无效：应为 0 到 {max} 之间的整数",
            "末级指标得分按这个位数四舍五入，通常写「小数位 2」");

    public static SchemeDiagnostic CodeLikeName(SourceLocation location, string word, string name) =>
        new(CodeLikeNameDefinition, location, $"「{word}」不是指标编码（编码是一个大写字母加数字，如 A、A1、C31），按名称的一部分处理：指标名为「{name}」",
            $"若是编码，请写成大写字母加数字；若本来就是名称的一部分，请用引号括起整个名称，如 “{name}”");

    public static SchemeDiagnostic SharedRuleOnOneLine(SourceLocation location) =>
        new(SharedRuleFormDefinition, location, "「以下各项」后的评分规则要写在同一行：它下面的各行是这一组的指标，不是规则的各档",
            "写成一行，如「以下各项：等次 优秀 得满分；良好 得80%；一般 得60%；较差 不得分」或「以下各项：是否 得满分，否则不得分」");

    public static SchemeDiagnostic NumberAboveLimit(SourceLocation location, string text, string limit) =>
        new(NumberOutOfRangeDefinition, location, $"数值「{text}」超过上限 {limit}", "分值与百分比要在树中逐级相乘、相加，过大的数无法精确计算；请核对是否多敲了数字");

    public static SchemeDiagnostic NumberOutOfRange(SourceLocation location, string text) =>
        new(NumberOutOfRangeDefinition, location, $"数值「{text}」太大，超出可表示的范围");

    // ---------------------------------------------------------------- SL2xxx: names, tree shape and types

    public static readonly DiagnosticDefinition LeafWithoutRuleDefinition = new("SL2001", Severity.Error, "末级指标没有评分规则");
    public static readonly DiagnosticDefinition RuleOnParentDefinition = new("SL2002", Severity.Error, "有下级指标的指标不能有评分规则");
    public static readonly DiagnosticDefinition TreeTooDeepDefinition = new("SL2003", Severity.Error, "指标层级过深");
    public static readonly DiagnosticDefinition DuplicateSiblingNameDefinition = new("SL2004", Severity.Error, "同级指标重名");
    public static readonly DiagnosticDefinition DuplicateCodeDefinition = new("SL2005", Severity.Error, "指标编码或输入名重复");
    public static readonly DiagnosticDefinition UndefinedNameDefinition = new("SL2006", Severity.Error, "未定义的数据项");
    public static readonly DiagnosticDefinition UnusedDataItemDefinition = new("SL2007", Severity.Warning, "数据项未被使用");
    public static readonly DiagnosticDefinition DuplicateNameDefinition = new("SL2008", Severity.Error, "数据项或目标值重名");
    public static readonly DiagnosticDefinition UnitMismatchDefinition = new("SL2009", Severity.Error, "单位不一致");
    public static readonly DiagnosticDefinition UnguardedDivisionDefinition = new("SL2010", Severity.Error, "除数可能为零");
    public static readonly DiagnosticDefinition FormulaCycleDefinition = new("SL2011", Severity.Error, "公式循环引用");
    public static readonly DiagnosticDefinition SubjectTypeDefinition = new("SL2012", Severity.Error, "数据项类型不适用于该规则");
    public static readonly DiagnosticDefinition WeightStyleDefinition = new("SL2013", Severity.Error, "权重写法与方案的权重方式不符");
    public static readonly DiagnosticDefinition UndefinedIndicatorDefinition = new("SL2014", Severity.Error, "未找到指标");
    public static readonly DiagnosticDefinition UnknownTestKeyDefinition = new("SL2015", Severity.Error, "测试中的名称无法识别");
    public static readonly DiagnosticDefinition NotApplicableOnParentDefinition = new("SL2017", Severity.Error, "不适用只能写在末级指标下");
    public static readonly DiagnosticDefinition TargetYearMismatchDefinition = new("SL2018", Severity.Error, "目标值不是本年度的");
    public static readonly DiagnosticDefinition TargetYearWithoutSchemeYearDefinition = new("SL2019", Severity.Warning, "目标值注明了年度，方案没有年度");
    public static readonly DiagnosticDefinition RepeatedTestKeyDefinition = new("SL2020", Severity.Error, "测试中同一名称写了两次");
    public static readonly DiagnosticDefinition FormulaTooDeepDefinition = new("SL2021", Severity.Error, "公式层层引用过深");
    public static readonly DiagnosticDefinition PercentSignMissingDefinition = new("SL2026", Severity.Error, "百分比的数值缺少 %");
    public static readonly DiagnosticDefinition TargetValueMismatchDefinition = new("SL2027", Severity.Error, "目标值旁写的数值与目标值不同");
    public static readonly DiagnosticDefinition WrittenMaximumMismatchDefinition = new("SL2028", Severity.Error, "写明的满分与指标分值不同");
    public static readonly DiagnosticDefinition BandVariableDefinition = new("SL2029", Severity.Error, "区间档次中的变量不是本规则的数据项");
    public static readonly DiagnosticDefinition NameHoldsPointsDefinition = new("SL2030", Severity.Warning, "指标名称中含有分值");
    public static readonly DiagnosticDefinition SharedRuleOnLeafDefinition = new("SL2031", Severity.Error, "「以下各项」写在没有下级指标的指标下");
    public static readonly DiagnosticDefinition PartsWithOwnRuleDefinition = new("SL2032", Severity.Error, "分部分计分的指标又写了自己的评分规则");
    public static readonly DiagnosticDefinition GradePointsDefinition = new("SL2033", Severity.Error, "区间评定的等次没有分值");
    public static readonly DiagnosticDefinition BonusOnGroupDefinition = new("SL2034", Severity.Error, "附加分写在有下级指标的指标上");

    public static SchemeDiagnostic LeafWithoutRule(SourceLocation location, string indicator) =>
        new(LeafWithoutRuleDefinition, location, $"末级指标「{indicator}」没有评分规则", "在下一行写评分标准，如「是否 …」「区间 …」「分项」「等次 …」");

    public static SchemeDiagnostic SharedRuleOnLeaf(SourceLocation location, string indicator) =>
        new(SharedRuleOnLeafDefinition, location, $"指标「{indicator}」下面没有指标，「以下各项」没有可以适用的指标",
            "「以下各项」写在一组指标的上级下面，适用于其下每个没有自己评分规则的指标；末级指标的评分规则直接写，不加「以下各项」");

    public static SchemeDiagnostic PartsWithOwnRule(SourceLocation location, string indicator) =>
        new(PartsWithOwnRuleDefinition, location, $"指标「{indicator}」分了部分（其中 …），又写了自己的评分规则",
            "分部分计分时，每一部分的评分标准写在该部分（「其中 …」一行）的下面；不分部分时删去「其中」各行");

    public static SchemeDiagnostic BonusOnGroup(SourceLocation location, string indicator) =>
        new(BonusOnGroupDefinition, location, $"指标「{indicator}」有下级指标，附加分应写在给附加分的末级指标上",
            "把「，附加分N分」移到末级指标的行尾（目标完成情况 40分，附加分4分）；或把加分的指标放进一级指标「加分项 N分」");

    public static SchemeDiagnostic GradeWithoutPoints(SourceLocation location, string subject, string grade) =>
        new(GradePointsDefinition, location, $"区间把「{subject}」评为「{grade}」，但没有等次表给出各等次的分值",
            "在区间之后写等次表（等次 优秀 得满分；良好 得80%；…），或在上级指标下写「以下各项：等次 …」");

    public static SchemeDiagnostic GradeNotInTable(SourceLocation location, string grade, IEnumerable<string> levels) =>
        new(GradePointsDefinition, location, $"等次表中没有「{grade}」", $"等次表中的等次：{string.Join("、", levels)}");

    public static SchemeDiagnostic GradeLeftToEvaluator(SourceLocation location, string grade) =>
        new(GradePointsDefinition, location, $"等次「{grade}」由评价人酌情给分，不能由区间评定", "区间评定的等次要在等次表中有确定的分值");

    public static SchemeDiagnostic RuleOnParent(SourceLocation location, string indicator) =>
        new(RuleOnParentDefinition, location, $"指标「{indicator}」有下级指标，又写了评分规则", "评分规则只写在末级指标下；请检查缩进");

    public static SchemeDiagnostic TreeTooDeep(SourceLocation location, string indicator, int depth) =>
        new(TreeTooDeepDefinition, location, $"指标「{indicator}」位于第 {depth} 级，指标体系最多 4 级");

    public static SchemeDiagnostic DuplicateSiblingName(SourceLocation location, string name, string parent) =>
        new(DuplicateSiblingNameDefinition, location, $"「{parent}」下有两个名为「{name}」的指标", "同一上级下的指标名称必须不同");

    public static SchemeDiagnostic DuplicateCode(SourceLocation location, string code) =>
        new(DuplicateCodeDefinition, location, $"指标编码「{code}」已被另一个指标使用");

    public static SchemeDiagnostic DuplicateLeafName(SourceLocation location, string name) =>
        new(DuplicateCodeDefinition, location, $"末级指标「{name}」没有编码，又与另一个末级指标同名，评价数据无法区分这两项", "给这两个指标加上编码，如 C11、C21");

    public static SchemeDiagnostic UndefinedName(SourceLocation location, string name) =>
        new(UndefinedNameDefinition, location, $"「{name}」不是已声明的数据项或目标值", "在「数据」或「目标值」中声明它");

    public static SchemeDiagnostic UnusedDataItem(SourceLocation location, string name) =>
        new(UnusedDataItemDefinition, location, $"数据项「{name}」没有被任何规则或公式使用", "删除它，或检查规则中的名称");

    public static SchemeDiagnostic DuplicateName(SourceLocation location, string name) =>
        new(DuplicateNameDefinition, location, $"「{name}」已经声明过");

    public static SchemeDiagnostic UnitMismatch(SourceLocation location, string left, string right, string operation) =>
        new(UnitMismatchDefinition, location, $"{operation}的两边单位不一致：{left} 与 {right}");

    public static SchemeDiagnostic DeclaredUnitMismatch(SourceLocation location, string name, string declared, string computed) =>
        new(UnitMismatchDefinition, location, $"数据项「{name}」声明为{declared}，公式算出的却是{computed}");

    public static SchemeDiagnostic UnguardedDivision(SourceLocation location, string divisor) =>
        new(UnguardedDivisionDefinition, location, $"除数「{divisor}」可能为 0，没有规定此时的取值", "在公式后写「，除数为零时 100%」之类的约定");

    public static SchemeDiagnostic UnguardedRatio(SourceLocation location, string divisor, string dividend) =>
        new(UnguardedDivisionDefinition, location, $"「{dividend} ÷ {divisor}」的除数「{divisor}」可能为 0，写在规则里的比率无法规定此时的取值",
            $"在「数据」中定义这个比率并写明除数为零时的取值，如「完成率：百分比 = {dividend} ÷ {divisor}，除数为零时 100%」，再写「按比例 完成率」");

    public static SchemeDiagnostic FormulaCycle(SourceLocation location, string name) =>
        new(FormulaCycleDefinition, location, $"数据项「{name}」的公式直接或间接引用了它自己");

    public static SchemeDiagnostic SubjectType(SourceLocation location, string name, string type, string rule) =>
        new(SubjectTypeDefinition, location, $"数据项「{name}」的类型是「{type}」，不能用于{rule}");

    public static SchemeDiagnostic WeightStyle(SourceLocation location, string indicator, string expected) =>
        new(WeightStyleDefinition, location, $"指标「{indicator}」的权重写法与方案不符：本方案的权重应写成{expected}");

    public static SchemeDiagnostic UndefinedIndicator(SourceLocation location, string name) =>
        new(UndefinedIndicatorDefinition, location, $"没有名为或编码为「{name}」的指标");

    public static SchemeDiagnostic NotApplicableOnParent(SourceLocation location, string indicator) =>
        new(NotApplicableOnParentDefinition, location, $"指标「{indicator}」有下级指标，不能规定不适用时的处理", "把「不适用 …」写在相应的末级指标下");

    public static SchemeDiagnostic PercentSignMissing(SourceLocation location, string written) =>
        new(PercentSignMissingDefinition, location, $"「{written}」是百分比的界限，却没有写 %：可能指 {written}%，也可能指比率 {written}（即 {Percent(written)}）",
            $"写明单位，如「{written}%」");

    public static SchemeDiagnostic TargetValueMismatch(SourceLocation location, string target, string targetValue, string written) =>
        new(TargetValueMismatchDefinition, location, $"目标值「{target}」是 {targetValue}，这里写作「{target}（{written}）」：两者必有一个过时了",
            $"改成「{target}（{targetValue}）」，或在「目标值」中改「{target}」");

    /// <param name="where">The rule's words that hold the figure: 「酌情评分（0至3分）」, 「× 3分」.</param>
    public static SchemeDiagnostic WrittenMaximumMismatch(SourceLocation location, string where, string weight) =>
        new(WrittenMaximumMismatchDefinition, location, $"评分标准写「{where}」，而该指标分值是 {weight}：得分最多是分值",
            $"把评分标准中的满分改为 {weight}，或改正指标分值");

    public static SchemeDiagnostic WrittenUnitMismatch(SourceLocation location, string written, string unit, string subject, string subjectUnit) =>
        new(UnitMismatchDefinition, location, $"「{written}」的单位是「{unit}」，而「{subject}」的单位是「{subjectUnit}」：两者不能比较",
            $"改用「{subject}」的单位，或检查规则是否写错了数据项");

    /// <param name="weight">The line's weight as written; null when it left it out for its children's sum.</param>
    public static SchemeDiagnostic NameHoldsPoints(SourceLocation location, string name, string points, string? weight) => weight is null
        ? new(NameHoldsPointsDefinition, location, $"指标名称「{name}」中含有分值「{points}」，而这一行行尾没有写分值，分值按下级指标合计",
            $"分值只写在行尾：若 {points} 是它的分值，把它移到行尾，如「{name.Replace($"（{points}）", string.Empty).Replace($"({points})", string.Empty).Replace(points, string.Empty).Trim()} {points}」")
        : new(NameHoldsPointsDefinition, location, $"指标名称「{name}」中含有分值「{points}」，而这一行的分值读作行尾的 {weight}",
            $"分值只写在行尾；若 {points} 才是它的分值、另有附加分，写成「… {points}」，附加分写成一级指标「加分项 N分」，其下写加分的评分标准");

    public static SchemeDiagnostic BandVariable(SourceLocation location, string variable, string subject) =>
        new(BandVariableDefinition, location, $"档次写的是「{variable}」，而这张区间表按「{subject}」分档：同一张表只能有一个被比较的量",
            $"把「{variable}」改为「{subject}」，或在整张表中用同一个字母（如 y）代表「{subject}」");

    private static string Percent(string written) =>
        decimal.TryParse(written, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var ratio)
            ? NumberText.Percent(ratio) : written + " × 100%";

    public static SchemeDiagnostic UnknownTestKey(SourceLocation location, string key) =>
        new(UnknownTestKeyDefinition, location, $"「{key}」既不是数据项，也不是指标的输入或结果", "输入写数据项名或「指标编码.序号」；期望写指标编码、总分或等级");

    public static SchemeDiagnostic FormulaTooDeep(SourceLocation location, string name, int limit) =>
        new(FormulaTooDeepDefinition, location, $"数据项「{name}」的公式连同它层层引用的数据项公式，嵌套超过 {limit} 层",
            "这样的公式多半由程序生成；请减少中间数据项的层数，或把几层合并成一个公式");

    public static SchemeDiagnostic RepeatedTestKey(SourceLocation location, string key, string part, int firstLine) =>
        new(RepeatedTestKeyDefinition, location, $"「{key}」在这个测试的{part}中已经写过（第 {firstLine} 行），同一个测试里只能写一次",
            "删去重复的一项；要试另一个值，请另写一个测试");

    public static SchemeDiagnostic TargetYearMismatch(SourceLocation location, decimal targetYear, decimal schemeYear) =>
        new(TargetYearMismatchDefinition, location,
            $"目标值注明为 {NumberText.Plain(targetYear)} 年，方案年度为 {NumberText.Plain(schemeYear)} 年：这些是另一年的目标值",
            $"目标值已按 {NumberText.Plain(schemeYear)} 年更新的，把这一行改为「目标值 {NumberText.Plain(schemeYear)}」；否则请换上 {NumberText.Plain(schemeYear)} 年的目标值");

    public static SchemeDiagnostic TargetYearWithoutSchemeYear(SourceLocation location, decimal targetYear) =>
        new(TargetYearWithoutSchemeYearDefinition, location,
            $"目标值注明为 {NumberText.Plain(targetYear)} 年，但方案没有写「年度」，无法核对这些目标值是否属于本方案的年度",
            $"在文件开头写：年度 {NumberText.Plain(targetYear)}");

    // ---------------------------------------------------------------- SL3xxx: checks

    public static readonly DiagnosticDefinition ChildWeightSumDefinition = new("SL3001", Severity.Error, "子指标分值合计与上级不符");
    public static readonly DiagnosticDefinition TotalWeightSumDefinition = new("SL3002", Severity.Error, "一级指标分值合计与总分不符");
    public static readonly DiagnosticDefinition RelativeWeightSumDefinition = new("SL3003", Severity.Error, "相对权重合计不是 100%");
    public static readonly DiagnosticDefinition WeightNotPositiveDefinition = new("SL3004", Severity.Error, "分值必须大于 0");
    public static readonly DiagnosticDefinition WeightPrecisionDefinition = new("SL3005", Severity.Error, "分值的小数位多于得分的小数位");
    public static readonly DiagnosticDefinition DerivedWeightDefinition = new("SL3006", Severity.Info, "相对权重折算的分值经过取舍");
    public static readonly DiagnosticDefinition PartWeightSumDefinition = new("SL3007", Severity.Error, "各部分分值合计与指标分值不符");
    public static readonly DiagnosticDefinition PartsAllRedistributedDefinition = new("SL3008", Severity.Error, "各部分都可能不适用并重新分配");

    public static readonly DiagnosticDefinition BandGapDefinition = new("SL3101", Severity.Error, "区间有空档");
    public static readonly DiagnosticDefinition BandOverlapDefinition = new("SL3102", Severity.Error, "区间重叠");
    public static readonly DiagnosticDefinition BandUnreachableDefinition = new("SL3103", Severity.Warning, "区间永远用不到");
    public static readonly DiagnosticDefinition AmbiguousBoundDefinition = new("SL3104", Severity.Warning, "区间端点是否包含不明确");
    public static readonly DiagnosticDefinition PointsExceedWeightDefinition = new("SL3105", Severity.Error, "得分超过指标分值");
    public static readonly DiagnosticDefinition BestBelowWeightDefinition = new("SL3106", Severity.Warning, "满分无法取得");
    public static readonly DiagnosticDefinition StepNotPositiveDefinition = new("SL3107", Severity.Error, "每档步长或扣分必须大于 0");
    public static readonly DiagnosticDefinition StepRoundingUnstatedDefinition = new("SL3108", Severity.Warning, "未说明不足一档如何计算");
    public static readonly DiagnosticDefinition FloorContradictsThresholdDefinition = new("SL3112", Severity.Warning, "「不足一档不扣」与达标线矛盾");
    public static readonly DiagnosticDefinition BandDiscontinuityDefinition = new("SL3109", Severity.Info, "相邻两档得分不连续");
    public static readonly DiagnosticDefinition EmptyRangeDefinition = new("SL3110", Severity.Error, "区间为空");
    public static readonly DiagnosticDefinition StepDirectionDefinition = new("SL3111", Severity.Error, "扣分方向与档次不符");

    public static readonly DiagnosticDefinition ChecklistSumDefinition = new("SL3201", Severity.Error, "分项合计与指标分值不符");
    public static readonly DiagnosticDefinition LevelTopDefinition = new("SL3202", Severity.Error, "最高等次得分与指标分值不符");
    public static readonly DiagnosticDefinition DuplicateLevelDefinition = new("SL3203", Severity.Error, "等次重名");
    public static readonly DiagnosticDefinition LevelPointsNotDistinctDefinition = new("SL3204", Severity.Warning, "两个等次得分相同");
    public static readonly DiagnosticDefinition PassPointsDefinition = new("SL3205", Severity.Error, "是否得分与指标分值不符");
    public static readonly DiagnosticDefinition ProportionalCapDefinition = new("SL3206", Severity.Error, "按比例计分的比率可能超过 100%");
    public static readonly DiagnosticDefinition OrdinalRatioDefinition = new("SL3208", Severity.Warning, "按比例计分的比率是两个等级相除");
    public static readonly DiagnosticDefinition RatioDirectionDefinition = new("SL3209", Severity.Warning, "越低越好的指标按「实际 ÷ 目标」计分");
    public static readonly DiagnosticDefinition DuplicateItemMarkDefinition = new("SL3207", Severity.Warning, "分项序号重复或跳号");

    public static readonly DiagnosticDefinition GradeGapDefinition = new("SL3301", Severity.Error, "等级没有覆盖全部得分");
    public static readonly DiagnosticDefinition GradeOverlapDefinition = new("SL3302", Severity.Error, "等级重叠");
    public static readonly DiagnosticDefinition GradesMissingDefinition = new("SL3303", Severity.Warning, "方案没有等级");
    public static readonly DiagnosticDefinition GradeUnreachableDefinition = new("SL3304", Severity.Warning, "等级永远达不到");

    public static readonly DiagnosticDefinition ConstraintViolatedDefinition = new("SL3401", Severity.Error, "不满足结构约束");
    public static readonly DiagnosticDefinition VetoExceedsTotalDefinition = new("SL3402", Severity.Warning, "否决扣分超过总分");
    public static readonly DiagnosticDefinition StandardPendingDefinition = new("SL3403", Severity.Warning, "评分标准待定");
    public static readonly DiagnosticDefinition EmptyGroupDefinition = new("SL3404", Severity.Warning, "指标组本年度没有下级指标");

    public static SchemeDiagnostic ChildWeightSum(SourceLocation location, string parent, decimal childSum, decimal parentWeight) =>
        new(ChildWeightSumDefinition, location,
            $"「{parent}」的子指标分值合计 {NumberText.Points(childSum)}，与上级指标 {NumberText.Points(parentWeight)}不符，差 {NumberText.Points(Math.Abs(parentWeight - childSum))}",
            "调整子指标分值，使合计等于上级指标分值");

    public static SchemeDiagnostic PartWeightSum(SourceLocation location, string indicator, decimal sum, decimal weight) =>
        new(PartWeightSumDefinition, location,
            $"「{indicator}」各部分分值合计 {NumberText.Points(sum)}，与指标分值 {NumberText.Points(weight)}不符，差 {NumberText.Points(Math.Abs(weight - sum))}",
            "每一部分写明分值（其中 资金到位率 2分）或占比（其中 资金到位率 占40%），合计等于指标分值；平分时在各部分上面写「两项平均分配」");

    public static SchemeDiagnostic PartCount(SourceLocation location, string indicator, int stated, int written) =>
        new(PartWeightSumDefinition, location, $"「{indicator}」写明分 {stated} 项，下面写了 {written} 部分（其中 …）",
            "各部分用「其中 名称」一行写出，项数与「各占」前写的相同");

    public static SchemeDiagnostic EachPartWithoutParts(SourceLocation location, string indicator) =>
        new(PartWeightSumDefinition, location, $"「{indicator}」写明各部分所占分值，下面却没有分部分",
            "在这一行之后用「其中 名称」逐行写出各部分，每部分下面写它的评分标准");

    public static SchemeDiagnostic PartsAllRedistributed(SourceLocation location, string indicator) =>
        new(PartsAllRedistributedDefinition, location,
            $"「{indicator}」的每一部分都写了「不适用 重新分配」：都不适用时，分值没有部分可以接收",
            "整项都可能不适用时，在指标下（第一个「其中」之前）写「不适用 重新分配」或「不适用 得满分」；各部分只在一部分可能不适用时写");

    public static SchemeDiagnostic WeightSumTooLarge(SourceLocation location, string whose) =>
        new(ChildWeightSumDefinition, location, $"{whose}分值合计超出可计算的范围，不可能与上级分值相符", "检查分值是否多写了数字");

    public static SchemeDiagnostic TotalWeightSum(SourceLocation location, decimal sum, decimal total) =>
        new(TotalWeightSumDefinition, location,
            $"一级指标分值合计 {NumberText.Points(sum)}，与总分 {NumberText.Points(total)}不符，差 {NumberText.Points(Math.Abs(total - sum))}");

    public static SchemeDiagnostic RelativeWeightSum(SourceLocation location, string parent, decimal sum) =>
        new(RelativeWeightSumDefinition, location,
            $"「{parent}」下各指标的相对权重合计 {NumberText.Percent(sum)}，应为 100%，差 {NumberText.Percent(Math.Abs(1m - sum))}");

    public static SchemeDiagnostic WeightNotPositive(SourceLocation location, string indicator) =>
        new(WeightNotPositiveDefinition, location, $"指标「{indicator}」的分值必须大于 0");

    public static SchemeDiagnostic WeightPrecision(SourceLocation location, string indicator, decimal weight, int decimals) =>
        new(WeightPrecisionDefinition, location,
            $"指标「{indicator}」的分值 {NumberText.Points(weight)}有 {Places(weight)} 位小数，而得分只保留 {decimals} 位小数，满分时的得分将与分值不符",
            $"把「小数位」改为 {Places(weight)}，或调整分值");

    public static SchemeDiagnostic BonusPrecision(SourceLocation location, string indicator, decimal bonus, int decimals) =>
        new(WeightPrecisionDefinition, location,
            $"指标「{indicator}」的附加分 {NumberText.Points(bonus)}有 {Places(bonus)} 位小数，而得分只保留 {decimals} 位小数，得分达到上限时会四舍五入到上限之外",
            $"把「小数位」改为 {Places(bonus)}，或调整附加分");

    public static SchemeDiagnostic TotalPrecision(SourceLocation location, decimal total, int decimals) =>
        new(WeightPrecisionDefinition, location,
            $"总分 {NumberText.Points(total)}有 {Places(total)} 位小数，而得分只保留 {decimals} 位小数，满分记录的总分无法等于总分",
            $"把「小数位」改为 {Places(total)}，或调整总分");

    public static SchemeDiagnostic DerivedWeight(SourceLocation location, string indicator, decimal parentWeight, decimal percent, decimal weight)
    {
        var product = $"{NumberText.Points(parentWeight)} × {NumberText.Percent(percent)} = {NumberText.Points(parentWeight * percent)}";
        return new(DerivedWeightDefinition, location,
            $"指标「{indicator}」的分值取 {NumberText.Points(weight)}（{product}，按最大余额法取到得分的小数位，使同级分值合计仍为 {NumberText.Points(parentWeight)}）");
    }

    /// <summary>Decimal places without trailing zeros: 2.50 has 1.</summary>
    private static int Places(decimal value) => (value / 1.000000000000000000000000000000000m).Scale;

    public static SchemeDiagnostic BandGap(SourceLocation location, string subject, string gap) =>
        new(BandGapDefinition, location, $"「{subject}」在 {gap} 内没有对应的档次，落在这里时无法评分",
            "补上这一段，或调整相邻档次的端点（以上/以下含本数，不满/超过/低于不含）");

    public static SchemeDiagnostic BandOverlap(SourceLocation location, string first, string second, string overlap) =>
        new(BandOverlapDefinition, location, $"档次 {second} 与前面的 {first} 重叠于 {overlap}，同一个值会有两个得分",
            "调整端点，使每个值只落在一个档次里");

    public static SchemeDiagnostic BandUnreachable(SourceLocation location, string band, string reason) =>
        new(BandUnreachableDefinition, location, $"档次 {band} 永远用不到：{reason}");

    public static SchemeDiagnostic AmbiguousBound(SourceLocation location, string written, string interpreted) =>
        new(AmbiguousBoundDefinition, location, $"「{written}」没有说明两端是否包含，按 {interpreted} 处理",
            "用区间写法（如 [80%, 90%)）或「以上」「不满」写清端点");

    public static SchemeDiagnostic PointsExceedWeight(SourceLocation location, string what, decimal points, decimal weight) =>
        new(PointsExceedWeightDefinition, location, $"{what}得 {NumberText.Points(points)}，超过指标分值 {NumberText.Points(weight)}");

    public static SchemeDiagnostic BestBelowWeight(SourceLocation location, string indicator, decimal best, decimal weight) =>
        new(BestBelowWeightDefinition, location, $"指标「{indicator}」最高只能得 {NumberText.Points(best)}，低于指标分值 {NumberText.Points(weight)}，满分无法取得");

    public static SchemeDiagnostic StepNotPositive(SourceLocation location, string what) =>
        new(StepNotPositiveDefinition, location, $"{what}必须大于 0");

    public static SchemeDiagnostic StepRoundingUnstated(SourceLocation location) =>
        new(StepRoundingUnstatedDefinition, location, "没有说明不足一档时如何计算，按「不足一档不扣」处理",
            "写明「不满1个百分点按1个百分点计」「不足一档不扣」或「按实际计算」");

    /// <param name="rule">「可持续发展影响作用 ≥ 90% 得满分」.</param>
    /// <param name="example">A value short of the threshold by less than a step: 「87.5%」.</param>
    public static SchemeDiagnostic FloorContradictsThreshold(SourceLocation location, string rule, string example, string stepText, decimal fullMarks, decimal ceilingScore) =>
        new(FloorContradictsThresholdDefinition, location,
            $"「{rule}」，但按「不足一档不扣」，{example} 未达标却不满一档，仍得满分 {NumberText.Points(fullMarks)}：两种读法得分不同",
            $"读法一：未达标即扣，写「不满{stepText}按{stepText}计」（{example} 得 {NumberText.Points(ceilingScore)}）；读法二：确实不足一档不扣，则满分实际从低一档起，请把达标线改写成那个值");

    public static SchemeDiagnostic EmptyGroup(SourceLocation location, string indicator) =>
        new(EmptyGroupDefinition, location, $"指标「{indicator}」写成 0分、下面没有指标：本年度这一组没有指标，按 0 分计，页面上照样列出",
            "若这一组应当有指标，写出它们和它们的分值；否则不必处理");

    public static SchemeDiagnostic StandardPending(SourceLocation location, string indicator) =>
        new(StandardPendingDefinition, location, $"末级指标「{indicator}」的评分标准待定：计分时每条记录须提供它的得分和理由，否则是该记录的错误",
            "定下评分标准后写在这里；发布前可用 check --strict 确认没有待定的指标");

    public static SchemeDiagnostic BandDiscontinuity(SourceLocation location, string at, decimal left, decimal right) =>
        new(BandDiscontinuityDefinition, location, $"在 {at} 处得分从 {NumberText.Points(left)}变为 {NumberText.Points(right)}，两档不连续");

    public static SchemeDiagnostic EmptyRange(SourceLocation location, string range) =>
        new(EmptyRangeDefinition, location, $"区间 {range} 不含任何值");

    public static SchemeDiagnostic StepDirection(SourceLocation location, string where, string direction, string reason) =>
        new(StepDirectionDefinition, location, $"{where}写的是「每{direction}」扣分，但{reason}，这样的扣分永远不会发生",
            "低于起点时扣分写「每低」，高于起点时扣分写「每超」；逐档扣分的档次应从与相邻档次相接的端点起算");

    /// <param name="equalItems">Every item has the same points: the author meant equal shares that did not divide.</param>
    public static SchemeDiagnostic ChecklistSum(SourceLocation location, string indicator, decimal sum, decimal weight, bool equalItems = false) =>
        new(ChecklistSumDefinition, location,
            $"指标「{indicator}」各分项合计 {NumberText.Points(sum)}，与指标分值 {NumberText.Points(weight)}不符，差 {NumberText.Points(Math.Abs(weight - sum))}",
            equalItems ? $"若各项应平分 {NumberText.Points(weight)}：写「分项 平均分配」、各项不写分数，各项分值按小数位算出（除不尽的零头给前几项），合计恰为 {NumberText.Points(weight)}" : null);

    public static SchemeDiagnostic LevelTop(SourceLocation location, string indicator, decimal top, decimal weight) =>
        new(LevelTopDefinition, location,
            $"指标「{indicator}」最高等次得 {NumberText.Points(top)}，与指标分值 {NumberText.Points(weight)}不符");

    public static SchemeDiagnostic NoLevels(SourceLocation location, string indicator, decimal weight) =>
        new(LevelTopDefinition, location, $"指标「{indicator}」的等次规则没有列出任何等次，{NumberText.Points(weight)}无从给出",
            "在「等次」后或下面各行写出每个等次及其得分，如「好 得满分；中 得60%；差 不得分」");

    public static SchemeDiagnostic DuplicateLevel(SourceLocation location, string level) =>
        new(DuplicateLevelDefinition, location, $"等次「{level}」写了两次");

    public static SchemeDiagnostic LevelPointsNotDistinct(SourceLocation location, string first, string second, decimal points) =>
        new(LevelPointsNotDistinctDefinition, location, $"等次「{first}」与「{second}」都得 {NumberText.Points(points)}，两个等次没有区别",
            "检查原文是否笔误，或合并这两个等次");

    public static SchemeDiagnostic PassPoints(SourceLocation location, string indicator, decimal points, decimal weight) =>
        new(PassPointsDefinition, location, $"指标「{indicator}」达到时得 {NumberText.Points(points)}，与指标分值 {NumberText.Points(weight)}不符");

    public static SchemeDiagnostic OrdinalRatio(SourceLocation location, string ratio, string ordinal) =>
        new(OrdinalRatioDefinition, location, $"按比例计分的「{ratio}」中，「{ordinal}」是等级：等级只分先后，两个等级相除（如 2 等 ÷ 3 等）不是完成比例",
            "按等级计分请用「等次」（如：等次 一等 得满分；二等 得3分）或按等级数值分档的「区间」");

    public static SchemeDiagnostic RatioDirection(SourceLocation location, string indicator, string actual, string target) =>
        new(RatioDirectionDefinition, location, $"「{indicator}」越低越好，按「{actual} ÷ {target}」计分时实际值越高得分越高",
            $"越低越好的指标按「目标 ÷ 实际」计分：按比例 {target} ÷ {actual}（实际值不高于目标得满分）");

    public static SchemeDiagnostic ProportionalCap(SourceLocation location, string subject, string domain) =>
        new(ProportionalCapDefinition, location, $"「{subject}」的取值范围是 {domain}，按比例计分可能超过指标分值",
            "写「封顶 100%」，或把数据项的范围声明为 [0%, 100%]");

    public static SchemeDiagnostic DuplicateItemMark(SourceLocation location, string mark) =>
        new(DuplicateItemMarkDefinition, location, $"分项序号「{mark}」重复或不连续");

    public static SchemeDiagnostic GradeGap(SourceLocation location, string gap) =>
        new(GradeGapDefinition, location, $"总分落在 {gap} 时没有对应的等级");

    public static SchemeDiagnostic GradeOverlap(SourceLocation location, string first, string second, string overlap) =>
        new(GradeOverlapDefinition, location, $"等级「{second}」与「{first}」重叠于 {overlap}");

    public static SchemeDiagnostic GradesMissing(SourceLocation location) =>
        new(GradesMissingDefinition, location, "方案没有声明等级，评分结果将没有等级", "例如：等级 优 ≥ 90；良 [80, 90)；中 [60, 80)；差 < 60");

    public static SchemeDiagnostic GradeUnreachable(SourceLocation location, string grade, string range, decimal total) =>
        new(GradeUnreachableDefinition, location, $"等级「{grade}」的范围 {range} 与总分范围 [0, {NumberText.Plain(total)}] 没有交集，永远不会评出", "等级的分数线应按本方案的总分设定");

    public static SchemeDiagnostic ConstraintViolated(SourceLocation location, string description, decimal actual) =>
        new(ConstraintViolatedDefinition, location, $"结构约束不满足：要求{description}，实际为 {NumberText.Plain(actual)}");

    public static SchemeDiagnostic VetoExceedsTotal(SourceLocation location, decimal points, decimal total) =>
        new(VetoExceedsTotalDefinition, location, $"否决扣 {NumberText.Points(points)}，超过总分 {NumberText.Points(total)}");

    // ---------------------------------------------------------------- SL5xxx: data records (reported per record by score and test)

    /// <summary>Codes once used and since withdrawn: never given out again, so an old report's code keeps one meaning.</summary>
    public static IReadOnlyList<string> Retired { get; } = ["SL2016"];

    /// <summary>
    /// Every descriptor, for the uniqueness test, the code pages and `schemelang explain`. Gathered on first use: the
    /// catalogue's partial files initialise their fields in no set order.
    /// </summary>
    public static IReadOnlyList<DiagnosticDefinition> All => field ??=
        typeof(DiagnosticCatalog).GetFields().Concat(typeof(RecordDiagnostics).GetFields())
            .Where(member => member.FieldType == typeof(DiagnosticDefinition))
            .Select(member => (DiagnosticDefinition)member.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal)
            .ToArray();
}
