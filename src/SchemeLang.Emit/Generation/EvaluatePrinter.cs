using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static SchemeLang.Emit.Generation.ScorerPrinter;
using static SchemeLang.Emit.Syntax.CSharpSyntax;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// <c>Evaluate</c> as straight-line code split into parts: the data items in evaluation order, the data constraints,
/// then per 一级指标 one <see cref="LeafRules"/> call per leaf in tree order, then the vetoes — the interpreter's walk,
/// unrolled. The data items live in a small class of their own (<see cref="ScorerNames.ItemsTypeName"/>), so that
/// every part reads them by name. Each part is a method of at most <see cref="PartSize"/> scheme things: Roslyn's flow
/// analysis of one method grows faster than the method (a 15,120-leaf <c>Evaluate</c> in one piece cost 11 s and
/// 1 GB of the compile), and parts of a bounded size keep the compile linear in the scheme.
/// </summary>
internal static class EvaluatePrinter
{
    private const int PartSize = 200;

    private static readonly IdentifierNameSyntax Input = IdentifierName("input");
    private static readonly IdentifierNameSyntax Items = IdentifierName("items");
    private static readonly IdentifierNameSyntax Scope = IdentifierName("scope");
    private static readonly IdentifierNameSyntax DividedByZero = IdentifierName("dividedByZero");

    private static readonly string Parameters =
        $"{ScorerEmitter.InputTypeName} input, {ScorerNames.ItemsTypeName} items, {Global<RecordScope>()} scope, global::System.Span<{Global<LeafTrace>()}> leaves, global::System.Span<bool> vetoes";

    /// <summary>The data items' class, <c>Evaluate</c>, and its parts in the order it calls them.</summary>
    public static IEnumerable<MemberDeclarationSyntax> Print(SchemePlan plan, ScorerNames names)
    {
        var parts = Parts(plan, names).ToList();
        var methods = names.Methods(parts.Select(part => part.Name));
        yield return ItemsClass(plan, names);

        var calls = methods.Select(method => (StatementSyntax)ExpressionStatement(Call(IdentifierName(method), Input, Items, Scope, IdentifierName("leaves"), IdentifierName("vetoes")))).ToList();
        calls.Insert(0, LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(VariableDeclarator("items")
            .WithInitializer(EqualsValueClause(New(ScorerNames.ItemsTypeName)))))));
        yield return ((MethodDeclarationSyntax)Parse($"protected override void Evaluate({ScorerEmitter.InputTypeName} input, {Global<RecordScope>()} scope, global::System.Span<{Global<LeafTrace>()}> leaves, global::System.Span<bool> vetoes) {{ }}"))
            .WithBody(LinearWhitespace.LongList(Block(calls)));

        for (var i = 0; i < parts.Count; i++)
        {
            yield return ((MethodDeclarationSyntax)Parse($"private static void Part({Parameters}) {{ }}"))
                .WithIdentifier(Identifier(methods[i]))
                .WithBody(Block(parts[i].Statements))
                .WithLeadingTrivia(DocComments.Summary(parts[i].Summary));
        }
    }

    /// <summary>The parts in evaluation order, each thing's statements marked with what in the scheme they print.</summary>
    private static IEnumerable<(string Name, string Summary, List<StatementSyntax> Statements)> Parts(SchemePlan plan, ScorerNames names)
    {
        var items = Enumerable.Range(0, plan.DataItems.Length)
            .Select(i => DataItem(plan, names, i).Select(statement => CodeOrigins.Mark(statement, OriginKind.DataItem, plan.DataItems[i].Name)));
        foreach (var part in Split("数据项", "数据项：输入的值查过取值范围，公式按方案的顺序求值", items))
        {
            yield return part;
        }

        var constraints = Enumerable.Range(0, plan.Constraints.Length)
            .Select(i => new[] { CodeOrigins.Mark(Constraint(plan, names, i), OriginKind.Constraint, plan.Constraints[i].Text) });
        foreach (var part in Split("数据约束", "数据约束的检查", constraints))
        {
            yield return part;
        }

        foreach (var root in plan.Roots)
        {
            var key = plan.Indicators[root].Key;
            foreach (var part in Split("评分_" + key, $"一级指标「{key}」下各叶指标的得分", LeavesUnder(plan, root).Select(i => new[] { LeafStatement(plan, names, i) })))
            {
                yield return part;
            }
        }

        var vetoes = Enumerable.Range(0, plan.Vetoes.Length).Select(i => new StatementSyntax[]
        {
            CodeOrigins.Mark(ExpressionStatement(Assign(ElementAccess(IdentifierName("vetoes"), i), IsTrue(Property(names, plan.Vetoes[i].Slot)))), OriginKind.Veto, plan.Vetoes[i].Key),
        });
        foreach (var part in Split("否决", "否决项", vetoes))
        {
            yield return part;
        }
    }

    /// <summary>Things' statements in parts of at most <see cref="PartSize"/> things; none for no things.</summary>
    private static IEnumerable<(string Name, string Summary, List<StatementSyntax> Statements)> Split(string name, string summary, IEnumerable<IEnumerable<StatementSyntax>> things) =>
        things.Chunk(PartSize).Select(chunk => (name, summary, chunk.SelectMany(statements => statements).ToList()));

    /// <summary>The indicators that are leaves in the subtree of <paramref name="indicator"/>, in tree order.</summary>
    private static IEnumerable<int> LeavesUnder(SchemePlan plan, int indicator)
    {
        var pending = new Stack<int>([indicator]);
        while (pending.TryPop(out var next))
        {
            if (plan.Indicators[next].Leaf is not null)
            {
                yield return next;
            }

            var children = plan.Indicators[next].Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    /// <summary><c>private sealed class Items { public decimal? 完成率; … }</c>: one field per data item that has a number.</summary>
    private static ClassDeclarationSyntax ItemsClass(SchemePlan plan, ScorerNames names)
    {
        var fields = Enumerable.Range(0, plan.DataItems.Length)
            .Where(i => HasNumber(plan, i))
            .Select(i => (MemberDeclarationSyntax)FieldDeclaration(VariableDeclaration(NullableType(PredefinedType(Token(SyntaxKind.DecimalKeyword))), SingletonSeparatedList(VariableDeclarator(names.Items[i]))))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword))));
        return LinearWhitespace.LongList(ClassDeclaration(ScorerNames.ItemsTypeName)
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.SealedKeyword)))
            .WithMembers(List(fields))
            .WithLeadingTrivia(DocComments.Summary("一条记录的数据项：输入的值（已查过取值范围）和公式的结果，缺失或无法计算时为 null。")));
    }

    private static bool HasNumber(SchemePlan plan, int item) =>
        plan.DataItems[item].Formula is not null || plan.Slots[plan.DataItems[item].Slot].Kind == SlotKind.Number;

    /// <summary>An input item checked against its domain, or a formula computed with its ÷0 fallback and overflow caught.</summary>
    private static IEnumerable<StatementSyntax> DataItem(SchemePlan plan, ScorerNames names, int index)
    {
        var field = Member(Items, names.Items[index]);
        if (plan.DataItems[index].Formula is not { } formula)
        {
            if (HasNumber(plan, index))
            {
                var input = ExpressionStatement(Assign(field, Call(Member(Scope, nameof(RecordScope.Input)), CSharpSyntax.Literal(index), Property(names, plan.DataItems[index].Slot))));
                yield return plan.Slots[plan.DataItems[index].Slot].Number is { Type: DataTypeKind.Money, Scale: not 1m, Unit: { } unit }
                    ? input.WithLeadingTrivia(DocComments.Line($"{plan.DataItems[index].Name}：输入以{unit}计，折合为元（×{NumberText.Plain(plan.Slots[plan.DataItems[index].Slot].Number.Scale)}）再查取值范围"))
                    : input;
            }

            yield break;
        }

        yield return TryStatement(
            Block(
                Var("dividedByZero", CSharpSyntax.Literal(false)),
                Var("value", Expression(formula, names)),
                ExpressionStatement(Assign(field, Call(Member(Scope, nameof(RecordScope.Computed)), CSharpSyntax.Literal(index), IdentifierName("value"), DividedByZero)))),
            SingletonList(CatchClause(CatchDeclaration(TypeName<OverflowException>()), null,
                Block(ExpressionStatement(Assign(field, Call(Member(Scope, nameof(RecordScope.Overflowed)), CSharpSyntax.Literal(index))))))),
            null);
    }

    /// <summary>
    /// <c>leaves[i] = …</c> for the leaf <paramref name="indicator"/>, under a comment naming it with its standard in
    /// words (the leaf table names no leaf), marked as its code.
    /// </summary>
    private static StatementSyntax LeafStatement(SchemePlan plan, ScorerNames names, int indicator)
    {
        var leaf = plan.Indicators[indicator].Leaf!;
        var title = LeafMethodPrinter.Title(plan.Indicators[indicator]);
        var value = ScoreOrNotApplicable(names, leaf, LeafReference.Leaf(leaf.Index), leaf.Index);
        return CodeOrigins.Mark(
            ExpressionStatement(Assign(ElementAccess(IdentifierName("leaves"), leaf.Index), value))
                .WithLeadingTrivia(DocComments.Line(leaf.Standard.Length == 0 ? title : $"{title}：{leaf.Standard}")),
            OriginKind.Indicator,
            plan.Indicators[indicator].Key);
    }

    /// <summary>How the code reaches a leaf's (or a part's) plan and its rule: through the scorer's leaf table.</summary>
    private readonly record struct LeafReference(ExpressionSyntax Indicator, Func<Type, ExpressionSyntax> Rule)
    {
        private static readonly IdentifierNameSyntax Table = IdentifierName(ScorerNames.LeafTable);

        /// <summary><c>Leaves[leaf]</c> and <c>Leaves.Rule&lt;TRule&gt;(leaf)</c>.</summary>
        public static LeafReference Leaf(int leaf) =>
            new(ElementAccess(Table, leaf), rule => Typed(nameof(LeafPlans.Rule), rule, leaf));

        /// <summary><c>Leaves.Part(leaf, part)</c> and <c>Leaves.PartRule&lt;TRule&gt;(leaf, part)</c>.</summary>
        public static LeafReference Part(int leaf, int part) =>
            new(Call(Member(Table, nameof(LeafPlans.Part)), CSharpSyntax.Literal(leaf), CSharpSyntax.Literal(part)), rule => Typed(nameof(LeafPlans.PartRule), rule, leaf, part));

        private static ExpressionSyntax Typed(string method, Type rule, params int[] indices) => Call(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Table, GenericName(Identifier(method))
                .WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(TypeName(rule))))),
            indices.Select(index => (ExpressionSyntax)CSharpSyntax.Literal(index)));
    }

    /// <summary>A data constraint: both sides computed as formulas are, then checked by the scope, overflow caught.</summary>
    private static StatementSyntax Constraint(SchemePlan plan, ScorerNames names, int index) =>
        TryStatement(
            Block(
                Var("dividedByZero", CSharpSyntax.Literal(false)),
                Var("left", Expression(plan.Constraints[index].Left, names)),
                Var("right", Expression(plan.Constraints[index].Right, names)),
                ExpressionStatement(Call(Member(Scope, nameof(RecordScope.Constraint)), CSharpSyntax.Literal(index), IdentifierName("left"), IdentifierName("right"), DividedByZero))),
            SingletonList(CatchClause(CatchDeclaration(TypeName<OverflowException>()), null,
                Block(ExpressionStatement(Call(Member(Scope, nameof(RecordScope.ConstraintOverflowed)), CSharpSyntax.Literal(index)))))),
            null);

    private static ExpressionSyntax Expression(ExpressionPlan expression, ScorerNames names)
    {
        var formulas = TypeName(typeof(Formulas));
        return expression switch
        {
            LiteralPlan literal => CSharpSyntax.Literal(literal.Value),
            ItemPlan item => Member(Items, names.Items[item.Item]),
            NegatePlan negate => Call(Member(formulas, nameof(Formulas.Negate)), Expression(negate.Operand, names)),
            BinaryPlan { Operator: BinaryOperator.Divide } binary => InvocationExpression(Member(formulas, nameof(Formulas.Divide))).WithArgumentList(ArgumentList(SeparatedList([
                Argument(Expression(binary.Left, names)),
                Argument(Expression(binary.Right, names)),
                Argument(DividedByZero).WithRefKindKeyword(Token(SyntaxKind.RefKeyword)),
            ]))),
            BinaryPlan binary => Call(
                Member(formulas, binary.Operator switch
                {
                    BinaryOperator.Add => nameof(Formulas.Add),
                    BinaryOperator.Subtract => nameof(Formulas.Subtract),
                    BinaryOperator.Multiply => nameof(Formulas.Multiply),
                    _ => throw new UnreachableException($"operator {binary.Operator}"),
                }),
                Expression(binary.Left, names),
                Expression(binary.Right, names)),
            _ => throw new UnreachableException($"expression plan {expression.GetType().Name}"),
        };
    }

    /// <summary>The leaf's (or part's) rule called with its values, unless the record marks it 不适用.</summary>
    /// <param name="owner">The index of the leaf among the leaves; for a part, of the leaf it is a part of.</param>
    private static ExpressionSyntax ScoreOrNotApplicable(ScorerNames names, LeafPlan leaf, LeafReference reference, int owner)
    {
        var scored = LeafCall(names, leaf, reference, owner);
        return leaf.NotApplicableSlot < 0
            ? scored
            : ConditionalExpression(
                IsTrue(Property(names, leaf.NotApplicableSlot)),
                Call(Member(TypeName(typeof(LeafRules)), nameof(LeafRules.NotApplicable)), reference.Indicator),
                scored);
    }

    /// <summary>The leaf's rule called with its values: the same call the interpreter makes for this rule kind.</summary>
    private static ExpressionSyntax LeafCall(ScorerNames names, LeafPlan leaf, LeafReference reference, int owner)
    {
        var indicator = reference.Indicator;
        ExpressionSyntax Rules(string method, params ExpressionSyntax[] arguments) => Call(Member(TypeName(typeof(LeafRules)), method), arguments);
        ExpressionSyntax Subject() => Member(Items, names.Items[leaf.Subject]);
        ExpressionSyntax Inputs() => Collection(leaf.Inputs.Select(slot => Property(names, slot)));
        ExpressionSyntax OwnInput() => Property(names, leaf.Inputs[0]);
        ExpressionSyntax Reason() => Property(names, leaf.Reason);
        ExpressionSyntax OtherProblems() => leaf.OtherProblemsSlot >= 0 ? Property(names, leaf.OtherProblemsSlot) : Null;
        ExpressionSyntax ReasonIfAny() => leaf.Reason >= 0 ? Reason() : Null;
        ExpressionSyntax Rule() => reference.Rule(leaf.Rule.GetType());

        return leaf.Rule switch
        {
            PassFailPlan { OtherwiseJudged: true } => Rules(nameof(LeafRules.PassFail), indicator, Rule(), OwnInput(), Property(names, leaf.Inputs[1]), Reason(), Scope),
            PassFailPlan => Rules(nameof(LeafRules.PassFail), indicator, Rule(), OwnInput(), Null, Null, Scope),
            ChecklistPlan => Rules(nameof(LeafRules.Checklist), indicator, Rule(), Inputs(), OtherProblems(), ReasonIfAny(), Scope),
            DeductionPlan => Rules(nameof(LeafRules.Deduction), indicator, Rule(), Inputs(), Scope),
            BandTablePlan when leaf.Inputs.Length > 0 => Rules(nameof(LeafRules.Band), indicator, Rule(), Subject(), OwnInput(), Reason(), Scope),
            BandTablePlan => Rules(nameof(LeafRules.Band), indicator, Rule(), Subject(), Null, Null, Scope),
            ThresholdPlan => Rules(nameof(LeafRules.Threshold), indicator, Rule(), Subject(), Scope),
            ProportionalPlan => Rules(nameof(LeafRules.Proportional), indicator, Rule(), Subject(), Scope),
            LevelPlan levels => Rules(nameof(LeafRules.Level), indicator, Rule(), OwnInput(), leaf.Inputs.Length - levels.Deductions.Length > 1 ? Property(names, leaf.Inputs[1]) : Null, OtherProblems(), ReasonIfAny(),
                Collection(levels.Deductions.Select((deduction, i) => Property(names, leaf.Inputs[leaf.Inputs.Length - levels.Deductions.Length + i]) is var field && deduction.Each is null
                    ? Rules(nameof(LeafRules.Once), field)
                    : field)), Scope),
            DiscretionaryPlan or PendingPlan => Rules(nameof(LeafRules.Discretionary), indicator, OwnInput(), Reason(), Scope),
            TargetRatioPlan => Rules(nameof(LeafRules.TargetRatio), indicator, Rule(), Subject(), Scope),
            QualitativePlan => Rules(nameof(LeafRules.Qualitative), indicator, Rule(), OwnInput(), Property(names, leaf.Inputs[1]), Reason(), Scope),
            BudgetExecutionPlan budget => Rules(nameof(LeafRules.BudgetExecution), indicator, Rule(), Collection(budget.Items.Select(item => Member(Items, names.Items[item]))), Scope),
            PartsPlan parts => Rules(nameof(LeafRules.Parts), indicator, Rule(), Collection(parts.Parts.Select((part, i) =>
                ScoreOrNotApplicable(names, part.Leaf!, LeafReference.Part(owner, i), owner))), Scope),
            _ => throw new UnreachableException($"rule plan {leaf.Rule.GetType().Name} has no call"),
        };
    }

    private static ExpressionSyntax Property(ScorerNames names, int slot) => Member(Input, names.Properties[slot]);

    private static ExpressionSyntax IsTrue(ExpressionSyntax flag) => BinaryExpression(SyntaxKind.EqualsExpression, flag, CSharpSyntax.Literal(true));

    private static LocalDeclarationStatementSyntax Var(string name, ExpressionSyntax value) =>
        LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(VariableDeclarator(name).WithInitializer(EqualsValueClause(value)))));
}
