using SchemeLang.Diagnostics;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>
/// How deep formulas may nest, counting into the formulas of the data items they name. The binder binds a named item
/// inside the item naming it, and the evaluator computes it inside it too, so a long chain of items (甲 = 乙 + 1,
/// 乙 = 丙 + 1, …) would overflow the stack of both. InputGuards bounds one line; this bounds the chain, with one
/// diagnostic, before anything recurses past it. An item found too deep stays unbound, so that no path through the
/// bound model (which names items, not holds them) is deeper than the limit either.
/// </summary>
public sealed partial class Binder
{
    /// <summary>Deep enough for a one-line formula within <see cref="Parsing.SchemeSyntaxParser.MaxOperators"/> and for any real chain of items.</summary>
    public const int MaxFormulaDepth = 128;

    /// <summary>How deep the evaluator goes to compute each bound item.</summary>
    private readonly Dictionary<string, int> _formulaDepths = new(StringComparer.Ordinal);

    private readonly HashSet<string> _tooDeep = new(StringComparer.Ordinal);

    /// <summary>The formulas being bound, one inside the other: their depths added up, and the outermost of them.</summary>
    private int _bindingDepth;
    private DataItemSyntax? _outermost;
    private bool _reportedFormulaDepth;

    /// <summary>False, and the chain reported, when binding this item's formula would go too deep.</summary>
    private bool EnterFormula(DataItemSyntax item)
    {
        _outermost = _bindingDepth == 0 ? item : _outermost;
        var depth = 1 + (item.Formula is { } formula ? SyntaxDepth(formula) : 0);
        if (_bindingDepth + depth > MaxFormulaDepth)
        {
            ReportFormulaDepth(_outermost!);
            Refuse(item);
            return false;
        }

        _bindingDepth += depth;
        return true;
    }

    /// <summary>False, and the item reported, when evaluating its bound formula would go too deep.</summary>
    private bool ExitFormula(DataItemSyntax item, BoundExpression? formula)
    {
        _bindingDepth -= 1 + (item.Formula is { } syntax ? SyntaxDepth(syntax) : 0);

        // Items named here may have been bound before, each on its own: only their depths tell how deep evaluation goes.
        var depth = formula is null ? 0 : 1 + EvaluationDepth(formula);
        if (depth > MaxFormulaDepth)
        {
            ReportFormulaDepth(item);
            Refuse(item);
            return false;
        }

        _formulaDepths[item.Name.Text] = depth;
        return true;
    }

    private void ReportFormulaDepth(DataItemSyntax item)
    {
        if (!_reportedFormulaDepth)
        {
            _diagnostics.Add(DiagnosticCatalog.FormulaTooDeep(At(item.Name.Span), item.Name.Text, MaxFormulaDepth));
            _reportedFormulaDepth = true;
        }
    }

    /// <summary>The item stays unbound; the names its formula uses count as used, so none is reported unused for it.</summary>
    private void Refuse(DataItemSyntax item)
    {
        _tooDeep.Add(item.Name.Text);
        if (item.Formula is { } formula)
        {
            MarkUsed(formula);
        }
    }

    private void MarkUsed(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case NameExpressionSyntax name:
                _used.Add(name.Name.Text);
                break;
            case NegateExpressionSyntax negate:
                MarkUsed(negate.Operand);
                break;
            case BinaryExpressionSyntax binary:
                MarkUsed(binary.Left);
                MarkUsed(binary.Right);
                break;
        }
    }

    private static int SyntaxDepth(ExpressionSyntax expression) => expression switch
    {
        NegateExpressionSyntax negate => 1 + SyntaxDepth(negate.Operand),
        BinaryExpressionSyntax binary => 1 + Math.Max(SyntaxDepth(binary.Left), SyntaxDepth(binary.Right)),
        _ => 1,
    };

    private int EvaluationDepth(BoundExpression expression) => expression switch
    {
        DataReferenceExpression reference => 1 + _formulaDepths.GetValueOrDefault(reference.Name),
        NegateExpression negate => 1 + EvaluationDepth(negate.Operand),
        BinaryExpression binary => 1 + Math.Max(EvaluationDepth(binary.Left), EvaluationDepth(binary.Right)),
        _ => 1,
    };
}
