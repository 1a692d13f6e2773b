using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static SchemeLang.Emit.Syntax.CSharpSyntax;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// <c>TryScoreOnly</c>: the scores-only entry specialised to the scheme, for the usual record. It reads every input
/// into a local, checks each against its declared range, computes the formulas as plain arithmetic (a divisor of 0
/// leaves it to the general path, which knows the item's ÷0 fallback), checks the data constraints, then scores each
/// leaf by its method (<see cref="LeafMethodPrinter"/>) and sums the parents with their weights as literals. Any record
/// it cannot score exactly as the general path does — a field missing, a value out of range, a veto, 不适用 重新分配, 酌情
/// not as the standard asks, a 酌情 level or a level its enum does not define, an overflow — makes it answer false, and
/// <see cref="SchemeScorer{TInput}"/> scores that record by the general path instead.
/// </summary>
internal static class FastPathPrinter
{
    /// <summary>
    /// Past this many indicators no fast path is printed: one method per scheme grows with it, and Roslyn's flow analysis
    /// of a method grows faster than the method (see <see cref="EvaluatePrinter"/>). The general path serves such schemes.
    /// </summary>
    public const int MaxIndicators = 2_000;

    private static readonly IdentifierNameSyntax Input = IdentifierName("input");
    private static readonly IdentifierNameSyntax Scores = IdentifierName("scores");
    private static readonly IdentifierNameSyntax Total = IdentifierName("total");

    public static bool Supports(SchemePlan plan) =>
        plan.Indicators.Length <= MaxIndicators
        && plan.Indicators.All(indicator => indicator.Leaf is not { } leaf || LeafMethodPrinter.Supports(leaf))
        && (!plan.MayRedistribute || WeightsAddUp(plan));

    /// <summary>
    /// Where a leaf may be 不适用 重新分配, the tree apportions weights whenever siblings do not add up to their parent;
    /// the fast path uses the weights as written, so it is printed only where they add up (as the checker requires).
    /// </summary>
    private static bool WeightsAddUp(SchemePlan plan) =>
        plan.Roots.Sum(root => plan.Indicators[root].Weight) == plan.Total
        && plan.Indicators.All(indicator => indicator.Children.IsEmpty || indicator.Children.Sum(child => plan.Indicators[child].Weight) == indicator.Weight);

    /// <summary>The override and one method per leaf, in tree order; nothing when the scheme has a rule the fast path does not cover.</summary>
    public static IEnumerable<MemberDeclarationSyntax> Print(SchemePlan plan, ScorerNames names)
    {
        if (!Supports(plan))
        {
            yield break;
        }

        var leaves = plan.Indicators.Where(indicator => indicator.Leaf is not null).ToArray();
        var methods = names.Methods(leaves.Select(leaf => "得分_" + leaf.Key));
        var locals = new FastPathLocals(plan, names, methods);
        yield return ScorerPrinter.Parse("public override bool HasFastPath => true;")
            .WithLeadingTrivia(DocComments.Summary("本计分器有快速计分（TryScoreOnly）。"));
        yield return Override(plan, names, locals, methods);
        for (var i = 0; i < leaves.Length; i++)
        {
            yield return CodeOrigins.Mark(LeafMethodPrinter.Print(leaves[i], methods[leaves[i].Leaf!.Index], names), OriginKind.Indicator, leaves[i].Key);
        }
    }

    private static MethodDeclarationSyntax Override(SchemePlan plan, ScorerNames names, FastPathLocals locals, string[] methods)
    {
        var statements = new List<StatementSyntax>();
        for (var item = 0; item < plan.DataItems.Length; item++)
        {
            statements.AddRange(DataItem(plan, names, locals, item).Select(statement => CodeOrigins.Mark(statement, OriginKind.DataItem, plan.DataItems[item].Name)));
        }

        for (var i = 0; i < plan.Constraints.Length; i++)
        {
            var constraint = plan.Constraints[i];
            var left = Formula(constraint.Left, locals);
            var right = Formula(constraint.Right, locals);
            if (DivisorGuard(Divisors(plan, constraint.Left, locals).Concat(Divisors(plan, constraint.Right, locals))) is { } guard)
            {
                statements.Add(guard);
            }

            statements.Add(CodeOrigins.Mark(GiveUpIf(Not(ComparisonPrinter.Holds(left, constraint.Operator, right))), OriginKind.Constraint, constraint.Text)
                .WithLeadingTrivia(DocComments.Line(constraint.Text)));
        }

        foreach (var veto in plan.Vetoes)
        {
            statements.Add(CodeOrigins.Mark(GiveUpIf(IsTrue(Property(names, veto.Slot))), OriginKind.Veto, veto.Key)
                .WithLeadingTrivia(DocComments.Line($"否决：{veto.Text}")));
        }

        for (var i = 0; i < plan.Indicators.Length; i++)
        {
            if (plan.Indicators[i].Leaf is { } leaf)
            {
                statements.AddRange(Leaf(plan, names, locals, i, methods[leaf.Index]).Select(statement => CodeOrigins.Mark(statement, OriginKind.Indicator, plan.Indicators[i].Key)));
            }
        }

        // Reverse pre-order reaches every child before its parent.
        for (var i = plan.Indicators.Length - 1; i >= 0; i--)
        {
            var indicator = plan.Indicators[i];
            if (indicator.Leaf is null)
            {
                // The children's sum, capped at the parent's ceiling unless the checker proved they never pass it.
                var sum = Sum(indicator.Children.Select(child => (ExpressionSyntax)Score(child)));
                statements.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, Score(i), indicator.Proven.HasFlag(ProvenFacts.WithinCeiling)
                    ? sum
                    : Call(Member(TypeName(typeof(Scoring)), nameof(Scoring.ParentScore)), sum, CSharpSyntax.Literal(indicator.Ceiling)))));
            }
        }

        statements.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, Total, Sum(plan.Roots.Select(root => (ExpressionSyntax)Score(root))))));
        statements.Add(ReturnStatement(CSharpSyntax.Literal(true)));

        var body = Block(
            ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, Total, CSharpSyntax.Literal(0m))),
            TryStatement(
                Block(statements),
                SingletonList(CatchClause(CatchDeclaration(TypeName<OverflowException>()), null, Block(ReturnStatement(CSharpSyntax.Literal(false))))),
                null));
        return ((MethodDeclarationSyntax)ScorerPrinter.Parse($"protected override bool TryScoreOnly({ScorerEmitter.InputTypeName} input, global::System.Span<decimal> scores, out decimal total) {{ }}"))
            .WithBody(body)
            .WithLeadingTrivia(DocComments.Summary("快速计分：各项数据齐全、都在取值范围内、无否决、没有要重新分配权重的不适用时，直接按各指标的评分标准计算；否则返回 false，由通用计分处理。"));
    }

    /// <summary>An input read into its local and checked against its range, or a formula computed and checked.</summary>
    private static IEnumerable<StatementSyntax> DataItem(SchemePlan plan, ScorerNames names, FastPathLocals locals, int index)
    {
        var item = plan.DataItems[index];
        if (locals.Items[index] is not { } local)
        {
            yield break;
        }

        var name = IdentifierName(local);
        if (item.Formula is not { } formula)
        {
            var input = InYuan(plan, names, item.Slot);
            var words = plan.Slots[item.Slot].Number is { Type: DataTypeKind.Money, Scale: not 1m, Unit: { } unit } ? $"{item.Name}（以{unit}输入，折合为元）" : item.Name;
            if (locals.AsGiven[index])
            {
                // Read only where given (预算执行's 年初预算数 and 其中 rows): absent is no error, out of its range is.
                if (item.Domain != Interval.All)
                {
                    yield return GiveUpIf(BinaryExpression(SyntaxKind.LogicalAndExpression, LinearWhitespace.IsPattern(input, Present(local)), ComparisonPrinter.Outside(name, item.Domain)))
                        .WithLeadingTrivia(DocComments.Line($"{words}（可不填）：{RangeWording.Of(item.Domain, item.Format)}"));
                }

                yield break;
            }

            var absent = LinearWhitespace.IsPattern(input, Absent(local));
            yield return GiveUpIf(item.Domain == Interval.All ? absent : BinaryExpression(SyntaxKind.LogicalOrExpression, absent, ComparisonPrinter.Outside(name, item.Domain)))
                .WithLeadingTrivia(DocComments.Line(item.Domain == Interval.All ? words : $"{words}：{RangeWording.Of(item.Domain, item.Format)}"));
            yield break;
        }

        // A divisor of 0 gives the item the scheme's value for it (「除数为零时 100%」), as RecordScope.Computed does, when
        // that value is within the item's range; otherwise the general path reports the item.
        var value = Formula(formula, locals);
        var comment = DocComments.Line(item.Name);
        if (DivisorGuard(Divisors(plan, formula, locals)) is { } guard)
        {
            if (item.ZeroFallback is { } fallback && item.Domain.Contains(fallback))
            {
                value = ConditionalExpression(guard.Condition, CSharpSyntax.Literal(fallback), value);
                comment = DocComments.Line($"{item.Name}（除数为0时取{NumberText.Format(fallback, item.Format)}）");
            }
            else
            {
                yield return guard.WithLeadingTrivia(DocComments.Line("除数为 0 时按方案的规定另行处理"));
            }
        }

        yield return LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(VariableDeclarator(local).WithInitializer(EqualsValueClause(value)))))
            .WithLeadingTrivia(comment);
        // The range check, unless the checker proved the formula never leaves the range its operands allow.
        if (item.Domain != Interval.All && !item.Proven.HasFlag(ProvenFacts.WithinRange))
        {
            yield return GiveUpIf(ComparisonPrinter.Outside(name, item.Domain));
        }
    }

    /// <summary>
    /// The leaf scored, unless the record marks it 不适用: then full marks (不适用 得满分), as the tree keeps them, or the
    /// general path's to share its weight (不适用 重新分配).
    /// </summary>
    private static IEnumerable<StatementSyntax> Leaf(SchemePlan plan, ScorerNames names, FastPathLocals locals, int index, string method)
    {
        var indicator = plan.Indicators[index];
        var leaf = indicator.Leaf!;
        var scored = Scored(plan, names, locals, index, method);
        if (leaf.NotApplicableSlot < 0)
        {
            return scored;
        }

        var notApplicable = IsTrue(Property(names, leaf.NotApplicableSlot));
        if (leaf.NotApplicable != NotApplicablePolicy.FullMarks)
        {
            return scored.Prepend(GiveUpIf(notApplicable));
        }

        // Full marks are the weight, clamped and rounded by the runtime here rather than for every record.
        var fullMarks = Scoring.LeafScore(indicator.Weight, indicator.Ceiling, plan.Decimals);
        return [IfStatement(
            notApplicable,
            Block(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, Score(index), CSharpSyntax.Literal(fullMarks)))
                .WithLeadingTrivia(DocComments.Line($"{LeafMethodPrinter.Title(indicator)}：不适用，得满分"))),
            ElseClause(Block(scored)))];
    }

    /// <summary>
    /// The leaf's own fields read into locals, 其他问题 left to the general path, then its score clamped and rounded; a
    /// method that may refuse the record (<see cref="LeafMethodPrinter.MayRefuse"/>) leaves it to the general path too.
    /// </summary>
    private static IEnumerable<StatementSyntax> Scored(SchemePlan plan, ScorerNames names, FastPathLocals locals, int index, string method)
    {
        var indicator = plan.Indicators[index];
        var leaf = indicator.Leaf!;
        var own = LeafMethodPrinter.Fields(leaf);
        if (!own.IsEmpty)
        {
            yield return GiveUpIf(Any(own.Select(slot => (ExpressionSyntax)LinearWhitespace.IsPattern(Property(names, slot), Absent(locals.Slots[slot]!)))));
        }

        if (leaf.Rule is LevelPlan && leaf.Inputs.Length > 1)
        {
            // A 酌情 score beside a level that has its points is the general path's error to report.
            yield return GiveUpIf(BinaryExpression(SyntaxKind.NotEqualsExpression, Property(names, leaf.Inputs[1]), LiteralExpression(SyntaxKind.NullLiteralExpression)));
        }

        if (leaf.Rule is DiscretionaryPlan or PendingPlan)
        {
            // The evaluator's score within its range and with a reason, else the general path says what is wrong.
            var (min, max) = LeafMethodPrinter.JudgedRange(leaf.Rule, indicator.Weight);
            var score = IdentifierName(locals.Slots[leaf.Inputs[0]]!);
            yield return GiveUpIf(Any([
                BinaryExpression(SyntaxKind.LessThanExpression, score, CSharpSyntax.Literal(min)),
                BinaryExpression(SyntaxKind.GreaterThanExpression, score, CSharpSyntax.Literal(max)),
                IsBlank(Property(names, leaf.Reason)),
            ]));
        }

        if (leaf.OtherProblemsSlot >= 0)
        {
            // Nothing taken off for other problems is the usual case; anything else needs its reason checked.
            var other = locals.Slots[leaf.OtherProblemsSlot]!;
            yield return GiveUpIf(BinaryExpression(SyntaxKind.LogicalAndExpression,
                LinearWhitespace.IsPattern(Property(names, leaf.OtherProblemsSlot), Present(other)),
                BinaryExpression(SyntaxKind.NotEqualsExpression, IdentifierName(other), CSharpSyntax.Literal(0m))));
        }

        ExpressionSyntax[] arguments =
        [
            .. LeafMethodPrinter.Items(leaf).Select(item => locals.AsGiven[item]
                ? InYuan(plan, names, plan.DataItems[item].Slot)
                : IdentifierName(locals.Items[item] ?? throw new UnreachableException($"data item {plan.DataItems[item].Name} of {indicator.Key} has no number"))),
            .. own.Select(slot => IdentifierName(locals.Slots[slot]!)),
            .. LeafMethodPrinter.AsGiven(leaf).Select(slot => Property(names, slot)),
        ];
        ExpressionSyntax raw = Call(IdentifierName(method), arguments);
        if (LeafMethodPrinter.MayRefuse(leaf))
        {
            var score = locals.Scratch(index, leaf.Rule is LevelPlan ? "等次得分" : "得分");
            yield return GiveUpIf(LinearWhitespace.IsPattern(raw, Absent(score)));
            raw = IdentifierName(score);
        }

        yield return ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, Score(index), Kept(plan, indicator, raw)))
            .WithLeadingTrivia(DocComments.Line(LeafMethodPrinter.Title(indicator)));
    }

    /// <summary>
    /// A leaf's score as the tree keeps it: clamped to its ceiling and rounded, less what the checker proved can never
    /// change it (the interpreter keeps both steps, and audits the proofs in the tests).
    /// </summary>
    private static ExpressionSyntax Kept(SchemePlan plan, IndicatorPlan indicator, ExpressionSyntax raw) =>
        (indicator.Proven.HasFlag(ProvenFacts.WithinCeiling), indicator.Proven.HasFlag(ProvenFacts.WithinDecimals)) switch
        {
            (true, true) => raw,
            (true, false) => Call(Member(TypeName(typeof(Scoring)), nameof(Scoring.RoundScore)), raw, CSharpSyntax.Literal(plan.Decimals)),
            (false, true) => Call(Member(TypeName(typeof(Scoring)), nameof(Scoring.Clamp)), raw, CSharpSyntax.Literal(indicator.Ceiling)),
            (false, false) => Call(Member(TypeName(typeof(Scoring)), nameof(Scoring.LeafScore)), raw, CSharpSyntax.Literal(indicator.Ceiling), CSharpSyntax.Literal(plan.Decimals)),
        };

    /// <summary>A formula as C# arithmetic over the items' locals; every binary operand in brackets, so precedence is never in question.</summary>
    private static ExpressionSyntax Formula(ExpressionPlan expression, FastPathLocals locals) => expression switch
    {
        LiteralPlan literal => CSharpSyntax.Literal(literal.Value),
        ItemPlan item => IdentifierName(locals.Items[item.Item] ?? throw new UnreachableException($"item {item.Item} has no number")),
        NegatePlan negate => PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Operand(negate.Operand, locals)),
        BinaryPlan binary => BinaryExpression(binary.Operator switch
        {
            BinaryOperator.Add => SyntaxKind.AddExpression,
            BinaryOperator.Subtract => SyntaxKind.SubtractExpression,
            BinaryOperator.Multiply => SyntaxKind.MultiplyExpression,
            BinaryOperator.Divide => SyntaxKind.DivideExpression,
            _ => throw new UnreachableException($"operator {binary.Operator}"),
        }, Operand(binary.Left, locals), Operand(binary.Right, locals)),
        _ => throw new UnreachableException($"expression plan {expression.GetType().Name}"),
    };

    private static ExpressionSyntax Operand(ExpressionPlan expression, FastPathLocals locals) =>
        expression is BinaryPlan or NegatePlan ? ParenthesizedExpression(Formula(expression, locals)) : Formula(expression, locals);

    /// <summary>
    /// The divisors of a formula that may be 0, inner divisions first, so that testing them in order only divides by
    /// what an earlier test cleared. A literal other than 0 is never 0, nor is an item whose range leaves out 0: the
    /// fast path has already checked each item against its range.
    /// </summary>
    private static IEnumerable<ExpressionSyntax> Divisors(SchemePlan plan, ExpressionPlan expression, FastPathLocals locals)
    {
        switch (expression)
        {
            case NegatePlan negate:
                foreach (var divisor in Divisors(plan, negate.Operand, locals))
                {
                    yield return divisor;
                }

                break;
            case BinaryPlan binary:
                foreach (var divisor in Divisors(plan, binary.Left, locals).Concat(Divisors(plan, binary.Right, locals)))
                {
                    yield return divisor;
                }

                var cleared = binary.Right switch
                {
                    LiteralPlan literal => literal.Value != 0m,
                    ItemPlan item => !plan.DataItems[item.Item].Domain.Contains(0m),
                    _ => false,
                };
                if (binary.Operator == BinaryOperator.Divide && !cleared)
                {
                    yield return Operand(binary.Right, locals);
                }

                break;
        }
    }

    /// <summary><c>if (d1 == 0m || d2 == 0m) return false;</c> for the divisors that may be 0; null when none may.</summary>
    private static IfStatementSyntax? DivisorGuard(IEnumerable<ExpressionSyntax> divisors) =>
        divisors.Select(divisor => (ExpressionSyntax)BinaryExpression(SyntaxKind.EqualsExpression, divisor, CSharpSyntax.Literal(0m))).ToList() is { Count: > 0 } zero
            ? GiveUpIf(Any(zero))
            : null;

    /// <summary><c>a || b || c</c>.</summary>
    private static ExpressionSyntax Any(IEnumerable<ExpressionSyntax> conditions) =>
        conditions.Aggregate((any, next) => BinaryExpression(SyntaxKind.LogicalOrExpression, any, next));

    private static ExpressionSyntax Sum(IEnumerable<ExpressionSyntax> terms) =>
        terms.Aggregate((ExpressionSyntax?)null, (sum, term) => sum is null ? term : BinaryExpression(SyntaxKind.AddExpression, sum, term)) ?? CSharpSyntax.Literal(0m);

    /// <summary><c>{ } name</c>: the value is there, and is now the local <paramref name="name"/>.</summary>
    private static RecursivePatternSyntax Present(string name) =>
        RecursivePattern().WithPropertyPatternClause(PropertyPatternClause()).WithDesignation(SingleVariableDesignation(Identifier(name)));

    /// <summary><c>not { } name</c>: the value is missing (else it is the local <paramref name="name"/> after the test).</summary>
    private static UnaryPatternSyntax Absent(string name) => UnaryPattern(Present(name));

    private static ElementAccessExpressionSyntax Score(int indicator) => ScorerPrinter.ElementAccess(Scores, indicator);

    private static IfStatementSyntax GiveUpIf(ExpressionSyntax condition) => IfStatement(condition, Block(ReturnStatement(CSharpSyntax.Literal(false))));

    private static ExpressionSyntax Not(ExpressionSyntax condition) => PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, ParenthesizedExpression(condition));

    private static ExpressionSyntax IsTrue(ExpressionSyntax flag) => BinaryExpression(SyntaxKind.EqualsExpression, flag, CSharpSyntax.Literal(true));

    private static ExpressionSyntax Property(ScorerNames names, int slot) => Member(Input, names.Properties[slot]);

    /// <summary>
    /// The field's value, an amount in 万元 or 亿元 in yuan as the general path's RecordScope.Input makes it (null stays
    /// null; an overflow leaves the record to the general path). No brackets needed: `a * b is not { } x` multiplies first.
    /// </summary>
    private static ExpressionSyntax InYuan(SchemePlan plan, ScorerNames names, int slot) =>
        plan.Slots[slot].Number is { Type: DataTypeKind.Money, Scale: not 1m } number
            ? BinaryExpression(SyntaxKind.MultiplyExpression, Property(names, slot), CSharpSyntax.Literal(number.Scale))
            : Property(names, slot);
}
