// SchemeLang: the grammar of an indicator scheme (绩效评价指标体系 + 评分标准).
//
// The language is line-oriented: every statement ends at a line break. A block's
// entries (数据 items, 区间 rows, 分项 items, 等次 levels, 扣分 items, …) are the lines
// after its keyword line. Indented below it, LayoutTokenSource wraps them in
// INDENT … DEDENT, so that a broken entry stays inside its block; written flush with
// the keyword they are still read, but a broken entry then ends the block. The indicator tree's shape also comes
// from indentation, which the syntax tree builder reads from the source.
//
// Chinese has no spaces between words, so keywords are matched by maximal munch and
// every other Han character is a token of its own (HAN); names are runs of such
// atoms. Keywords may also appear inside names ("soft" keywords, see softKeyword).
// Anything else must be quoted: 「…」 “…” "…".

grammar Scheme;

// Made by LayoutTokenSource, never by the lexer.
tokens { INDENT, DEDENT }

scheme
    : NEWLINE* statement* EOF
    ;

statement
    : headerLine
    | dataSection
    | targetSection
    | gradeSection
    | vetoSection
    | constraintSection
    | testSection
    | ruleBlock        // before indicatorLine: "… 每低1个百分点扣1分" must not read as a header with weight 1分
    | eachPartLine     // before partLine: 「其中甲和乙各占50%」 says every part's share, it is not a part named 「甲和乙各占」
    | breakdownLine    // before partLine: 「其中 玉米种植面积 8亩」 is a row of the leaf's own figure, not a scored part
    | partLine         // before indicatorLine too: 「其中 资金到位率 2分」 is a part of the leaf above, not a child
    | indicatorLine
    ;

// ---------------------------------------------------------------- header

headerLine
    : '方案' text eol                                     # titleHeader
    | '年度' NUMBER eol                                   # yearHeader
    | '总分' (POINTS | NUMBER) eol                        # totalHeader
    | '权重' weightStyle=('分值' | '相对') eol             # weightStyleHeader
    | '缺失数据' policy=('报错' | '不得分') eol             # missingPolicyHeader
    | '小数位' NUMBER eol                                 # decimalsHeader
    | '百分比数据' reading=('小数' | '百分数') eol          # percentReadingHeader
    // The national 项目支出绩效自评表's 填表说明: a leaf's 年度指标值 and points are its whole standard. The 定性 tiers'
    // lower edges, in per cent of the points: 达成 above the first, 部分达成 above the second (80/50 unless written).
    | '评分办法' '自评表' (LPAREN '定性' upper=NUMBER DIV lower=NUMBER RPAREN)? eol   # selfEvaluationHeader
    ;

// ---------------------------------------------------------------- data

dataSection
    : '数据' eol (INDENT dataDecl+ DEDENT | dataDecl*)
    ;

dataDecl
    : name COLON typeSpec domain? (EQ expr zeroFallback?)? eol
    | name EQ expr zeroFallback? eol
    ;

typeSpec
    : '百分比'                                            # percentType
    | '金额' (LPAREN moneyUnit RPAREN | moneyUnit)?       # moneyType
    | '整数' (LPAREN unitWord RPAREN | unitWord)?         # countType
    | '数值' (LPAREN unitWord RPAREN | unitWord)?         # numberType
    | '是否'                                              # boolType
    | '文本'                                              # textType
    ;

moneyUnit : '元' | '万元' | '亿元' ;

// A unit as written: 个, 户, 人次, 公顷, 平方米.
// 起 is also the keyword of 「自N分起」, and the measure word of incidents: 整数（起）, 每少一起, ≥ 3起.
unitWord : (HAN | '起')+ | LATIN ;

domain
    : COMMA? '范围' range
    ;

zeroFallback
    : COMMA? '除数为零时' ('取' | '得' | '按')? literal
    ;

expr
    : (LPAREN expr RPAREN | LBRACKET expr RBRACKET)      # parenExpr
    | MINUS expr                                          # negateExpr
    | left=expr op=(TIMES | DIV) right=expr               # multiplicativeExpr
    | left=expr op=(PLUS | MINUS) right=expr              # additiveExpr
    | literal                                             # literalExpr
    | name                                                # nameExpr
    ;

literal
    : NUMBER | PERCENT | MONEY | POINTS
    ;

// ---------------------------------------------------------------- targets (per-year values)

targetSection
    : '目标值' NUMBER? eol (INDENT targetDecl+ DEDENT | targetDecl*)
    ;

targetDecl
    : name EQ literal unitWord? eol
    ;

// ---------------------------------------------------------------- grades

gradeSection
    : '等级' eol (INDENT (gradeDecl eol)+ DEDENT | (gradeDecl eol)*)
    | '等级' gradeDecl (SEMI gradeDecl)* SEMI? eol        // one-line form: 优 ≥ 90；良 ≥ 80 …
    ;

gradeDecl
    : name range
    ;

// ---------------------------------------------------------------- veto / global penalty

vetoSection
    : '否决' eol (INDENT vetoDecl+ DEDENT | vetoDecl*)
    ;

vetoDecl
    : itemMark? vetoText vetoEffect eol
    ;

vetoEffect
    : '扣' POINTS                                          # vetoDeduct
    | '总分为零'                                           # vetoZero
    ;

// ---------------------------------------------------------------- constraints

constraintSection
    : '约束' eol (INDENT constraintDecl+ DEDENT | constraintDecl*)
    | '约束' constraintDecl                              // one line: 「约束 全年执行数 ≤ 全年预算数」
    ;

constraintDecl
    : '末级指标数' LPAREN name (ENUM name)* RPAREN cmp=comparison NUMBER eol    # structuralConstraint
    | left=expr cmp=comparison right=expr eol                                  # dataConstraint
    ;

// ---------------------------------------------------------------- author-written tests

testSection
    : '测试' text? eol (INDENT testLine+ DEDENT | testLine*)
    ;

testLine
    : '输入' (assignment (COMMA assignment)*)? eol        # testInputLine
    | '期望' (assignment (COMMA assignment)*)? eol        # testExpectLine
    | assignment (COMMA assignment)* eol                  # testAssignmentLine
    ;

assignment
    : key EQ value
    ;

// A leaf's own field (A21.1, F21.理由), or a part's (B21.资金到位率.1).
key
    : name (DOT (NUMBER | name))*
    ;

value
    : literal unitWord?     // 宣传活动次数 = 2次: a count in its unit, as a record may carry it
    | '是' | '否'
    | '不适用'
    | name
    ;

// ---------------------------------------------------------------- the indicator tree

// A group may leave its weight out (a 分值 column left blank): its children's weights add up to it. A line opening
// with a keyword is never such a group (IsGroupHeading), so a broken header or rule line is still an error told by
// its first word. The weighted alternative comes first: 「A1 政策制定 5分」 never reads as a name ending in 5分.
indicatorLine
    : weightedName weight COMMA? ('附加分' | '加分') bonus=POINTS eol   // 「目标完成情况 40分，附加分4分」: 40 points, up to 4 more on top of 总分
    | weightedName weight eol
    | {IsGroupHeading()}? indicatorName eol
    ;

weight
    : POINTS
    | PERCENT
    | LPAREN (POINTS | PERCENT) RPAREN
    | NUMBER                  // a bare number, as in a 分值 column: points
    ;

// One part of a leaf scored in several parts (「两项各占50%」): its name and share, its rule on the lines below it. The
// share is points or a percentage of the leaf's weight; parts that all leave it out share the weight equally.
partLine
    : '其中' COLON? name partShare? eol
    ;

partShare
    : '占'? (POINTS | PERCENT)
    | LPAREN '占'? (POINTS | PERCENT) RPAREN
    ;

// 「两项各占50%」 over a leaf's parts: the share of each part that does not say its own; 「两项平均分配」: equal shares.
eachPartLine
    : nameAtom* ('各占' (POINTS | PERCENT) | '平均分配') eol
    ;

// 「其中 玉米种植面积 8亩」, 「其中：中央资金 120万元」: a value and no points, one row of the leaf's own figure.
breakdownLine
    : '其中' COLON? name (MONEY | NUMBER unitWord) eol
    ;

ruleBlock
    // Outcome first: 「是否 得满分，否则不得分」 is an outcome, not a condition that happens to read like one.
    : '是否' (passOutcome | conditionText passOutcome | conditionText)? eol   # passFailRule
    | '分项' eol (INDENT checkItem+ otherProblemsLine? DEDENT | checkItem* otherProblemsLine?)     # checklistRule
    | '分项' COMMA? '平均分配' eol (INDENT shareItem+ otherProblemsLine? DEDENT | shareItem* otherProblemsLine?)  # equalShareChecklistRule
    | '分项' checkEntry (SEMI checkEntry)* (SEMI otherProblems)? SEMI? eol  # inlineChecklistRule
    | '区间' name eol (INDENT bandRow+ DEDENT | bandRow*)                # bandRule
    | '区间' name COLON bandEntry (SEMI bandEntry)* SEMI? eol           # inlineBandRule
    | '等次' eol (INDENT levelLine+ DEDENT | levelLine*)                 # levelRule
    | '等次' levelEntry (levelSeparator levelEntry)* SEMI? eol          # inlineLevelRule
    | '扣分' (COMMA? deductionFloor)? eol (INDENT deductionItem+ DEDENT | deductionItem*)  # deductionRule
    | '扣分' deductionEntry (SEMI deductionEntry)* (SEMI deductionFloor)? SEMI? eol      # inlineDeductionRule
    | '按比例' ratioTimes (TIMES (POINTS | weightWord=name))? (COMMA? capClause)? eol  # proportionalRule
    // The 自评表's own formula: 「得分=完成率×该项指标分值」, 「得分 = (实际完成数/计划数)×100%×5分」.
    | scoreWord=name EQ ratioTimes TIMES (POINTS | weightWord=name) (COMMA? capClause)? eol  # scoreFormulaRule
    // The evaluator's score, within a range when written: 「酌情评分（0至3分）：…」, 「酌情 2–4分」.
    | '酌情' (('评分' | '给分')? LPAREN? NUMBER ('至' | MINUS | TILDE) POINTS RPAREN? COLON?)? text? eol  # discretionaryRule
    | name? comparison bound fullMarks COMMA? stepClause
          (COMMA? stepRounding)? (COMMA? floorClause)? eol              # stepRule
    // Without a name the value is the leaf's own 实际完成值, as the national 自评表 writes it: 「≥ 30个 得满分，否则不得分」.
    | name? comparison bound fullMarks COMMA? '否则' '不得分' eol         # thresholdRule
    // Under 评分办法 自评表: the 自评表's 年度指标值 column, 「≥40个」, 「≤120万元」, 「=100%」 or 「达成预期指标」.
    | '年度指标值' COLON? comparison bound eol                           # targetValueRule
    | '年度指标值' COLON? qualitative=text eol                            # qualitativeTargetRule
    // The 自评表's 项目资金 rows: 分值 × 执行率, the total row checked against its 其中 rows.
    | '预算执行' (COMMA? '其中' COLON? name (ENUM name)*)? eol             # budgetExecutionRule
    | '不适用' COMMA? naPolicy=('得满分' | '重新分配') eol              # notApplicableRule
    | '待定' COLON? text? eol                                           # pendingRule
    // Written once under a group for each indicator below it that has no rule of its own: 「以下各项：等次 优秀 得满分；良好 得80%…」.
    | '以下各项' COLON? ruleBlock                                       # sharedRule
    // A 是否 rule written as prose, never an indicator with the last points as its weight: 「制度健全的得3分，不健全的扣3分」.
    | conditionText ('得' POINTS | '得满分') COMMA ('否则' | otherwiseText) otherwise eol  # prosePassFailRule
    ;

passOutcome
    : COMMA? ('得' POINTS | '得满分' | '满分') (COMMA? ('否则' | otherwiseText) otherwise)?
    ;

// 「制度健全的得3分，不健全的扣3分」, 「按时报送的得2分，未按时报送的不得分」: a 是否 rule written as prose, its case
// not met in the author's words (otherwiseText) or as 否则.
// The case not met, as the author says it: 「不健全的」 of 「不健全的扣3分」.
otherwiseText : conditionText ;

// What a 是否 rule gives when not met: nothing, or its points less a deduction (「得满分，否则扣3分」).
otherwise
    : '不得分'
    | '扣' POINTS
    | '酌情' ('扣分' | '给分' | '评分')    // the evaluator's score, with a reason: 「相符得3分，否则酌情扣分」
    ;

checkItem
    : itemMark checkItemText '得' POINTS eol
    ;

// After a checklist's items, what the evaluator may still take off for what the items do not name:
// 「其他问题酌情扣分」, 「存在其他问题的，酌情扣分」, 000's 「其他：酌情扣分」. (After a level table the same words are a
// level; the builder tells them apart.)
otherProblems
    : entryText? '酌情' '扣分'
    ;

otherProblemsLine
    : otherProblems eol
    ;

// An item of a 平均分配 checklist: its share of the weight is worked out, not written.
shareItem
    : itemMark checkItemText eol
    ;

// One of a line's items, 「；」 between them: 「分项 ①…得2分；②…得1分」.
checkEntry
    : itemMark entryText '得' POINTS
    ;

bandRow
    : bandRange COMMA? bandOutcome eol
    ;

// One of a line's bands: 「区间 完成率：90%（含）以上得5分；低于90%不得分」.
bandEntry
    : bandRange COMMA? bandOutcome
    ;

bandOutcome
    : '得' POINTS                                                       # fixedOutcome
    | ('得满分' | '满分')                                               # fullOutcome
    | '不得分'                                                          # zeroOutcome
    | ('自' | '从') POINTS ('起' | '起算') COMMA? stepClause
          (COMMA? stepRounding)? (COMMA? floorClause)?                  # stepOutcome
    | '酌情' ('给分' | '扣分')? (LPAREN? lowest=NUMBER ('至' | MINUS | TILDE) highest=POINTS RPAREN?)?   # discretionaryOutcome
    | COLON POINTS                                                      # colonOutcome
    // A grade, not points (「≥90%为优秀」): the leaf's 等次 table, or its group's 以下各项 one, gives the grade's points.
    | ('为' | '评为') entryText                                         # gradeOutcome
    ;

levelLine
    : levelEntry eol
    ;

// Between one line's levels: 「；」, or 「，」 and 「。」 as prose writes them (「…的得8分，基本一致的得5分。发现…」).
levelSeparator : SEMI | COMMA | DOT ;

levelEntry
    : levelName levelPoints
    ;

// A level's name may hold 「，」 and 「、」 (「制度健全，执行到位」): its points end it. An outcome never hides inside it:
// 「偏差较大的不得分。发现挤占挪用的，酌情扣分」 is two entries, not one level named 「偏差较大的不得分。发现挤占挪用的」.
levelName
    : levelNameAtom+
    ;

levelNameAtom
    : ~(SEMI | POINTS | ITEM_MARK | NEWLINE | INDENT | DEDENT | UNEXPECTED | '不得分' | '得满分' | '满分')
    ;

levelPoints
    : '得' POINTS
    | '得满分' | '满分'
    | '不得分'
    | COLON POINTS            // 完整：4分
    | '得' PERCENT            // 良好 得80%: that share of the weight, as a grade grid's columns give it
    | COLON PERCENT           // 良好：80%
    | '扣' POINTS             // 较差 扣6分: the weight less 6
    | COLON? '酌情' ('扣分' | '给分' | '评分')   // 其他：酌情扣分: the evaluator's score, with a reason
    ;

deductionItem
    : itemMark deductionItemText '每' measurePhrase? '扣' POINTS eol
    ;

deductionEntry
    : itemMark entryText '每' measurePhrase? '扣' POINTS
    ;

// What 每 counts in a 扣分 item: 「起」, 「发现一处」, 「推迟一年」 — a verb, a count and a measure word, checked against
// their closed lists (MeasureWords) by the builder.
measurePhrase : (HAN | NUMBER | softKeyword)+ ;

fullMarks
    : '得满分' | '满分'
    | '得' POINTS
    ;

stepClause
    : '每' direction stepSize COMMA? '扣' POINTS
    ;

direction
    : '低' | '少' | '下降' | '减少' | '降低'
    | '超' | '超过' | '高' | '增加' | '提高' | '多' | '延迟' | '推迟' | '逾期' | '超支' | '延期' | '滞后'
    ;

stepSize
    : PERCENT_POINTS
    | PERCENT
    | MONEY
    | NUMBER unitWord?
    | one=HAN unitWord          // 一个月, 一户: the builder accepts 一 only
    ;

stepRounding
    : '不满' stepSize '按' stepSize ('计' | '算' | '计算')              # ceilingRounding
    | '不满一档按一档计'                                                 # ceilingRounding2
    | '不足一档不扣'                                                     # floorRounding
    | '不满' stepSize '不扣'                                             # floorRounding2
    | '按实际计算'                                                       # exactRounding
    ;

floorClause
    : '扣完为止'
    | deductionCap
    ;

// A cap on what a step or 扣分 rule may take off: 「扣完15分为止」, 「最多扣15分」, 「扣分不超过15分」.
deductionCap
    : '扣完' POINTS '为止'
    | '最多扣' POINTS
    | '扣分' '不超过' POINTS
    ;

// 扣分's floor: 0, or the weight less a cap on what may be deducted (「扣完15分为止」).
deductionFloor
    : '扣完为止'
    | deductionCap
    ;

capClause
    : '封顶' bound
    ;

// What 按比例 scores by: a data item, or 实际 ÷ 目标 written out, in brackets or not, perhaps 「×100%」 (as a percentage)
// or 「×100」 (reported: a percentage ×100 is 100 times itself). A 目标值 divisor may carry its value: 「÷ 户数目标（30户）」.
ratioTimes
    : ratio (TIMES hundred=(PERCENT | NUMBER))?
    ;

ratio
    : LPAREN ratio RPAREN
    | LBRACKET ratio RBRACKET
    | dividend=name (LPAREN dividendWritten=literal dividendUnit=unitWord? RPAREN)? (DIV divisor=name (LPAREN written=literal writtenUnit=unitWord? RPAREN)?)?
    ;

// ---------------------------------------------------------------- ranges and bounds

range
    : open=(LBRACKET | LPAREN) lower=bound COMMA upper=bound close=(RBRACKET | RPAREN)   # intervalRange
    | comparison bound                                                  # comparisonRange
    | bound suffix=('以上' | '及以上' | '以下' | '及以下' | '以内')        # suffixRange
    | prefix=('不满' | '超过' | '低于' | '高于' | '不足' | '大于' | '小于' | '不低于' | '不高于') bound  # prefixRange
    | lower=bound (MINUS | TILDE | '至') upper=bound                     # dashRange
    | lower=bound first=comparison name? second=comparison upper=bound   # chainedRange
    | bound inclusion suffix=('以上' | '以下')                            # markedSuffixRange
    | (above='高于' lower=bound | lower=bound lowerMark=inclusion) ('至' | MINUS | TILDE) upper=bound upperMark=inclusion  # markedRange
    | '等于' bound                                                       # equalRange
    ;

// A band's range may also be one value (「100% 得6分」) or name the value it ranges over (「y≥8%」). Only in band
// tables: elsewhere a name runs up to the range («合格 超过 90»), and a bare value would let it run on.
bandRange
    : range                                                             # writtenRange
    | variable=name comparison bound                                    # variableRange
    | bound                                                             # exactRange
    ;

// 「（含）」「（不含）」 after a bound say whether the range holds it.
inclusion
    : LPAREN mark=('含' | '不含') RPAREN
    ;

comparison
    : GE | LE | GT | LT | EQ
    ;

bound
    : literal unit=unitWord?                                          // 95%, 30户
    | MINUS? INFINITY
    | name (LPAREN written=literal writtenUnit=unitWord? RPAREN)?     // a 目标值, optionally with its value: 参保率目标（95%）
    ;

// ---------------------------------------------------------------- names and text

// A name: Han, Latin and soft-keyword atoms, or one quoted string.
name
    : QUOTED
    | nameAtom+
    ;

nameAtom
    : HAN | LATIN | TEXT_PUNCT | softKeyword
    ;

// Free text (titles, indicator names, item descriptions): anything up to what ends the line.
text
    : textAtom+
    ;

// The same free text where something other than the line end follows it. Each use has a rule of its own so that
// its follow set is its own: with one shared rule, SLL prediction lets "… 10分" end either as text or as the
// weight, reads on into the next line to decide, and when that line is broken picks wrongly and reports the error
// on the good line above it.
// No ÷ or = in an indicator's name: a line with them is a formula written where a rule belongs, never a child.
indicatorName : indicatorAtom+ ;

// A line that ends in its weight is an indicator whatever its name holds: 「周转率(周转额/预算数) 5分」, 「覆盖率=100% 3分」.
weightedName : weightedAtom+ ;
weightedAtom : indicatorAtom | EQ | DIV ;

indicatorAtom
    : nameAtom | QUOTED | NUMBER | PERCENT | PERCENT_POINTS | MONEY | POINTS
    | COMMA | COLON | SEMI | ENUM | DOT | LPAREN | RPAREN | LBRACKET | RBRACKET
    | GE | LE | GT | LT | PLUS | MINUS | TIMES | TILDE | ITEM_MARK | INFINITY
    ;
checkItemText : textAtom+ ;
deductionItemText : textAtom+ ;

// Text inside a line of several entries: no 「；」, points or item mark, which end or begin an entry.
entryText
    : (nameAtom | QUOTED | NUMBER | PERCENT | PERCENT_POINTS | MONEY
      | COMMA | COLON | ENUM | DOT | LPAREN | RPAREN | LBRACKET | RBRACKET
      | GE | LE | GT | LT | EQ | PLUS | MINUS | TIMES | DIV | TILDE | INFINITY)+
    ;
vetoText : textAtom+ ;

textAtom
    : nameAtom | QUOTED | NUMBER | PERCENT | PERCENT_POINTS | MONEY | POINTS
    | COMMA | COLON | SEMI | ENUM | DOT | LPAREN | RPAREN | LBRACKET | RBRACKET
    | GE | LE | GT | LT | EQ | PLUS | MINUS | TIMES | DIV | TILDE | ITEM_MARK | INFINITY
    ;

// A 是否 condition: free text without points, so "得8分，否则扣2分" cannot hide inside it.
conditionText
    : (nameAtom | QUOTED | NUMBER | PERCENT | PERCENT_POINTS | MONEY
      | COMMA | COLON | SEMI | ENUM | DOT | LPAREN | RPAREN | LBRACKET | RBRACKET
      | GE | LE | GT | LT | EQ | PLUS | MINUS | TIMES | DIV | TILDE | ITEM_MARK | INFINITY)+
    ;

itemMark
    : ITEM_MARK
    | LPAREN NUMBER RPAREN
    | NUMBER DOT
    ;

eol
    : DOT? NEWLINE+
    ;

// Every keyword, so that names may contain them ("得分率", "按时上缴").
softKeyword
    : '方案' | '年度' | '总分' | '权重' | '分值' | '相对' | '缺失数据' | '报错' | '不得分' | '小数位'
    | '数据' | '百分比' | '金额' | '元' | '万元' | '亿元' | '整数' | '数值' | '是否' | '文本'
    | '范围' | '除数为零时' | '取' | '得' | '按' | '目标值' | '等级' | '否决' | '扣' | '总分为零'
    | '约束' | '末级指标数' | '测试' | '输入' | '期望' | '是' | '否' | '不适用'
    | '分项' | '区间' | '等次' | '扣分' | '按比例' | '酌情' | '得满分' | '重新分配' | '否则'
    | '自' | '从' | '起' | '起算' | '给分' | '每' | '低' | '少' | '下降' | '减少' | '降低'
    | '超' | '超过' | '高' | '增加' | '提高' | '不满' | '计' | '算' | '计算' | '不满一档按一档计'
    | '不足一档不扣' | '按实际计算' | '扣完为止' | '封顶' | '以上' | '及以上' | '以下' | '及以下'
    | '以内' | '低于' | '高于' | '不足' | '大于' | '小于' | '不低于' | '不高于' | '至'
    | '百分比数据' | '小数' | '百分数' | '含' | '不含' | '等于' | '评分' | '不扣' | '扣完' | '为止' | '平均分配' | '待定' | '多' | '延迟' | '推迟' | '逾期' | '以下各项' | '其中' | '占' | '为' | '评为' | '各占' | '满分' | '附加分' | '加分'
    | '超支' | '延期' | '滞后' | '最多扣' | '不超过'
    | '评分办法' | '自评表' | '定性' | '年度指标值' | '预算执行'
    ;

// ---------------------------------------------------------------- lexer

NEWLINE        : '\r'? '\n' | '\r' ;
WS             : [ \t\u3000\u00A0\uFEFF]+ -> skip ;
// A comment starts only at the start of a line or after white space, so that "http://x.gov.cn/a#b" and "第#3项"
// stay text; the predicate is in SchemeLexer.Comments.cs.
COMMENT        : ('#' | '＃' | '//') {StartsComment()}? ~[\r\n]* -> skip ;

POINTS         : DECIMAL [ \t]* '分' ;
PERCENT_POINTS : (DECIMAL | '一') [ \t]* '个百分点' ;
PERCENT        : DECIMAL [ \t]* [%％] ;
MONEY          : DECIMAL [ \t]* ('元' | '万元' | '亿元') ;
NUMBER         : DECIMAL ;

QUOTED         : '「' ~[」\r\n]* '」' | '“' ~[”\r\n]* '”' | '"' ~["\r\n]* '"' ;
ITEM_MARK      : [\u2460-\u2473] ;                          // ① … ⑳
INFINITY       : '∞' | '+∞' | '无穷' ;

GE             : '≥' | '>=' | '≧' | '＞＝' | '>＝' | '＞=' ;
LE             : '≤' | '<=' | '≦' | '＜＝' | '<＝' | '＜=' ;
GT             : '>' | '＞' ;
LT             : '<' | '＜' ;
EQ             : '=' | '＝' ;
PLUS           : '+' | '＋' ;
MINUS          : '-' | '－' | '−' | '—' | '–' ;
TIMES          : '×' | '*' | '＊' ;
DIV            : '÷' | '/' | '／' ;
TILDE          : '~' | '～' | '〜' ;
LPAREN         : '(' | '（' ;
RPAREN         : ')' | '）' ;
LBRACKET       : '[' | '【' | '［' ;
RBRACKET       : ']' | '】' | '］' ;
COMMA          : ',' | '，' ;
SEMI           : ';' | '；' ;
COLON          : ':' | '：' ;
ENUM           : '、' ;
DOT            : '.' | '。' | '．' ;

LATIN          : [A-Za-z_] [A-Za-z0-9_]* ;
// Han beyond the BMP too (GB 18030-2022): rare place and personal names need them. The tool's \p{Script=Han} holds
// CJK Ext. B–H and the compatibility supplement (U+20000–U+323AF); Ext. I (Unicode 15.1) is added by hand. The
// lexer reads code points (CharStreams); token positions become UTF-16 offsets in Utf16TokenFactory.
HAN            : [\p{Script=Han}\u{2EBF0}-\u{2EE5F}] ;
TEXT_PUNCT     : [《》〈〉·…‘’'!！?？&@#＃] ;

// Anything else becomes a token of its own so that the parser reports it in place.
UNEXPECTED     : . ;

fragment DECIMAL : DIGIT+ ([.．] DIGIT+)? ;
fragment DIGIT   : [0-9\uFF10-\uFF19] ;
