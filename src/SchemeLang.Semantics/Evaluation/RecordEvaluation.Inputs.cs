using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Evaluation;

/// <summary>The record's fields as the values the rules need, and the data items computed from them.</summary>
internal sealed partial class RecordEvaluation
{
    /// <summary>Every required field found missing, in order and once per use, so each leaf can say what it lacked.</summary>
    private readonly List<string> _missing = [];

    /// <summary>Each data item's value once worked out, with the missing fields it depended on.</summary>
    private readonly Dictionary<string, (decimal? Value, string[] Missing)> _dataValues = new(StringComparer.Ordinal);

    private string? Field(string key, bool required)
    {
        if (record.Fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (required)
        {
            _missing.Add(key);
            if (_scheme.MissingPolicy == MissingDataPolicy.Error)
            {
                Error(RecordDiagnostics.MissingField(record.Id, key));
            }
        }

        return null;
    }

    private bool? Boolean(string key, bool required)
    {
        if (Field(key, required) is not { } text)
        {
            return null;
        }

        if (InputValues.TryParseBoolean(text, out var value))
        {
            return value;
        }

        Error(RecordDiagnostics.InvalidBoolean(record.Id, key, text));
        return null;
    }

    private decimal Count(string key)
    {
        if (Field(key, required: true) is not { } text)
        {
            return 0m;
        }

        if (InputValues.TryParseCount(text, out var count))
        {
            return count;
        }

        Error(RecordDiagnostics.InvalidCount(record.Id, key, text));
        return 0m;
    }

    /// <summary>A data item's value: parsed from the record, or computed from its formula; null when it has none.</summary>
    private decimal? DataValue(string name)
    {
        if (_dataValues.TryGetValue(name, out var known))
        {
            // A second rule using a missing item lacks it too, and says so.
            _missing.AddRange(known.Missing);
            return known.Value;
        }

        var item = owner.DataItems.GetValueOrDefault(name) ?? throw new UnreachableException($"data item {name} is not declared; the binder reports that (SL2006)");
        var missingBefore = _missing.Count;
        var value = item.Formula is { } formula ? Compute(item, formula) : Parse(item);
        if (value is { } number && !item.Domain.Contains(number))
        {
            Error(RecordDiagnostics.OutsideDomain(record.Id, name, NumberText.Format(number, item.Format), item.Domain.ToDisplayString(item.Format)));
            value = null;
        }

        _dataValues[name] = (value, [.. _missing.Skip(missingBefore)]);
        return value;
    }

    private decimal? Parse(DataItem item)
    {
        if (Field(item.Name, required: true) is not { } text)
        {
            return null;
        }

        if (InputValues.ParseNumber(new NumberInput(item.Type, item.Unit, item.Scale), text, owner.PercentReading, record.Id, item.Name, out var value) is { } error)
        {
            Error(error);
            return null;
        }

        return value;
    }

    private decimal? Compute(DataItem item, BoundExpression formula)
    {
        var divisionByZero = false;
        var value = Evaluate(formula, ref divisionByZero);
        if (!divisionByZero)
        {
            return value;
        }

        return item.ZeroFallback
            ?? throw new UnreachableException($"{item.Name} divided by 0 without a fallback; the binder reports divisors that may be 0 (SL2010)");
    }

    private decimal? Evaluate(BoundExpression expression, ref bool divisionByZero)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Value;
            case DataReferenceExpression reference:
                return DataValue(reference.Name);
            case NegateExpression negate:
                return -Evaluate(negate.Operand, ref divisionByZero);
            case BinaryExpression binary:
                var left = Evaluate(binary.Left, ref divisionByZero);
                var right = Evaluate(binary.Right, ref divisionByZero);
                if (left is not { } l || right is not { } r)
                {
                    return null;
                }

                switch (binary.Operator)
                {
                    case BinaryOperator.Add:
                        return l + r;
                    case BinaryOperator.Subtract:
                        return l - r;
                    case BinaryOperator.Multiply:
                        return l * r;
                    case BinaryOperator.Divide when r == 0m:
                        divisionByZero = true;
                        return null;
                    case BinaryOperator.Divide:
                        return l / r;
                    default:
                        throw new UnreachableException($"operator {binary.Operator}");
                }

            default:
                throw new UnreachableException($"expression {expression.GetType().Name} has no evaluation");
        }
    }
}
