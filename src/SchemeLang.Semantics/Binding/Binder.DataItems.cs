using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>Data items and formulas: types, units, domains inferred by interval arithmetic, divisors that may be 0.</summary>
public sealed partial class Binder
{
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
        bound = new DataItem(name, type, unit, scale, domain, syntax.Domain is not null, formula, syntax.ZeroFallback?.Value, syntax.Span);

        if (formula is not null && bound.IsNumeric && !Compatible(formula.Dimension, bound.Dimension))
        {
            _diagnostics.Add(DiagnosticCatalog.DeclaredUnitMismatch(At(syntax.Formula!.Span), name, bound.Dimension.ToString(), formula.Dimension.ToString()));
        }

        if (type == DataTypeKind.Percent && syntax.Formula is { } written && TimesHundred(written) is { } product)
        {
            ReportTimesHundred(syntax, product.Product, product.LastTerm);
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
        || (a.Kind == b.Kind && (a.Kind != DimensionKind.Count || a.Unit is null || b.Unit is null || CountUnits.Same(a.Unit, b.Unit)));

    private BoundExpression BindExpression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return new LiteralExpression(literal.Value.Value, literal.Value.Unit == QuantityUnit.Yuan ? Dimension.Money : Dimension.Ratio, literal.Span,
                    Written: literal.Value.Unit == QuantityUnit.Percent ? literal.Value.Text : null);
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
            var dimension = target.Unit == QuantityUnit.Yuan ? Dimension.Money : target.CountUnit is { } unit ? Dimension.Count(unit) : Dimension.Ratio;
            return new LiteralExpression(target.Value, dimension, name.Span, name.Text, target.Text);
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


    /// <summary>
    /// A range in the subject's unit. A percentage's bound carries its %, or shares the other bound's ("95-100%"); a
    /// bare 90 on its own is reported (and read as 90%).
    /// </summary>
    private Interval? BindRange(RangeSyntax range, bool percentSubject)
    {
        var shared = percentSubject && new[] { range.Lower, range.Upper }.Any(bound => bound is QuantityBoundSyntax { Value.Unit: QuantityUnit.Percent });
        var lower = range.Lower is { } l ? BindBound(l, percentSubject, shared) : null;

        // One value written once (「100% 得6分」) is both bounds: bound, and reported, once.
        var upper = ReferenceEquals(range.Upper, range.Lower) ? lower : range.Upper is { } u ? BindBound(u, percentSubject, shared) : null;
        if ((range.Lower is not null && lower is null) || (range.Upper is not null && upper is null))
        {
            return null;
        }

        return new Interval(lower, range.LowerClosed, upper, range.UpperClosed);
    }

    /// <summary>A bound's value with the 目标值 it names, if it names one.</summary>
    private BoundValue? BindValue(BoundSyntax bound, bool percentSubject) =>
        BindBound(bound, percentSubject) is { } value ? new BoundValue(value, TargetName(bound)) : null;

    private string? TargetName(BoundSyntax? bound) =>
        bound is NameBoundSyntax name && _targets.ContainsKey(name.Name.Text) ? name.Name.Text : null;

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
                if (name.WrittenValue is { } written && written.Value != target.Value)
                {
                    _diagnostics.Add(DiagnosticCatalog.TargetValueMismatch(At(written.Span), name.Name.Text, target.Text, written.Text));
                }

                return target.Value;
            case NameBoundSyntax name:
                _diagnostics.Add(DiagnosticCatalog.UndefinedName(At(name.Span), name.Name.Text));
                return null;
            default:
                return null;
        }
    }
}
