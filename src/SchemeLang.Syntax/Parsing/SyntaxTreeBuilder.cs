using System.Diagnostics;
using System.Globalization;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Parsing.Generated;
using SchemeLang.Syntax;
using SchemeLang.Text;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>
/// Converts the ANTLR parse tree, once, into our immutable syntax tree. Surface words become meaning here:
/// 以上/以下 close a bound, 不满/超过/低于 open it; 95% becomes 0.95. Subtrees the parser could not build
/// (after a reported syntax error) are skipped silently.
/// </summary>
internal sealed class SyntaxTreeBuilder(SourceFile source, DiagnosticBag diagnostics)
{
    private readonly List<HeaderSyntax> _headers = [];
    private readonly List<DataItemSyntax> _dataItems = [];
    private readonly List<TargetSyntax> _targets = [];
    private readonly List<GradeSyntax> _grades = [];
    private readonly List<VetoSyntax> _vetoes = [];
    private readonly List<ConstraintSyntax> _constraints = [];
    private readonly List<TestCaseSyntax> _tests = [];
    private readonly IndicatorTreeAssembler _tree = new(source, diagnostics);
    private bool _complete = true;

    /// <param name="isComplete">Whether the parser read every line; the builder may still find a part it cannot read.</param>
    public SchemeSyntax Build(SchemeContext scheme, bool isComplete)
    {
        foreach (var statement in scheme.statement())
        {
            Statement(statement);
        }

        return new SchemeSyntax(
            source,
            _headers.ToEquatableArray(),
            _dataItems.ToEquatableArray(),
            _targets.ToEquatableArray(),
            _grades.ToEquatableArray(),
            _tree.Finish(),
            _vetoes.ToEquatableArray(),
            _constraints.ToEquatableArray(),
            _tests.ToEquatableArray(),
            isComplete && _complete,
            new SourceSpan(0, source.Text.Length));
    }

    private void Statement(StatementContext statement)
    {
        if (statement.exception is not null)
        {
            return;
        }

        switch (statement.GetChild(0))
        {
            case HeaderLineContext header:
                Header(header);
                break;
            case DataSectionContext data:
                foreach (var declaration in data.dataDecl())
                {
                    Add(_dataItems, DataItem(declaration));
                }

                break;
            case TargetSectionContext targets:
                var year = targets.NUMBER() is { } number ? Quantity(number) : null;
                foreach (var declaration in targets.targetDecl())
                {
                    Add(_targets, Target(declaration, year));
                }

                break;
            case GradeSectionContext grades:
                foreach (var grade in grades.gradeDecl())
                {
                    Add(_grades, Grade(grade));
                }

                break;
            case VetoSectionContext vetoes:
                foreach (var veto in vetoes.vetoDecl())
                {
                    Add(_vetoes, Veto(veto));
                }

                break;
            case ConstraintSectionContext constraints:
                foreach (var constraint in constraints.constraintDecl())
                {
                    Add(_constraints, Constraint(constraint));
                }

                break;
            case TestSectionContext test:
                Add(_tests, TestCase(test));
                break;
            case IndicatorLineContext indicator:
                if (Indicator(indicator) is { } line)
                {
                    _tree.AddIndicator(line);
                }

                break;
            case RuleBlockContext rule:
                Rule(rule);
                break;
        }
    }

    private static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }

    // ---------------------------------------------------------------- header

    private void Header(HeaderLineContext header)
    {
        var span = Span(header);
        HeaderSyntax? syntax = header switch
        {
            TitleHeaderContext title => new TitleHeaderSyntax(Text(title.text()), span),
            YearHeaderContext year => Quantity(year.NUMBER()) is { } value ? new YearHeaderSyntax(value, span) : null,
            TotalHeaderContext total => Quantity(total.POINTS() ?? total.NUMBER()) is { } value && WithinPoints(value) ? new TotalHeaderSyntax(value, span) : null,
            WeightStyleHeaderContext style => new WeightStyleHeaderSyntax(style.weightStyle.Text == "相对" ? WeightStyle.Relative : WeightStyle.Points, span),
            MissingPolicyHeaderContext policy => new MissingPolicyHeaderSyntax(policy.policy.Text == "不得分" ? MissingDataPolicy.ScoreZero : MissingDataPolicy.Error, span),
            DecimalsHeaderContext decimals => Quantity(decimals.NUMBER()) is { } value ? new DecimalsHeaderSyntax(value, span) : null,
            PercentReadingHeaderContext reading => new PercentReadingHeaderSyntax(reading.reading.Text == "小数" ? PercentReading.Ratio : PercentReading.Percent, span),
            _ => null,
        };

        Add(_headers, syntax);
    }

    // ---------------------------------------------------------------- data, targets, grades, vetoes, constraints

    private DataItemSyntax? DataItem(DataDeclContext declaration)
    {
        if (HasErrors(declaration) || Name(declaration.name()) is not { } name)
        {
            return null;
        }

        var type = declaration.typeSpec() is { } typeSpec ? DataType(typeSpec) : null;
        var domain = declaration.domain()?.range() is { } range ? Range(range) : null;
        var formula = declaration.expr() is { } expr ? Expression(expr) : null;
        var fallback = declaration.zeroFallback()?.literal() is { } literal ? Quantity(literal) : null;
        return new DataItemSyntax(name, type, domain, formula, fallback, LineSpan(declaration));
    }

    private DataTypeSyntax DataType(TypeSpecContext type) => type switch
    {
        PercentTypeContext => new DataTypeSyntax(DataTypeKind.Percent, "%", Span(type)),
        MoneyTypeContext money => new DataTypeSyntax(DataTypeKind.Money, money.moneyUnit()?.GetText() ?? "元", Span(type)),
        CountTypeContext count => new DataTypeSyntax(DataTypeKind.Count, count.unitWord()?.GetText(), Span(type)),
        NumberTypeContext number => new DataTypeSyntax(DataTypeKind.Number, number.unitWord()?.GetText(), Span(type)),
        BoolTypeContext => new DataTypeSyntax(DataTypeKind.Boolean, null, Span(type)),
        TextTypeContext => new DataTypeSyntax(DataTypeKind.Text, null, Span(type)),
        _ => throw new UnreachableException($"type {type.GetType().Name} has no syntax"),
    };

    private ExpressionSyntax? Expression(ExprContext expr)
    {
        if (expr.exception is not null)
        {
            return null;
        }

        switch (expr)
        {
            case ParenExprContext paren:
                return paren.expr() is { } inner ? Expression(inner) : null;
            case NegateExprContext negate:
                return negate.expr() is { } operand && Expression(operand) is { } value
                    ? new NegateExpressionSyntax(value, Span(expr))
                    : null;
            case LiteralExprContext literal:
                return Quantity(literal.literal()) is { } quantity ? new LiteralExpressionSyntax(quantity) : null;
            case NameExprContext name:
                return Name(name.name()) is { } n ? new NameExpressionSyntax(n) : null;
            case MultiplicativeExprContext multiplicative:
                return Binary(multiplicative.left, multiplicative.op.Type == TIMES ? BinaryOperator.Multiply : BinaryOperator.Divide, multiplicative.right, expr);
            case AdditiveExprContext additive:
                return Binary(additive.left, additive.op.Type == PLUS ? BinaryOperator.Add : BinaryOperator.Subtract, additive.right, expr);
            default:
                return null;
        }
    }

    private BinaryExpressionSyntax? Binary(ExprContext? left, BinaryOperator op, ExprContext? right, ExprContext whole) =>
        left is not null && right is not null && Expression(left) is { } l && Expression(right) is { } r
            ? new BinaryExpressionSyntax(l, op, r, Span(whole))
            : null;

    private TargetSyntax? Target(TargetDeclContext declaration, QuantitySyntax? year) =>
        declaration.exception is null && Name(declaration.name()) is { } name && Counted(declaration.literal(), declaration.unitWord()) is { } value
            ? new TargetSyntax(name, value, year, LineSpan(declaration))
            : null;

    private GradeSyntax? Grade(GradeDeclContext grade) =>
        grade.exception is null && Name(grade.name()) is { } name && grade.range() is { } r && Range(r) is { } range
            ? new GradeSyntax(name, range, Span(grade))
            : null;

    private VetoSyntax? Veto(VetoDeclContext veto)
    {
        if (veto.exception is not null || veto.vetoText() is not { } text)
        {
            return null;
        }

        VetoEffectSyntax? effect = veto.vetoEffect() switch
        {
            VetoDeductContext deduct => Quantity(deduct.POINTS()) is { } points ? new VetoDeductSyntax(points, Span(deduct)) : null,
            VetoZeroContext zero => new VetoZeroSyntax(Span(zero)),
            _ => null,
        };
        return effect is null ? null : new VetoSyntax(Text(text), effect, LineSpan(veto));
    }

    private ConstraintSyntax? Constraint(ConstraintDeclContext constraint)
    {
        switch (constraint)
        {
            case StructuralConstraintContext structural when structural.exception is null && Quantity(structural.NUMBER()) is { } value && structural.cmp is not null:
                var names = structural.name().Select(Name).OfType<NameSyntax>().ToEquatableArray();
                return new StructuralConstraintSyntax(names, Comparison(structural.cmp), value, LineSpan(constraint));
            case DataConstraintContext data when data.exception is null && data.cmp is not null
                                                 && Expression(data.left) is { } left && Expression(data.right) is { } right:
                return new DataConstraintSyntax(left, Comparison(data.cmp), right, Normalize(source.Slice(Span(data.left))), Normalize(source.Slice(Span(data.right))), LineSpan(constraint));
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- tests

    private TestCaseSyntax? TestCase(TestSectionContext test)
    {
        var inputs = new List<AssignmentSyntax>();
        var expectations = new List<AssignmentSyntax>();
        var current = inputs;
        foreach (var line in test.testLine())
        {
            switch (line)
            {
                case TestInputLineContext input:
                    current = inputs;
                    current.AddRange(input.assignment().Select(Assignment).OfType<AssignmentSyntax>());
                    break;
                case TestExpectLineContext expect:
                    current = expectations;
                    current.AddRange(expect.assignment().Select(Assignment).OfType<AssignmentSyntax>());
                    break;
                case TestAssignmentLineContext assignments:
                    current.AddRange(assignments.assignment().Select(Assignment).OfType<AssignmentSyntax>());
                    break;
            }
        }

        var name = test.text() is { } text ? Text(text) : $"第 {test.Start.Line} 行的测试";
        return new TestCaseSyntax(name, inputs.ToEquatableArray(), expectations.ToEquatableArray(), LineSpan(test));
    }

    private AssignmentSyntax? Assignment(AssignmentContext assignment)
    {
        if (assignment.exception is not null || assignment.key() is not { } key || Name(key.name(0)) is not { } name)
        {
            return null;
        }

        var member = key.NUMBER() is { } number ? ToAsciiDigits(number.GetText()) : key.name().Length > 1 ? Name(key.name(1))?.Text : null;
        ValueSyntax? value = assignment.value() switch
        {
            { } v when v.literal() is { } literal => Quantity(literal) is { } q ? new QuantityValueSyntax(q) : null,
            { } v when v.name() is { } text => new TextValueSyntax(Name(text)?.Text ?? text.GetText(), Span(v)),
            { } v when v.GetText() == "不适用" => new NotApplicableValueSyntax(Span(v)),
            { } v when v.GetText() is "是" or "否" => new BooleanValueSyntax(v.GetText() == "是", Span(v)),
            _ => null,
        };
        return value is null ? null : new AssignmentSyntax(name, member, value, Span(assignment));
    }

    // ---------------------------------------------------------------- indicators and rules

    private IndicatorLine? Indicator(IndicatorLineContext line)
    {
        if (line.exception is not null || line.indicatorName() is not { } text || line.weight() is not { } weight)
        {
            return null;
        }

        var weightToken = weight.POINTS() ?? weight.PERCENT();
        if (weightToken is null)
        {
            return null;
        }

        // A weight too large to read is reported and the file is not bound; the indicator keeps its place in the tree
        // so that the rule below it is not reported as well.
        var weightValue = Quantity(weightToken) ?? new QuantitySyntax(0m, QuantityUnit.None, weightToken.GetText(), Span(weightToken.Symbol, weightToken.Symbol));

        // A line opening with a rule keyword standing apart is a rule the parser could not read, not an indicator
        // named "是否 …"; "区间管理 5分" is an indicator.
        var atoms = text.indicatorAtom();
        if (RuleKeywords.Contains(atoms[0].GetText()) && atoms.Length > 1 && atoms[1].Start.StartIndex > atoms[0].Stop.StopIndex + 1)
        {
            diagnostics.Add(DiagnosticCatalog.UnrecognizedRule(new SourceLocation(source, LineSpan(line)), atoms[0].GetText()));
            _complete = false;
            _tree.AddRule(new BadRuleSyntax(LineSpan(line)));
            return null;
        }

        var textSpan = SourceSpan.FromBounds(atoms[0].Start.StartIndex, atoms[^1].Stop.StopIndex + 1);
        var code = IndicatorCodes.Split(source, textSpan, Normalize(source.Slice(textSpan)), diagnostics);

        // The name is what follows the code (a letter code, or an outline mark with or without a space after it).
        var nameStart = code is null ? 0 : Array.FindIndex(atoms, atom => atom.Start.StartIndex >= code.Span.End);
        var nameSpan = SourceSpan.FromBounds(atoms[nameStart].Start.StartIndex, atoms[^1].Stop.StopIndex + 1);
        var quoted = nameStart == atoms.Length - 1 ? atoms[nameStart].QUOTED() : null;
        var name = new NameSyntax(quoted is null ? Normalize(source.Slice(nameSpan)) : Unquote(quoted.GetText()), nameSpan);
        return new IndicatorLine(code, name, weightValue, source.GetIndentWidth(line.Start.StartIndex), LineSpan(line));
    }

    private static readonly HashSet<string> RuleKeywords = ["是否", "分项", "区间", "等次", "扣分", "按比例", "酌情", "不适用"];

    /// <summary>Whether the parser recovered from an error anywhere inside <paramref name="context"/>.</summary>
    private static bool HasErrors(IParseTree context) => context switch
    {
        IErrorNode => true,
        ParserRuleContext rule => rule.exception is not null || Enumerable.Range(0, rule.ChildCount).Any(i => HasErrors(rule.GetChild(i))),
        _ => false,
    };

    private void Rule(RuleBlockContext rule)
    {
        var span = Span(rule.Start, rule.Stop);
        if (HasErrors(rule))
        {
            _tree.AddRule(new BadRuleSyntax(LineSpan(rule)));
            return;
        }

        if (rule is NotApplicableRuleContext notApplicable)
        {
            var policy = notApplicable.naPolicy.Text == "得满分" ? NotApplicablePolicy.FullMarks : NotApplicablePolicy.Redistribute;
            _tree.AddNotApplicable(new NotApplicableSyntax(policy, span));
            return;
        }

        if (RuleSyntax(rule, span) is { } syntax)
        {
            _tree.AddRule(syntax);
        }
    }

    private RuleSyntax? RuleSyntax(RuleBlockContext rule, SourceSpan span) => rule switch
    {
        PassFailRuleContext pass => new PassFailRuleSyntax(
            pass.conditionText() is { } condition ? Normalize(source.Slice(Span(condition))) : null,
            pass.passOutcome()?.POINTS() is { } points ? Quantity(points) : null,
            pass.passOutcome() is { } outcome && outcome.POINTS() is null,
            pass.passOutcome()?.otherwise()?.POINTS() is { } deduction ? Quantity(deduction) : null,
            span),
        ChecklistRuleContext checklist => new ChecklistRuleSyntax(checklist.checkItem().Select(ChecklistItem).OfType<ChecklistItemSyntax>().ToEquatableArray(), span),
        EqualShareChecklistRuleContext checklist => new ChecklistRuleSyntax(checklist.shareItem().Select(ShareItem).OfType<ChecklistItemSyntax>().ToEquatableArray(), span, EqualShares: true),
        InlineChecklistRuleContext checklist => new ChecklistRuleSyntax(checklist.checkEntry().Select(ChecklistEntry).OfType<ChecklistItemSyntax>().ToEquatableArray(), span),
        BandRuleContext band => Name(band.name()) is { } subject
            ? new BandRuleSyntax(subject, band.bandRow().Select(row => BandRow(row, row.bandRange(), row.bandOutcome(), LineSpan(row))).OfType<BandRowSyntax>().ToEquatableArray(), span)
            : null,
        InlineBandRuleContext band => Name(band.name()) is { } subject
            ? new BandRuleSyntax(subject, band.bandEntry().Select(entry => BandRow(entry, entry.bandRange(), entry.bandOutcome(), Span(entry))).OfType<BandRowSyntax>().ToEquatableArray(), span)
            : null,
        LevelRuleContext levels => new LevelRuleSyntax(levels.levelLine().Select(line => Level(line.levelEntry())).OfType<LevelSyntax>().ToEquatableArray(), span),
        InlineLevelRuleContext levels => new LevelRuleSyntax(levels.levelEntry().Select(Level).OfType<LevelSyntax>().ToEquatableArray(), span),
        DeductionRuleContext deduction => new DeductionRuleSyntax(
            deduction.deductionItem().Select(DeductionItem).OfType<DeductionItemSyntax>().ToEquatableArray(),
            Quantity(deduction.deductionFloor()?.POINTS()),
            span),
        InlineDeductionRuleContext deduction => new DeductionRuleSyntax(
            deduction.deductionEntry().Select(DeductionEntry).OfType<DeductionItemSyntax>().ToEquatableArray(),
            Quantity(deduction.deductionFloor()?.POINTS()),
            span),
        ProportionalRuleContext proportional => Name(proportional.name()) is { } subject
            ? new ProportionalRuleSyntax(
                subject,
                proportional.POINTS() is { } written ? Quantity(written) : null,
                proportional.capClause()?.bound() is { } cap ? Bound(cap) : null,
                span)
            : null,
        DiscretionaryRuleContext discretionary => new DiscretionaryRuleSyntax(
            discretionary.text() is { } text ? Text(text) : null,
            discretionary.NUMBER() is { } lowest && Quantity(lowest) is { } low && Quantity(discretionary.POINTS()) is { } high ? (low, high) : null,
            span),
        StepRuleContext step => StepRule(step, span),
        PendingRuleContext pending => new PendingRuleSyntax(pending.text() is { } text ? Text(text) : null, span),
        _ => null,
    };

    private StepRuleSyntax? StepRule(StepRuleContext step, SourceSpan span)
    {
        if (Name(step.name()) is not { } subject || step.bound() is not { } boundContext || Bound(boundContext) is not { } threshold
            || step.comparison() is not { } comparison || step.stepClause() is not { } clause)
        {
            return null;
        }

        var fullMarks = step.fullMarks()?.POINTS() is { } points ? Quantity(points) : null;
        return StepClause(clause, step.stepRounding()) is { } stepClause
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
            ? new DeductionItemSyntax(Normalize(item.itemMark().GetText()), Text(text).TrimEnd('，', ','), item.unitWord()?.GetText(), points, LineSpan(item))
            : null;

    private DeductionItemSyntax? DeductionEntry(DeductionEntryContext item) =>
        item.exception is null && item.entryText() is { } text && Quantity(item.POINTS()) is { } points
            ? new DeductionItemSyntax(Normalize(item.itemMark().GetText()), EntryText(text).TrimEnd('，', ','), item.unitWord()?.GetText(), points, Span(item))
            : null;

    private LevelSyntax? Level(LevelEntryContext? entry)
    {
        if (entry is null || entry.exception is not null || entry.levelName()?.entryText() is not { } nameText || entry.levelPoints() is not { } points)
        {
            return null;
        }

        var name = new NameSyntax(EntryText(nameText), Span(nameText));

        QuantitySyntax? value = points.POINTS() is { } p ? Quantity(p) : null;
        if (points.GetText() == "不得分")
        {
            value = QuantitySyntax.NoPoints(Span(points));
        }

        return new LevelSyntax(name, value, Span(entry), points.GetChild(0).GetText() == "扣");
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
            StepOutcomeContext step => Quantity(step.POINTS()) is { } start && step.stepClause() is { } clause && StepClause(clause, step.stepRounding()) is { } stepClause
                ? new StepOutcomeSyntax(start, stepClause, Span(step))
                : null,
            DiscretionaryOutcomeContext discretionary => new DiscretionaryOutcomeSyntax(Span(discretionary)),
            ColonOutcomeContext colon => Quantity(colon.POINTS()) is { } points ? new FixedOutcomeSyntax(points, false, Span(colon)) : null,
            _ => null,
        };
        return outcome is null ? null : new BandRowSyntax(range, outcome, rowSpan);
    }

    private StepClauseSyntax? StepClause(StepClauseContext clause, StepRoundingContext? rounding)
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
        return new StepClauseSyntax(dir, stepSize, perStep, roundingSyntax, span);
    }

    // 每少5% means five percentage points: a step is always a difference of values, never a ratio of them.
    private QuantitySyntax? StepSize(StepSizeContext size) =>
        size.NUMBER() is { } number && size.unitWord() is { } unit
            ? WithUnit(Quantity(number), unit)
            : Quantity(size.PERCENT_POINTS() ?? size.PERCENT() ?? size.MONEY() ?? size.NUMBER());

    /// <summary>A literal with the unit written after it, if any: 30户.</summary>
    private QuantitySyntax? Counted(LiteralContext? literal, UnitWordContext? unit) =>
        unit is null ? Quantity(literal) : WithUnit(Quantity(literal), unit);

    private QuantitySyntax? WithUnit(QuantitySyntax? value, UnitWordContext unit) => value is null
        ? null
        : value with { CountUnit = unit.GetText(), Text = value.Text + unit.GetText(), Span = value.Span.Cover(Span(unit)) };

    // ---------------------------------------------------------------- ranges

    private RangeSyntax? Range(RangeContext range)
    {
        if (range.exception is not null)
        {
            return null;
        }

        var text = Normalize(source.Slice(Span(range)));
        var span = Span(range);
        switch (range)
        {
            case IntervalRangeContext interval when Bound(interval.lower) is { } lower && Bound(interval.upper) is { } upper:
                return new RangeSyntax(
                    Finite(lower), interval.open.Type == LBRACKET,
                    Finite(upper), interval.close.Type == RBRACKET,
                    RangeForm.Interval, text, span);
            case ComparisonRangeContext comparison when Bound(comparison.bound()) is { } bound:
                return Comparison(comparison.comparison()) switch
                {
                    ComparisonOperator.GreaterOrEqual => new RangeSyntax(bound, true, null, false, RangeForm.Comparison, text, span),
                    ComparisonOperator.Greater => new RangeSyntax(bound, false, null, false, RangeForm.Comparison, text, span),
                    ComparisonOperator.LessOrEqual => new RangeSyntax(null, false, bound, true, RangeForm.Comparison, text, span),
                    ComparisonOperator.Less => new RangeSyntax(null, false, bound, false, RangeForm.Comparison, text, span),
                    ComparisonOperator.Equal => new RangeSyntax(bound, true, bound, true, RangeForm.Comparison, text, span),
                    var other => throw new UnreachableException($"comparison {other}"),
                };
            case SuffixRangeContext suffix when Bound(suffix.bound()) is { } bound:
                // 以上、以下、以内 include the bound (民法典第一千二百五十九条).
                return suffix.suffix.Text is "以上" or "及以上"
                    ? new RangeSyntax(bound, true, null, false, RangeForm.Suffix, text, span)
                    : new RangeSyntax(null, false, bound, true, RangeForm.Suffix, text, span);
            case PrefixRangeContext prefix when Bound(prefix.bound()) is { } bound:
                // 不满、超过、低于 exclude it; 不低于/不高于 include it.
                return prefix.prefix.Text switch
                {
                    "超过" or "高于" or "大于" => new RangeSyntax(bound, false, null, false, RangeForm.Prefix, text, span),
                    "不低于" => new RangeSyntax(bound, true, null, false, RangeForm.Prefix, text, span),
                    "不高于" => new RangeSyntax(null, false, bound, true, RangeForm.Prefix, text, span),
                    "不满" or "低于" or "不足" or "小于" => new RangeSyntax(null, false, bound, false, RangeForm.Prefix, text, span),
                    var other => throw new UnreachableException($"range prefix {other}"),
                };
            case DashRangeContext dash when Bound(dash.lower) is { } lower && Bound(dash.upper) is { } upper:
                return new RangeSyntax(lower, true, upper, true, RangeForm.Dash, text, span);
            case ChainedRangeContext chained when Bound(chained.lower) is { } lower && Bound(chained.upper) is { } upper
                                              && chained.first is not null && chained.second is not null:
                return new RangeSyntax(
                    lower, Comparison(chained.first) == ComparisonOperator.LessOrEqual,
                    upper, Comparison(chained.second) == ComparisonOperator.LessOrEqual,
                    RangeForm.Chained, text, span, Name(chained.name()));
            case MarkedSuffixRangeContext marked when Bound(marked.bound()) is { } bound:
                return marked.suffix.Text == "以上"
                    ? new RangeSyntax(bound, Holds(marked.inclusion()), null, false, RangeForm.Marked, text, span)
                    : new RangeSyntax(null, false, bound, Holds(marked.inclusion()), RangeForm.Marked, text, span);
            case MarkedRangeContext marked when Bound(marked.lower) is { } lower && Bound(marked.upper) is { } upper:
                return new RangeSyntax(lower, marked.above is null && Holds(marked.lowerMark), upper, Holds(marked.upperMark), RangeForm.Marked, text, span);
            case EqualRangeContext equal when Bound(equal.bound()) is { } bound:
                return new RangeSyntax(bound, true, bound, true, RangeForm.Comparison, text, span);
            default:
                return null;
        }
    }

    /// <summary>A band's range: any range, one value (「100% 得6分」), or the subject compared (「y≥8%」).</summary>
    private RangeSyntax? BandRange(BandRangeContext range)
    {
        if (range.exception is not null)
        {
            return null;
        }

        var text = Normalize(source.Slice(Span(range)));
        var span = Span(range);
        switch (range)
        {
            case WrittenRangeContext written:
                return written.range() is { } inner ? Range(inner) : null;
            case ExactRangeContext exact when Bound(exact.bound()) is { } bound:
                return new RangeSyntax(bound, true, bound, true, RangeForm.Comparison, text, span);
            case VariableRangeContext variable when Bound(variable.bound()) is { } bound && Name(variable.variable) is { } name:
                return Comparison(variable.comparison()) switch
                {
                    ComparisonOperator.GreaterOrEqual => new RangeSyntax(bound, true, null, false, RangeForm.Comparison, text, span, name),
                    ComparisonOperator.Greater => new RangeSyntax(bound, false, null, false, RangeForm.Comparison, text, span, name),
                    ComparisonOperator.LessOrEqual => new RangeSyntax(null, false, bound, true, RangeForm.Comparison, text, span, name),
                    ComparisonOperator.Less => new RangeSyntax(null, false, bound, false, RangeForm.Comparison, text, span, name),
                    ComparisonOperator.Equal => new RangeSyntax(bound, true, bound, true, RangeForm.Comparison, text, span, name),
                    var other => throw new UnreachableException($"comparison {other}"),
                };
            default:
                return null;
        }
    }

    private static bool Holds(InclusionContext? inclusion) => inclusion?.mark?.Text == "含";

    private static BoundSyntax? Finite(BoundSyntax bound) => bound is InfinityBound ? null : bound;

    private BoundSyntax? Bound(BoundContext? bound)
    {
        if (bound is null || bound.exception is not null)
        {
            return null;
        }

        if (bound.INFINITY() is not null)
        {
            return new InfinityBound(Span(bound));
        }

        // A 目标值's written value is a literal too: 参保率目标（95%）.
        if (bound.name() is null && bound.literal() is { } literal)
        {
            return Counted(literal, bound.unit) is { } value ? new QuantityBoundSyntax(value) : null;
        }

        return Name(bound.name()) is { } name ? new NameBoundSyntax(name, bound.written is { } written ? Counted(written, bound.writtenUnit) : null) : null;
    }

    /// <summary>Only inside the builder: ∞ as a bound means "no bound".</summary>
    private sealed record InfinityBound(SourceSpan Span) : BoundSyntax(Span);

    private static ComparisonOperator Comparison(ComparisonContext comparison) => comparison.Start.Type switch
    {
        GE => ComparisonOperator.GreaterOrEqual,
        LE => ComparisonOperator.LessOrEqual,
        GT => ComparisonOperator.Greater,
        LT => ComparisonOperator.Less,
        EQ => ComparisonOperator.Equal,
        var other => throw new UnreachableException($"comparison token {other}"),
    };

    // ---------------------------------------------------------------- names, numbers, spans

    private NameSyntax? Name(NameContext? name)
    {
        if (name is null || name.exception is not null || name.Start is null || name.Stop is null || name.Stop.StopIndex < name.Start.StartIndex)
        {
            return null;
        }

        var span = Span(name);
        return name.QUOTED() is { } quoted
            ? new NameSyntax(Unquote(quoted.GetText()), span)
            : new NameSyntax(Normalize(source.Slice(span)), span);
    }

    private string Text(ParserRuleContext text)
    {
        var atoms = text.GetRuleContexts<TextAtomContext>();
        if (atoms.Length == 1 && atoms[0].QUOTED() is { } quoted)
        {
            return Unquote(quoted.GetText());
        }

        return Normalize(source.Slice(Span(text)));
    }

    /// <summary>An entry's text: one quoted string unquoted, else the source trimmed with its white space collapsed.</summary>
    private string EntryText(EntryTextContext text) =>
        text.ChildCount == 1 && text.QUOTED() is { Length: 1 } quoted ? Unquote(quoted[0].GetText()) : Normalize(source.Slice(Span(text)));

    private static string Unquote(string quoted) => quoted.Length >= 2 ? quoted[1..^1].Trim() : quoted;

    /// <summary>Trims and collapses runs of white space to one space, so "政策 制定" and "政策  制定" are one name.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private QuantitySyntax? Quantity(LiteralContext? literal) =>
        literal is null || literal.exception is not null ? null : Quantity((ITerminalNode)literal.GetChild(0));

    private QuantitySyntax? Quantity(ITerminalNode? node)
    {
        if (node is null || node.Symbol.Type == TokenConstants.EOF || node is IErrorNode)
        {
            return null;
        }

        var token = node.Symbol;
        var text = token.Text;
        var span = Span(token, token);
        var (digits, unit, scale) = SplitUnit(text);
        if (!decimal.TryParse(ToAsciiDigits(digits), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !ReadsExactly(ToAsciiDigits(digits), value)
            || !TryScale(value, scale, out var scaled))
        {
            diagnostics.Add(DiagnosticCatalog.NumberOutOfRange(new SourceLocation(source, span), text));
            _complete = false;
            return null;
        }

        if (Limit(unit) is { } limit && value > limit.Value)
        {
            // Points and percentages are multiplied and summed through the tree; beyond these no scheme means them.
            diagnostics.Add(DiagnosticCatalog.NumberAboveLimit(new SourceLocation(source, span), text, limit.Text));
            _complete = false;
            return null;
        }

        return new QuantitySyntax(scaled, unit, Normalize(text), span);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is the number written: decimal keeps 28 to 29 significant digits and rounds the
    /// rest away without a word, so 小数位 0.00000000000000000000000000001 would read as 0.
    /// </summary>
    private static bool ReadsExactly(string digits, decimal value) =>
        Canonical(digits) == Canonical(value.ToString(CultureInfo.InvariantCulture));

    private static string Canonical(string digits)
    {
        var trimmed = digits.Contains('.') ? digits.TrimEnd('0').TrimEnd('.') : digits;
        trimmed = trimmed.TrimStart('0');
        return trimmed.Length == 0 || trimmed[0] == '.' ? "0" + trimmed : trimmed;
    }

    private static (decimal Value, string Text)? Limit(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Points => (MaxPoints, "1000000000分"),
        QuantityUnit.Percent or QuantityUnit.PercentagePoints => (MaxPercent, "1000000%"),
        QuantityUnit.None or QuantityUnit.Yuan => null,
        _ => throw new UnreachableException($"unit {unit}"),
    };

    /// <summary>总分 may be written without 分; it is points all the same, with their limit.</summary>
    private bool WithinPoints(QuantitySyntax total)
    {
        if (total.Value <= MaxPoints)
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.NumberAboveLimit(new SourceLocation(source, total.Span), total.Text, "1000000000分"));
        _complete = false;
        return false;
    }

    /// <summary>The largest points a scheme may write: far above any real 总分, far below decimal's range once summed.</summary>
    public const decimal MaxPoints = 1_000_000_000m;

    /// <summary>The largest percentage (as written, before ÷ 100): nested relative weights multiply four of them at most.</summary>
    public const decimal MaxPercent = 1_000_000m;

    private static bool TryScale(decimal value, decimal scale, out decimal scaled)
    {
        try
        {
            scaled = value * scale;
            return true;
        }
        catch (OverflowException)
        {
            scaled = 0m;
            return false;
        }
    }

    private static (string Digits, QuantityUnit Unit, decimal Scale) SplitUnit(string text)
    {
        text = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
        if (text.EndsWith("个百分点", StringComparison.Ordinal))
        {
            var digits = text[..^4];
            return (digits == "一" ? "1" : digits, QuantityUnit.PercentagePoints, 0.01m);
        }

        if (text.EndsWith('%') || text.EndsWith('％'))
        {
            return (text[..^1], QuantityUnit.Percent, 0.01m);
        }

        if (text.EndsWith("万元", StringComparison.Ordinal))
        {
            return (text[..^2], QuantityUnit.Yuan, 10_000m);
        }

        if (text.EndsWith("亿元", StringComparison.Ordinal))
        {
            return (text[..^2], QuantityUnit.Yuan, 100_000_000m);
        }

        if (text.EndsWith('元'))
        {
            return (text[..^1], QuantityUnit.Yuan, 1m);
        }

        if (text.EndsWith('分'))
        {
            return (text[..^1], QuantityUnit.Points, 1m);
        }

        return (text, QuantityUnit.None, 1m);
    }

    /// <summary>０-９ and ． as 0-9 and .: a full-width number reads as the same number everywhere.</summary>
    private static string ToAsciiDigits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                    '．' => '.',
                    _ => c,
                };
            }
        });

    private static SourceSpan Span(ParserRuleContext context) => Span(context.Start, context.Stop);

    /// <summary>The span of a line-ending rule without its trailing line break.</summary>
    private SourceSpan LineSpan(ParserRuleContext context)
    {
        var span = Span(context);
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(source.Text[end - 1]))
        {
            end--;
        }

        return SourceSpan.FromBounds(span.Start, end);
    }

    private static SourceSpan Span(IToken start, IToken? stop) =>
        SourceSpan.FromBounds(start.StartIndex, Math.Max(start.StartIndex, (stop ?? start).StopIndex + 1));
}
