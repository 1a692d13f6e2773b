using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>
/// Syntax tree → bound model: resolves names, units and bounds, multiplies out relative weights and reports
/// what cannot mean anything (SL1004–SL1005, SL2xxx). Consistency of the numbers is left to the checks.
/// </summary>
public sealed partial class Binder
{
    public const int MaxDepth = 4;

    /// <summary>Leaf scores are rounded to this many decimal places unless 小数位 says otherwise, and to at most <see cref="MaxDecimals"/>.</summary>
    public const int DefaultDecimals = 2;

    public const int MaxDecimals = 6;

    private readonly SchemeSyntax _syntax;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, DataItemSyntax> _dataSyntax = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuantitySyntax> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _dataItems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _binding = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _leafKeys = new(StringComparer.Ordinal);
    private WeightStyle _weightStyle;
    private int _decimals;

    private Binder(SchemeSyntax syntax, DiagnosticBag diagnostics)
    {
        _syntax = syntax;
        _diagnostics = diagnostics;
    }

    public static BoundScheme Bind(SchemeSyntax syntax, DiagnosticBag diagnostics) => new Binder(syntax, diagnostics).Bind();

    private SourceFile Source => _syntax.Source;

    private SourceLocation At(SourceSpan span) => new(Source, span);

    private BoundScheme Bind()
    {
        var title = Header<TitleHeaderSyntax>("方案", "方案 2023年某项目绩效评价")?.Title ?? string.Empty;
        var yearHeader = Header<YearHeaderSyntax>("年度", null);
        var year = yearHeader?.Year.Value is { } y ? (int?)(int)Math.Min(y, 9999) : null;
        var totalHeader = Header<TotalHeaderSyntax>("总分", "总分 100");
        var total = totalHeader?.Total.Value ?? 100m;
        _weightStyle = Header<WeightStyleHeaderSyntax>("权重", null)?.Style ?? WeightStyle.Points;
        var missing = Header<MissingPolicyHeaderSyntax>("缺失数据", null)?.Policy ?? MissingDataPolicy.Error;
        var decimals = Decimals(Header<DecimalsHeaderSyntax>("小数位", null));
        _decimals = decimals;
        var percentReading = Header<PercentReadingHeaderSyntax>("百分比数据", null)?.Reading ?? PercentReading.SignRequired;

        CheckTargetYears(yearHeader?.Year);
        foreach (var target in _syntax.Targets)
        {
            if (!_targets.TryAdd(target.Name.Text, target.Value) || _syntax.DataItems.Any(item => item.Name.Text == target.Name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateName(At(target.Name.Span), target.Name.Text));
            }
        }

        foreach (var item in _syntax.DataItems)
        {
            if (!_dataSyntax.TryAdd(item.Name.Text, item))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateName(At(item.Name.Span), item.Name.Text));
            }
        }

        foreach (var item in _syntax.DataItems)
        {
            BindDataItem(item.Name.Text);
        }

        var indicators = BindIndicators(_syntax.Indicators, parent: null, parentWeight: total, depth: 1);
        var grades = _syntax.Grades.Select(BindGrade).OfType<Grade>().ToEquatableArray();
        var vetoes = _syntax.Vetoes.Select((veto, index) => new Veto(index + 1, veto.Text, veto.Effect is VetoDeductSyntax deduct ? deduct.Points.Value : null, veto.Span)).ToEquatableArray();
        var constraints = _syntax.Constraints.Select(constraint => BindConstraint(constraint, indicators)).OfType<StructuralConstraint>().ToEquatableArray();

        foreach (var item in _syntax.DataItems)
        {
            if (!_used.Contains(item.Name.Text) && _dataItems.ContainsKey(item.Name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.UnusedDataItem(At(item.Name.Span), item.Name.Text));
            }
        }

        var dataItems = _syntax.DataItems
            .Select(item => _dataItems.GetValueOrDefault(item.Name.Text))
            .OfType<DataItem>()
            .Distinct()
            .ToEquatableArray();
        var scheme = new BoundScheme(Source, title, year, total, totalHeader?.Total.Span ?? new SourceSpan(0, 0), _weightStyle, missing, decimals, percentReading, dataItems, indicators, grades, vetoes, constraints, EquatableArray<SchemeTest>.Empty);
        return scheme with { Tests = _syntax.Tests.Select(test => BindTest(test, scheme)).ToEquatableArray() };
    }

    private T? Header<T>(string name, string? requiredExample)
        where T : HeaderSyntax
    {
        var headers = _syntax.Headers.OfType<T>().ToArray();
        foreach (var duplicate in headers.Skip(1))
        {
            _diagnostics.Add(DiagnosticCatalog.DuplicateHeader(At(duplicate.Span), name));
        }

        if (headers.Length == 0 && requiredExample is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingHeader(At(new SourceSpan(0, 0)), name, requiredExample));
        }

        return headers.FirstOrDefault();
    }

    /// <summary>目标值 2023 says whose targets these are; in a 2024 scheme they would score against another year's numbers.</summary>
    private void CheckTargetYears(QuantitySyntax? schemeYear)
    {
        foreach (var written in _syntax.Targets.Select(target => target.Year).OfType<QuantitySyntax>().Distinct())
        {
            if (schemeYear is null)
            {
                _diagnostics.Add(DiagnosticCatalog.TargetYearWithoutSchemeYear(At(written.Span), written.Value));
            }
            else if (written.Value != schemeYear.Value)
            {
                _diagnostics.Add(DiagnosticCatalog.TargetYearMismatch(At(written.Span), written.Value, schemeYear.Value));
            }
        }
    }

    /// <summary>A count of places outside 0–6 is reported, never clamped to a number the author did not write.</summary>
    private int Decimals(DecimalsHeaderSyntax? header)
    {
        if (header is null)
        {
            return DefaultDecimals;
        }

        var places = header.Decimals.Value;
        if (places <= MaxDecimals && places == decimal.Truncate(places))
        {
            return (int)places;
        }

        _diagnostics.Add(DiagnosticCatalog.DecimalsOutOfRange(At(header.Decimals.Span), header.Decimals.Text, MaxDecimals));
        return DefaultDecimals;
    }

    // ---------------------------------------------------------------- data items and formulas

    private DataItem? BindDataItem(string name)
    {
        if (_dataItems.TryGetValue(name, out var bound))
        {
            return bound;
        }

        if (!_dataSyntax.TryGetValue(name, out var syntax) || _tooDeep.Contains(name))
        {
            return null;
        }

        if (!_binding.Add(name))
        {
            _diagnostics.Add(DiagnosticCatalog.FormulaCycle(At(syntax.Name.Span), name));
            return null;
        }

        if (!EnterFormula(syntax))
        {
            _binding.Remove(name);
            return null;
        }

        var formula = syntax.Formula is { } f ? BindExpression(f) : null;
        if (!ExitFormula(syntax, formula))
        {
            _binding.Remove(name);
            return null;
        }

        var (type, unit, scale) = syntax.Type switch
        {
            { Kind: DataTypeKind.Money } money => (DataTypeKind.Money, money.Unit, MoneyScale(money.Unit)),
            { } declared => (declared.Kind, declared.Unit, 1m),
            null when formula?.Dimension.Kind == DimensionKind.Money => (DataTypeKind.Money, "元", 1m),
            null when formula?.Dimension.Kind == DimensionKind.Count => (DataTypeKind.Count, formula.Dimension.Unit, 1m),
            null => (DataTypeKind.Percent, "%", 1m),
        };

        var domain = syntax.Domain is { } range ? BindRange(range, type == DataTypeKind.Percent) ?? DefaultDomain(type)
            : formula is not null ? InferDomain(formula, syntax.ZeroFallback?.Value)
            : DefaultDomain(type);
        bound = new DataItem(name, type, unit, scale, domain, formula, syntax.ZeroFallback?.Value, syntax.Span);

        if (formula is not null && bound.IsNumeric && !Compatible(formula.Dimension, bound.Dimension))
        {
            _diagnostics.Add(DiagnosticCatalog.DeclaredUnitMismatch(At(syntax.Formula!.Span), name, bound.Dimension.ToString(), formula.Dimension.ToString()));
        }

        if (formula is not null && syntax.ZeroFallback is null && FindUnguardedDivisor(formula) is { } divisor)
        {
            _diagnostics.Add(DiagnosticCatalog.UnguardedDivision(At(divisor.Span), Source.Slice(divisor.Span)));
        }

        _binding.Remove(name);
        _dataItems[name] = bound;
        return bound;
    }

    private static decimal MoneyScale(string? unit) => unit switch
    {
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => 1m,
    };

    // Rates, amounts and counts are never negative unless the author says so with 范围.
    private static Interval DefaultDomain(DataTypeKind type) => type switch
    {
        DataTypeKind.Number => Interval.All,
        DataTypeKind.Percent or DataTypeKind.Money or DataTypeKind.Count or DataTypeKind.Boolean or DataTypeKind.Text => Interval.AtLeast(0m),
        _ => throw new System.Diagnostics.UnreachableException($"data type {type}"),
    };

    /// <summary>A formula's range from its operands' ranges; a declared fallback for 0 divisors is one more possible value.</summary>
    private Interval InferDomain(BoundExpression formula, decimal? zeroFallback)
    {
        var inferred = DomainInference.Of(formula, ItemDomain);
        return zeroFallback is { } fallback ? DomainInference.Including(inferred, fallback) : inferred;
    }

    private Interval ItemDomain(string name) => _dataItems.TryGetValue(name, out var item) ? item.Domain : Interval.All;

    private static bool Compatible(Dimension a, Dimension b) =>
        a.Kind == DimensionKind.Unknown || b.Kind == DimensionKind.Unknown
        || (a.Kind == b.Kind && (a.Kind != DimensionKind.Count || a.Unit is null || b.Unit is null || a.Unit == b.Unit));

    private BoundExpression BindExpression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return new LiteralExpression(literal.Value.Value, literal.Value.Unit == QuantityUnit.Yuan ? Dimension.Money : Dimension.Ratio, literal.Span);
            case NameExpressionSyntax name:
                return BindName(name.Name);
            case NegateExpressionSyntax negate:
                return new NegateExpression(BindExpression(negate.Operand), negate.Span);
            case BinaryExpressionSyntax binary:
                var left = BindExpression(binary.Left);
                var right = BindExpression(binary.Right);
                return new BinaryExpression(left, binary.Operator, right, ResultDimension(left, binary.Operator, right, binary.Span), binary.Span);
            default:
                throw new InvalidOperationException($"unknown expression {expression.GetType().Name}");
        }
    }

    private BoundExpression BindName(NameSyntax name)
    {
        if (_targets.TryGetValue(name.Text, out var target))
        {
            return new LiteralExpression(target.Value, target.Unit == QuantityUnit.Yuan ? Dimension.Money : Dimension.Ratio, name.Span);
        }

        _used.Add(name.Text);
        if (BindDataItem(name.Text) is { } item)
        {
            return new DataReferenceExpression(item.Name, item.Dimension, name.Span);
        }

        if (!_dataSyntax.ContainsKey(name.Text))
        {
            _diagnostics.Add(DiagnosticCatalog.UndefinedName(At(name.Span), name.Text));
        }

        return new DataReferenceExpression(name.Text, Dimension.Unknown, name.Span);
    }

    private Dimension ResultDimension(BoundExpression left, BinaryOperator op, BoundExpression right, SourceSpan span)
    {
        var (l, r) = (left.Dimension, right.Dimension);
        if (l.Kind == DimensionKind.Unknown || r.Kind == DimensionKind.Unknown)
        {
            return Dimension.Unknown;
        }

        switch (op)
        {
            case BinaryOperator.Add or BinaryOperator.Subtract:
                if (!Compatible(l, r))
                {
                    _diagnostics.Add(DiagnosticCatalog.UnitMismatch(At(span), l.ToString(), r.ToString(), op == BinaryOperator.Add ? "加法" : "减法"));
                }

                return l;
            case BinaryOperator.Multiply:
                // An amount per person times persons is an amount; an amount times an amount means nothing.
                if (l.Kind == DimensionKind.Money && r.Kind == DimensionKind.Money)
                {
                    _diagnostics.Add(DiagnosticCatalog.UnitMismatch(At(span), l.ToString(), r.ToString(), "乘法"));
                }

                return l.Kind == DimensionKind.Money || r.Kind == DimensionKind.Money ? Dimension.Money
                    : l.Kind == DimensionKind.Ratio ? r
                    : r.Kind == DimensionKind.Ratio ? l
                    : Dimension.Count(null);
            default:
                if (Compatible(l, r))
                {
                    return Dimension.Ratio;
                }

                if (r.Kind == DimensionKind.Ratio)
                {
                    return l;
                }

                // An amount per person (金额 ÷ 人) is legitimate, and so is a count per count of another unit.
                return l.Kind == DimensionKind.Money ? Dimension.Money : Dimension.Ratio;
        }
    }

    /// <summary>The first divisor that may be zero: anything but a non-zero literal or an item whose domain excludes 0.</summary>
    private BoundExpression? FindUnguardedDivisor(BoundExpression expression) => expression switch
    {
        BinaryExpression { Operator: BinaryOperator.Divide } division when MayBeZero(division.Right) => division.Right,
        BinaryExpression binary => FindUnguardedDivisor(binary.Left) ?? FindUnguardedDivisor(binary.Right),
        NegateExpression negate => FindUnguardedDivisor(negate.Operand),
        _ => null,
    };

    private bool MayBeZero(BoundExpression expression) => DomainInference.Of(expression, ItemDomain).Contains(0m);

    // ---------------------------------------------------------------- ranges and bounds

    /// <summary>
    /// A range in the subject's unit. A percentage's bound carries its %, or shares the other bound's ("95-100%"); a
    /// bare 90 on its own is reported (and read as 90%).
    /// </summary>
    private Interval? BindRange(RangeSyntax range, bool percentSubject)
    {
        var shared = percentSubject && new[] { range.Lower, range.Upper }.Any(bound => bound is QuantityBoundSyntax { Value.Unit: QuantityUnit.Percent });
        var lower = range.Lower is { } l ? BindBound(l, percentSubject, shared) : null;
        var upper = range.Upper is { } u ? BindBound(u, percentSubject, shared) : null;
        if ((range.Lower is not null && lower is null) || (range.Upper is not null && upper is null))
        {
            return null;
        }

        return new Interval(lower, range.LowerClosed, upper, range.UpperClosed);
    }

    private decimal? BindBound(BoundSyntax bound, bool percentSubject, bool percentWrittenBeside = false)
    {
        switch (bound)
        {
            case QuantityBoundSyntax { Value: { Unit: QuantityUnit.None } bare } when percentSubject:
                if (!percentWrittenBeside)
                {
                    _diagnostics.Add(DiagnosticCatalog.PercentSignMissing(At(bare.Span), bare.Text));
                }

                return bare.Value / 100m;
            case QuantityBoundSyntax quantity:
                return quantity.Value.Value;
            case NameBoundSyntax name when _targets.TryGetValue(name.Name.Text, out var target):
                return target.Value;
            case NameBoundSyntax name:
                _diagnostics.Add(DiagnosticCatalog.UndefinedName(At(name.Span), name.Name.Text));
                return null;
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- indicators

    private EquatableArray<Indicator> BindIndicators(EquatableArray<IndicatorSyntax> siblings, IndicatorSyntax? parent, decimal parentWeight, int depth)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bound = new List<Indicator>();
        var weights = SiblingWeights(siblings, parentWeight);
        for (var i = 0; i < siblings.Count; i++)
        {
            var syntax = siblings[i];
            if (!names.Add(syntax.Name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateSiblingName(At(syntax.Name.Span), syntax.Name.Text, parent?.Name.Text ?? _syntaxTitle));
            }

            if (syntax.Code is { } code && !_codes.TryAdd(code.Text, code.Span))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateCode(At(code.Span), code.Text));
            }

            bound.Add(BindIndicator(syntax, weights[i], depth));
        }

        return bound.ToEquatableArray();
    }

    private string _syntaxTitle => _syntax.Headers.OfType<TitleHeaderSyntax>().FirstOrDefault()?.Title ?? "方案";

    /// <summary>
    /// Each sibling's weight in points: as written, or its percentage of the parent's points apportioned so that the
    /// siblings still add up to the parent exactly (see <see cref="Apportionment"/>).
    /// </summary>
    private decimal[] SiblingWeights(EquatableArray<IndicatorSyntax> siblings, decimal parentWeight)
    {
        var written = siblings.Select(sibling => sibling.Weight).ToArray();
        if (written.Length == 0 || written.Any(weight => weight.Unit != QuantityUnit.Percent))
        {
            return [.. written.Select(weight => weight.Unit == QuantityUnit.Percent ? parentWeight * weight.Value : weight.Value)];
        }

        var exact = written.Select(weight => parentWeight * weight.Value).ToArray();
        var sum = written.Sum(weight => weight.Value);
        return sum == 1m ? Apportionment.LargestRemainder(parentWeight, exact, _decimals) : exact;
    }

    private Indicator BindIndicator(IndicatorSyntax syntax, decimal weight, int depth)
    {
        var isPercent = syntax.Weight.Unit == QuantityUnit.Percent;
        if (isPercent != (_weightStyle == WeightStyle.Relative))
        {
            _diagnostics.Add(DiagnosticCatalog.WeightStyle(At(syntax.Weight.Span), syntax.Name.Text, _weightStyle == WeightStyle.Relative ? "百分比（如 40%）" : "分值（如 5分）"));
        }

        if (depth == MaxDepth + 1)
        {
            _diagnostics.Add(DiagnosticCatalog.TreeTooDeep(At(syntax.Name.Span), syntax.Name.Text, depth));
        }

        var key = syntax.Code?.Text ?? syntax.Name.Text;
        var children = BindIndicators(syntax.Children, syntax, weight, depth + 1);
        BoundRule? rule = null;
        if (children.Count > 0 && syntax.Rule is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.RuleOnParent(At(syntax.Rule.Span), syntax.Name.Text));
        }

        if (children.Count > 0 && syntax.NotApplicable is { } notApplicable)
        {
            _diagnostics.Add(DiagnosticCatalog.NotApplicableOnParent(At(notApplicable.Span), syntax.Name.Text));
        }
        else if (children.Count == 0)
        {
            if (!_leafKeys.TryAdd(key, syntax.Name.Span) && syntax.Code is null)
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateLeafName(At(syntax.Name.Span), key));
            }

            if (syntax.Rule is null)
            {
                _diagnostics.Add(DiagnosticCatalog.LeafWithoutRule(At(syntax.Name.Span), syntax.Name.Text));
            }
            else
            {
                rule = BindRule(syntax.Rule, weight);
            }
        }

        var written = new WrittenWeight(syntax.Weight.Text, syntax.Weight.Value, isPercent);
        return new Indicator(key, syntax.Code?.Text, syntax.Name.Text, weight, written, depth, children, rule, syntax.NotApplicable?.Policy, syntax.Span);
    }

    // ---------------------------------------------------------------- rules

    private BoundRule? BindRule(RuleSyntax rule, decimal weight) => rule switch
    {
        PassFailRuleSyntax pass => new PassFailRule(pass.Condition, pass.Points?.Value ?? weight, pass.Span),
        ChecklistRuleSyntax checklist => new ChecklistRule(
            checklist.Items.Select((item, index) => new ChecklistItem(index + 1, item.Mark, item.Text, item.Points.Value, item.Span)).ToEquatableArray(),
            checklist.Span),
        BandRuleSyntax band => BindBandRule(band, weight),
        StepRuleSyntax step => BindStepRule(step, weight),
        DeductionRuleSyntax deduction => new DeductionRule(
            deduction.Items.Select((item, index) => new DeductionItem(index + 1, item.Mark, item.Text, item.UnitWord, item.Points.Value, item.Span)).ToEquatableArray(),
            deduction.Span),
        ProportionalRuleSyntax proportional => BindSubject(proportional.Subject, "按比例计分") is { } subject
            ? new ProportionalRule(subject.Name, proportional.Cap is { } cap ? BindBound(cap, subject.Type == DataTypeKind.Percent) : null, proportional.Span)
            : null,
        LevelRuleSyntax levels => new LevelRule(
            levels.Levels.Select(level => new Level(level.Name.Text, level.Points?.Value ?? weight, level.Span)).ToEquatableArray(),
            levels.Span),
        DiscretionaryRuleSyntax discretionary => new DiscretionaryRule(discretionary.Guidance, discretionary.Span),
        _ => throw new System.Diagnostics.UnreachableException($"rule kind {rule.GetType().Name} has no binding"),
    };

    private DataItem? BindSubject(NameSyntax name, string ruleName)
    {
        _used.Add(name.Text);
        if (BindDataItem(name.Text) is not { } item)
        {
            if (!_dataSyntax.ContainsKey(name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.UndefinedName(At(name.Span), name.Text));
            }

            return null;
        }

        if (!item.IsNumeric)
        {
            _diagnostics.Add(DiagnosticCatalog.SubjectType(At(name.Span), item.Name, item.Dimension.ToString(), ruleName));
            return null;
        }

        return item;
    }

    private BandRule? BindBandRule(BandRuleSyntax band, decimal weight)
    {
        if (BindSubject(band.Subject, "区间计分") is not { } subject)
        {
            return null;
        }

        var percent = subject.Type == DataTypeKind.Percent;
        var bands = new List<Band>();
        foreach (var row in band.Rows)
        {
            if (BindRange(row.Range, percent) is not { } range)
            {
                continue;
            }

            BandOutcome outcome = row.Outcome switch
            {
                FixedOutcomeSyntax { IsFullMarks: true } => new FixedPointsOutcome(weight),
                FixedOutcomeSyntax fixedOutcome => new FixedPointsOutcome(fixedOutcome.Points!.Value),
                StepOutcomeSyntax step => new StepFromEdgeOutcome(step.Start.Value, BindStep(step.Step)),
                DiscretionaryOutcomeSyntax => new DiscretionaryOutcome(weight),
                _ => throw new System.Diagnostics.UnreachableException($"band outcome {row.Outcome.GetType().Name} has no binding"),
            };
            var display = range.ToDisplayString(subject.Format);
            bands.Add(new Band(range, row.Range.Form == RangeForm.Interval ? display : $"{row.Range.Text}（即 {display}）", row.Range.Form == RangeForm.Dash, outcome, row.Span));
        }

        return new BandRule(subject.Name, bands.ToEquatableArray(), band.Span);
    }

    private StepRule? BindStepRule(StepRuleSyntax step, decimal weight)
    {
        if (BindSubject(step.Subject, "达标扣分") is not { } subject
            || BindBound(step.Threshold, subject.Type == DataTypeKind.Percent) is not { } threshold)
        {
            return null;
        }

        return new StepRule(subject.Name, step.Operator, threshold, step.FullMarks?.Value ?? weight, BindStep(step.Step), step.Span);
    }

    private static StepDeduction BindStep(StepClauseSyntax step) => new(
        step.Direction,
        step.StepSize.Value,
        step.StepSize.Text,
        step.PointsPerStep.Value,
        step.Rounding?.Rounding ?? StepRounding.Floor,
        step.Rounding is not null);

    // ---------------------------------------------------------------- grades, constraints, tests

    private Grade? BindGrade(GradeSyntax grade) =>
        BindRange(grade.Range, percentSubject: false) is { } range ? new Grade(grade.Name.Text, range, grade.Span) : null;

    private StructuralConstraint? BindConstraint(ConstraintSyntax constraint, EquatableArray<Indicator> roots)
    {
        var keys = new List<string>();
        foreach (var name in constraint.Indicators)
        {
            var match = roots.SelectMany(root => root.SelfAndDescendants).FirstOrDefault(indicator => indicator.Name == name.Text || indicator.Code == name.Text);
            if (match is null)
            {
                _diagnostics.Add(DiagnosticCatalog.UndefinedIndicator(At(name.Span), name.Text));
                return null;
            }

            keys.Add(match.Key);
        }

        return new StructuralConstraint(keys.ToEquatableArray(), constraint.Operator, constraint.Value.Value, Source.Slice(constraint.Span), constraint.Span);
    }

    private SchemeTest BindTest(TestCaseSyntax test, BoundScheme scheme)
    {
        var inputKeys = InputCatalog.For(scheme).Keys;
        var indicatorKeys = scheme.AllIndicators.SelectMany(indicator => new[] { indicator.Key, indicator.Name }).ToHashSet(StringComparer.Ordinal);
        ReportRepeatedKeys(test.Inputs, "输入");
        ReportRepeatedKeys(test.Expectations, "期望");
        foreach (var input in test.Inputs.Where(input => !inputKeys.Contains(input.FullKey)))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownTestKey(At(input.Key.Span), input.FullKey));
        }

        foreach (var expectation in test.Expectations.Where(e => e.FullKey is not ("总分" or "等级") && !indicatorKeys.Contains(e.FullKey)))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownTestKey(At(expectation.Key.Span), expectation.FullKey));
        }

        return new SchemeTest(test.Name, test.Inputs.Select(Assignment).ToEquatableArray(), test.Expectations.Select(Assignment).ToEquatableArray(), test.Span);
    }

    /// <summary>A key given twice in one test has two values, and which one the test meant cannot be told.</summary>
    private void ReportRepeatedKeys(EquatableArray<AssignmentSyntax> assignments, string part)
    {
        var first = new Dictionary<string, AssignmentSyntax>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            if (!first.TryAdd(assignment.FullKey, assignment))
            {
                var firstLine = Source.GetPosition(first[assignment.FullKey].Span.Start).Line + 1;
                _diagnostics.Add(DiagnosticCatalog.RepeatedTestKey(At(assignment.Key.Span), assignment.FullKey, part, firstLine));
            }
        }
    }

    private TestAssignment Assignment(AssignmentSyntax assignment) => new(
        assignment.FullKey,
        assignment.Value switch
        {
            QuantityValueSyntax quantity => quantity.Quantity.Text,
            BooleanValueSyntax boolean => boolean.Value ? "是" : "否",
            NotApplicableValueSyntax => "不适用",
            TextValueSyntax text => text.Text,
            _ => Source.Slice(assignment.Value.Span),
        },
        assignment.Span);
}
