using System.Diagnostics;
using Antlr4.Runtime;
using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>The rule lines under a leaf, one syntax record per rule kind and its parts.</summary>
internal sealed partial class SyntaxTreeBuilder
{
    private RuleSyntax? RuleSyntax(RuleBlockContext rule, SourceSpan span) => rule switch
    {
        PassFailRuleContext pass => new PassFailRuleSyntax(
            pass.conditionText() is { } condition ? Normalize(source.Slice(Span(condition))) : null,
            pass.passOutcome()?.POINTS() is { } points ? Quantity(points) : null,
            pass.passOutcome() is { } outcome && outcome.POINTS() is null,
            pass.passOutcome()?.otherwise()?.POINTS() is { } deduction ? Quantity(deduction) : null,
            span,
            pass.passOutcome()?.otherwise()?.GetChild(0).GetText() == "酌情",
            pass.passOutcome()?.otherwiseText() is { } otherwiseText ? Normalize(source.Slice(Span(otherwiseText))) : null),
        ProsePassFailRuleContext prose when ProseStep(prose) => null,
        ProsePassFailRuleContext prose => new PassFailRuleSyntax(
            Normalize(source.Slice(Span(prose.conditionText()))),
            prose.POINTS() is { } points ? Quantity(points) : null,
            prose.POINTS() is null,
            prose.otherwise().POINTS() is { } deduction ? Quantity(deduction) : null,
            span,
            prose.otherwise().GetChild(0).GetText() == "酌情",
            prose.otherwiseText() is { } otherwiseText ? Normalize(source.Slice(Span(otherwiseText))) : null),
        ChecklistRuleContext checklist => new ChecklistRuleSyntax(
            checklist.checkItem().Select(ChecklistItem).OfType<ChecklistItemSyntax>().ToEquatableArray(), span, OtherProblems: OtherProblems(checklist.otherProblemsLine()?.otherProblems())),
        EqualShareChecklistRuleContext checklist => new ChecklistRuleSyntax(
            checklist.shareItem().Select(ShareItem).OfType<ChecklistItemSyntax>().ToEquatableArray(), span, EqualShares: true, OtherProblems(checklist.otherProblemsLine()?.otherProblems())),
        InlineChecklistRuleContext checklist => new ChecklistRuleSyntax(
            checklist.checkEntry().Select(ChecklistEntry).OfType<ChecklistItemSyntax>().ToEquatableArray(), span, OtherProblems: OtherProblems(checklist.otherProblems())),
        BandRuleContext band => Name(band.name()) is { } subject
            ? new BandRuleSyntax(subject, band.bandRow().Select(row => BandRow(row, row.bandRange(), row.bandOutcome(), LineSpan(row))).OfType<BandRowSyntax>().ToEquatableArray(), span)
            : null,
        InlineBandRuleContext band => Name(band.name()) is { } subject
            ? new BandRuleSyntax(subject, band.bandEntry().Select(entry => BandRow(entry, entry.bandRange(), entry.bandOutcome(), Span(entry))).OfType<BandRowSyntax>().ToEquatableArray(), span)
            : null,
        LevelRuleContext levels => LevelRule(levels.levelLine().Select(line => Level(line.levelEntry())), span),
        InlineLevelRuleContext levels => LevelRule(levels.levelEntry().Select(Level), span),
        DeductionRuleContext deduction => new DeductionRuleSyntax(
            deduction.deductionItem().Select(DeductionItem).OfType<DeductionItemSyntax>().ToEquatableArray(),
            Quantity(deduction.deductionFloor()?.deductionCap()?.POINTS()),
            span),
        InlineDeductionRuleContext deduction => new DeductionRuleSyntax(
            deduction.deductionEntry().Select(DeductionEntry).OfType<DeductionItemSyntax>().ToEquatableArray(),
            Quantity(deduction.deductionFloor()?.deductionCap()?.POINTS()),
            span),
        ProportionalRuleContext proportional => ProportionalRule(proportional.ratioTimes(), proportional.POINTS(), proportional.weightWord, proportional.capClause(), span),
        ScoreFormulaRuleContext formula => ScoreFormulaRule(formula, span),
        DiscretionaryRuleContext discretionary => new DiscretionaryRuleSyntax(
            discretionary.text() is { } text ? Text(text) : null,
            discretionary.NUMBER() is { } lowest && Quantity(lowest) is { } low && Quantity(discretionary.POINTS()) is { } high ? (low, high) : null,
            span),
        StepRuleContext step => StepRule(step, span),
        ThresholdRuleContext threshold when (threshold.name() is null || Name(threshold.name()) is not null) && threshold.bound() is { } bound && Bound(bound) is { } value && threshold.comparison() is { } comparison
            => new ThresholdRuleSyntax(threshold.name() is { } subject ? Name(subject) : null, Comparison(comparison), value, threshold.fullMarks()?.POINTS() is { } points ? Quantity(points) : null, Normalize(source.Slice(SourceSpan.FromBounds(Span(comparison).Start, Span(bound).End))), span),
        TargetValueRuleContext target when Bound(target.bound()) is { } value
            => new TargetValueRuleSyntax(Comparison(target.comparison()), value, Normalize(source.Slice(SourceSpan.FromBounds(Span(target.comparison()).Start, Span(target.bound()).End))), span),
        QualitativeTargetRuleContext qualitative => new QualitativeTargetRuleSyntax(Text(qualitative.qualitative), span),
        BudgetExecutionRuleContext budget => budget.name().Select(Name).ToArray() is var rows && rows.All(row => row is not null)
            ? new BudgetExecutionRuleSyntax(rows.OfType<NameSyntax>().ToEquatableArray(), span)
            : null,
        PendingRuleContext pending => new PendingRuleSyntax(pending.text() is { } text ? Text(text) : null, span),
        SharedRuleContext shared => SharedRule(shared, span),
        _ => null,
    };

    /// <summary>
    /// 以下各项 shares what its one line says. A rule whose lines follow (分项, 区间, 等次 or 扣分 as a block) has no lines
    /// of its own here — the next lines are the group's indicators — and a second 以下各项 has nothing to add.
    /// </summary>
    private RuleSyntax? SharedRule(SharedRuleContext shared, SourceSpan span)
    {
        var inner = shared.ruleBlock();
        if (inner is SharedRuleContext or ChecklistRuleContext or EqualShareChecklistRuleContext or BandRuleContext or LevelRuleContext or DeductionRuleContext or NotApplicableRuleContext)
        {
            diagnostics.Add(DiagnosticCatalog.SharedRuleOnOneLine(new SourceLocation(source, LineSpan(shared))));
            _complete = false;
            return null;
        }

        return RuleSyntax(inner, span) is { } rule ? new SharedRuleSyntax(rule, span) : null;
    }

    private OtherProblemsSyntax? OtherProblems(OtherProblemsContext? clause) =>
        clause is null || clause.exception is not null
            ? null
            : new OtherProblemsSyntax(clause.entryText() is { } text ? EntryText(text).TrimEnd('：', ':', '，', ',').TrimEnd() : string.Empty, Span(clause));

    /// <summary>
    /// A level table. Its trailing entries that deduct and are worded as a condition (IsDeductionClause) are deductions
    /// from whichever level is chosen, never levels: 「存在其他问题的酌情扣分」 or 「发现挤占挪用的，酌情扣分」 the evaluator's,
    /// 「发现挤占挪用的，扣2分」 fixed, 「每发现一处扣1分」 per occurrence. 「其他：酌情扣分」 is a level of its own, the case
    /// the table leaves open. A question before the first level (「绩效目标是否明确，明确：4分」) is the indicator's guidance.
    /// </summary>
    private LevelRuleSyntax LevelRule(IEnumerable<LevelSyntax?> entries, SourceSpan span)
    {
        var levels = entries.OfType<LevelSyntax>().ToList();
        string? question = null;
        if (levels is [var first, ..] && LeadQuestion(first.Name) is { } lead)
        {
            question = lead.Question;
            levels[0] = first with { Name = lead.Level };
        }

        // Deduction clauses written before 「在所评等次得分上再扣：」 (「存在其他问题的酌情扣分」) deduct as well.
        var trailing = ExplicitDeductions(levels) ?? levels.Count;
        while (trailing > 1 && IsDeductionClause(levels[trailing - 1]))
        {
            trailing--;
        }

        OtherProblemsSyntax? otherProblems = null;
        var deductions = new List<LevelDeductionSyntax>();
        foreach (var clause in levels.Skip(trailing))
        {
            if (clause.IsJudged && otherProblems is null)
            {
                otherProblems = new OtherProblemsSyntax(clause.Name.Text.TrimEnd('，', ',', '：', ':').TrimEnd(), clause.Span);
            }
            else if (clause.IsDeduction && LevelDeduction(clause) is { } deduction)
            {
                deductions.Add(deduction);
            }
        }

        levels.RemoveRange(trailing, levels.Count - trailing);
        foreach (var level in levels.Where(level => !level.IsQuoted))
        {
            CheckRuleShapedName(LevelKind, level.Name);
        }

        return new LevelRuleSyntax(levels.ToEquatableArray(), span, otherProblems) { Deductions = deductions.ToEquatableArray(), Question = question };
    }

    private StepRuleSyntax? StepRule(StepRuleContext step, SourceSpan span)
    {
        var subject = step.name() is { } named ? Name(named) : null;
        if ((step.name() is not null && subject is null) || step.bound() is not { } boundContext || Bound(boundContext) is not { } threshold
            || step.comparison() is not { } comparison || step.stepClause() is not { } clause)
        {
            return null;
        }

        var fullMarks = step.fullMarks()?.POINTS() is { } points ? Quantity(points) : null;
        return StepClause(clause, step.stepRounding(), step.floorClause()) is { } stepClause
            ? new StepRuleSyntax(subject, Comparison(comparison), threshold, fullMarks, stepClause, span)
            : null;
    }

    private ChecklistItemSyntax? ChecklistItem(CheckItemContext item) =>
        item.exception is null && item.checkItemText() is { } text && Quantity(item.POINTS()) is { } points
            ? new ChecklistItemSyntax(Normalize(item.itemMark().GetText()), Text(text), points, LineSpan(item))
            : null;

    private ChecklistItemSyntax? ShareItem(ShareItemContext item) =>
        item.exception is null && item.checkItemText() is { } text
            ? new ChecklistItemSyntax(Normalize(item.itemMark().GetText()), Text(text), null, LineSpan(item))
            : null;

    private ChecklistItemSyntax? ChecklistEntry(CheckEntryContext item) =>
        item.exception is null && item.entryText() is { } text && Quantity(item.POINTS()) is { } points
            ? new ChecklistItemSyntax(Normalize(item.itemMark().GetText()), EntryText(text), points, Span(item))
            : null;

    // "①未执行规定，每例扣1分": the comma before 每 ends the sentence's first half, not the item's text.
    private DeductionItemSyntax? DeductionItem(DeductionItemContext item) =>
        item.exception is null && item.deductionItemText() is { } text && Quantity(item.POINTS()) is { } points
            && MeasurePhrase(item.measurePhrase(), out var known) is var each && known
            ? new DeductionItemSyntax(Normalize(item.itemMark().GetText()), Text(text).TrimEnd('，', ','), each, points, LineSpan(item))
            : null;

    private DeductionItemSyntax? DeductionEntry(DeductionEntryContext item) =>
        item.exception is null && item.entryText() is { } text && Quantity(item.POINTS()) is { } points
            && MeasurePhrase(item.measurePhrase(), out var known) is var each && known
            ? new DeductionItemSyntax(Normalize(item.itemMark().GetText()), EntryText(text).TrimEnd('，', ','), each, points, Span(item))
            : null;

    private LevelSyntax? Level(LevelEntryContext? entry)
    {
        if (entry is null || entry.exception is not null || entry.levelName() is not { } nameText || entry.levelPoints() is not { } points)
        {
            return null;
        }

        // 「其他：酌情扣分」: the colon before what the level gets is not part of its name, whichever way the parser took it; nor
        // is the 「，」 of a prose table (「…的得8分，基本一致的得5分」) before it.
        var quoted = nameText.levelNameAtom() is [var only] && only.Start.Type == Generated.SchemeLexer.QUOTED;
        var written = quoted ? Unquote(nameText.GetText()) : Normalize(source.Slice(Span(nameText)));
        var name = new NameSyntax(written.TrimEnd('：', ':').TrimStart('，', ',').Trim(), Span(nameText));

        QuantitySyntax? value = (points.POINTS() ?? points.PERCENT()) is { } p ? Quantity(p) : null;
        if (points.GetText() == "不得分")
        {
            value = QuantitySyntax.NoPoints(Span(points));
        }

        return new LevelSyntax(name, value, Span(entry), points.GetChild(0).GetText() == "扣", IsJudged: points.GetText().Contains("酌情", StringComparison.Ordinal), IsQuoted: quoted);
    }

    private BandRowSyntax? BandRow(ParserRuleContext row, BandRangeContext? rangeContext, BandOutcomeContext? outcomeContext, SourceSpan rowSpan)
    {
        if (row.exception is not null || rangeContext is null || BandRange(rangeContext) is not { } range)
        {
            return null;
        }

        OutcomeSyntax? outcome = outcomeContext switch
        {
            FixedOutcomeContext fixedOutcome => Quantity(fixedOutcome.POINTS()) is { } points ? new FixedOutcomeSyntax(points, false, Span(fixedOutcome)) : null,
            FullOutcomeContext full => new FixedOutcomeSyntax(null, true, Span(full)),
            ZeroOutcomeContext zero => new FixedOutcomeSyntax(QuantitySyntax.NoPoints(Span(zero)), false, Span(zero)),
            StepOutcomeContext step => Quantity(step.POINTS()) is { } start && step.stepClause() is { } clause && StepClause(clause, step.stepRounding(), step.floorClause()) is { } stepClause
                ? new StepOutcomeSyntax(start, stepClause, Span(step))
                : null,
            DiscretionaryOutcomeContext discretionary => new DiscretionaryOutcomeSyntax(
                Span(discretionary),
                Quantity(discretionary.NUMBER()) is { } lowest && Quantity(discretionary.POINTS()) is { } highest ? (lowest, highest) : null),
            ColonOutcomeContext colon => Quantity(colon.POINTS()) is { } points ? new FixedOutcomeSyntax(points, false, Span(colon)) : null,
            GradeOutcomeContext grade => grade.entryText() is { } text ? new GradeOutcomeSyntax(EntryText(text), Span(grade)) : null,
            _ => null,
        };
        return outcome is null ? null : new BandRowSyntax(range, outcome, rowSpan);
    }

    private StepClauseSyntax? StepClause(StepClauseContext clause, StepRoundingContext? rounding, FloorClauseContext? floor)
    {
        if (clause.exception is not null || clause.direction() is not { } direction || clause.stepSize() is not { } size
            || StepSize(size) is not { } stepSize || Quantity(clause.POINTS()) is not { } perStep)
        {
            return null;
        }

        var dir = direction.GetText() is "低" or "少" or "下降" or "减少" or "降低" ? StepDirection.Below : StepDirection.Above;
        StepRoundingSyntax? roundingSyntax = rounding switch
        {
            null => null,
            ExactRoundingContext => new StepRoundingSyntax(Runtime.StepRounding.Exact, Span(rounding)),
            FloorRoundingContext or FloorRounding2Context => new StepRoundingSyntax(Runtime.StepRounding.Floor, Span(rounding)),
            CeilingRoundingContext or CeilingRounding2Context => new StepRoundingSyntax(Runtime.StepRounding.Ceiling, Span(rounding)),
            _ => throw new UnreachableException($"step rounding {rounding.GetType().Name} has no syntax"),
        };
        var span = rounding is null ? Span(clause) : Span(clause).Cover(Span(rounding));
        return new StepClauseSyntax(dir, stepSize, perStep, roundingSyntax, span) { MaxDeduction = Quantity(floor?.deductionCap()?.POINTS()) };
    }

    // 每少5% means five percentage points: a step is always a difference of values, never a ratio of them.
    private QuantitySyntax? StepSize(StepSizeContext size)
    {
        if (size.one is { } one)
        {
            // 每延迟一个月, 每少一户: one unit. Any other Han numeral is not read (it is reported) rather than guessed.
            if (one.Text != "一")
            {
                diagnostics.Add(DiagnosticCatalog.UnexpectedToken(new SourceLocation(source, Span(one, one)), $"「{one.Text}」", "每档写成数字或「一」，如「每少1户」「每延迟一个月」"));
                _complete = false;
                return null;
            }

            return WithUnit(new QuantitySyntax(1m, QuantityUnit.None, one.Text, Span(one, one)), size.unitWord());
        }

        return size.NUMBER() is { } number && size.unitWord() is { } unit
            ? WithUnit(Quantity(number), unit)
            : Quantity(size.PERCENT_POINTS() ?? size.PERCENT() ?? size.MONEY() ?? size.NUMBER());
    }

    /// <summary>A literal with the unit written after it, if any: 30户.</summary>
    private QuantitySyntax? Counted(LiteralContext? literal, UnitWordContext? unit) =>
        unit is null ? Quantity(literal) : WithUnit(Quantity(literal), unit);

    private QuantitySyntax? WithUnit(QuantitySyntax? value, UnitWordContext unit) => value is null
        ? null
        : value with { CountUnit = unit.GetText(), Text = value.Text + unit.GetText(), Span = value.Span.Cover(Span(unit)) };
}
