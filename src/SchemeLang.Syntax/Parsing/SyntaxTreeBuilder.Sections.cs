using Antlr4.Runtime.Tree;
using System.Diagnostics;
using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>The sections around the tree: data items and formulas, targets, grades, vetoes, constraints and tests.</summary>
internal sealed partial class SyntaxTreeBuilder
{
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

        // Everything after the first dot: 1, 理由, or a part's field (资金到位率.1).
        var members = new List<string>();
        for (var i = 1; i < key.ChildCount; i++)
        {
            switch (key.GetChild(i))
            {
                case NameContext part:
                    members.Add(Name(part)?.Text ?? part.GetText());
                    break;
                case ITerminalNode { Symbol.Type: NUMBER } number:
                    members.Add(ToAsciiDigits(number.GetText()));
                    break;
            }
        }

        var member = members.Count == 0 ? null : string.Join(".", members);
        ValueSyntax? value = assignment.value() switch
        {
            { } v when v.literal() is { } literal => Counted(literal, v.unitWord()) is { } q ? new QuantityValueSyntax(q) : null,
            { } v when v.name() is { } text => new TextValueSyntax(Name(text)?.Text ?? text.GetText(), Span(v)),
            { } v when v.GetText() == "不适用" => new NotApplicableValueSyntax(Span(v)),
            { } v when v.GetText() is "是" or "否" => new BooleanValueSyntax(v.GetText() == "是", Span(v)),
            _ => null,
        };
        return value is null ? null : new AssignmentSyntax(name, member, value, Span(assignment));
    }
}
