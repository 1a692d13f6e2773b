using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static SchemeLang.Emit.Syntax.CSharpSyntax;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// The scorer class: the plan as a static property, each leaf's plan and rule in a static field, row reading as one
/// object initializer in slot order, and <c>Evaluate</c> as straight-line code — data items in evaluation order,
/// then one <see cref="LeafRules"/> call per leaf in tree order, then the vetoes: the interpreter's walk, unrolled.
/// </summary>
internal static class ScorerPrinter
{
    /// <summary>Where the runtime's types are, from the global namespace (see <see cref="CSharpSyntax.TypeName(Type)"/>).</summary>
    private const string Runtime = "global::SchemeLang.Runtime.";

    private static readonly IdentifierNameSyntax Input = IdentifierName("input");
    private static readonly IdentifierNameSyntax Scope = IdentifierName("scope");
    private static readonly IdentifierNameSyntax DividedByZero = IdentifierName("dividedByZero");

    public static ClassDeclarationSyntax Print(SchemePlan plan, ScorerNames names)
    {
        var members = new List<MemberDeclarationSyntax>
        {
            PropertyDeclaration(TypeName<SchemePlan>(), Identifier("Scheme"))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                .WithAccessorList(AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)))))
                .WithInitializer(EqualsValueClause(Call(
                    Member(TypeName(typeof(PlanJson)), nameof(PlanJson.Read)),
                    LinearWhitespace.LongList(CollectionExpression(SeparatedList<CollectionElementSyntax>(PlanJson.Write(plan).Select(line => ExpressionElement(CSharpSyntax.Literal(line)))))))))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
                .WithLeadingTrivia(DocComments.Summary("方案的全部评分规则，与解释器执行的是同一份数据。")),
        };

        for (var i = 0; i < plan.Indicators.Length; i++)
        {
            if (plan.Indicators[i].Leaf is { } leaf)
            {
                var key = plan.Indicators[i].Key;
                members.Add(CodeOrigins.Mark(StaticField(TypeName<IndicatorPlan>(), names.Leaves[leaf.Index], ElementAccess(Member(IdentifierName("Scheme"), "Indicators"), i)), OriginKind.Indicator, key));
                var rule = CastExpression(
                    TypeName(leaf.Rule.GetType()),
                    Member(PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, Member(IdentifierName(names.Leaves[leaf.Index]), "Leaf")), "Rule"));
                members.Add(CodeOrigins.Mark(StaticField(TypeName(leaf.Rule.GetType()), names.Rules[leaf.Index], rule), OriginKind.Indicator, key));
                if (leaf.Rule is PartsPlan parts)
                {
                    members.AddRange(PartFields(parts, names.Rules[leaf.Index], names.PartLeaves[leaf.Index], names.PartRules[leaf.Index]).Select(field => CodeOrigins.Mark(field, OriginKind.Indicator, key)));
                }
            }
        }

        members.Add(Parse($"public Scorer({Runtime}PercentReading? percentReading = null) : base(Scheme, percentReading) {{ }}")
            .WithLeadingTrivia(DocComments.Summary("无状态，可在多个线程间共用。percentReading：行数据中不带 % 的百分比如何读；为 null 时按方案的「百分比数据」。")));
        members.Add(Parse("protected override string IdOf(Input input) => input.Id;"));
        members.Add(ReadMethod(plan, names));
        members.Add(EvaluateMethod(plan, names));

        return LinearWhitespace.LongList(ClassDeclaration(ScorerEmitter.ScorerTypeName)
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.SealedKeyword)))
            .WithBaseList(BaseList(SingletonSeparatedList<BaseTypeSyntax>(SimpleBaseType(ParseTypeName($"{Runtime}SchemeScorer<{ScorerEmitter.InputTypeName}>")))))
            .WithMembers(List(members))
            .WithLeadingTrivia(DocComments.Summary($"「{plan.Name}」的计分器：由 schemelang 从方案生成，与解释器逐条记录一致。")));
    }

    /// <summary>Each part's plan and rule in static fields of their own, as a leaf's are: 部分_B21_资金到位率 = 标准_B21.Parts[0].</summary>
    private static IEnumerable<FieldDeclarationSyntax> PartFields(PartsPlan parts, string rules, string[] partLeaves, string[] partRules)
    {
        for (var i = 0; i < parts.Parts.Length; i++)
        {
            var rule = parts.Parts[i].Leaf!.Rule;
            yield return StaticField(TypeName<IndicatorPlan>(), partLeaves[i], ElementAccess(Member(IdentifierName(rules), nameof(PartsPlan.Parts)), i));
            yield return StaticField(TypeName(rule.GetType()), partRules[i], CastExpression(
                TypeName(rule.GetType()),
                Member(PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, Member(IdentifierName(partLeaves[i]), "Leaf")), "Rule")));
        }
    }

    private static MemberDeclarationSyntax Parse(string member) =>
        ParseMemberDeclaration(member) ?? throw new UnreachableException($"constant member does not parse: {member}");

    private static ElementAccessExpressionSyntax ElementAccess(ExpressionSyntax target, int index) =>
        SyntaxFactory.ElementAccessExpression(target, BracketedArgumentList(SingletonSeparatedList(Argument(CSharpSyntax.Literal(index)))));

    private static FieldDeclarationSyntax StaticField(TypeSyntax type, string name, ExpressionSyntax value) =>
        FieldDeclaration(VariableDeclaration(type, SingletonSeparatedList(VariableDeclarator(name).WithInitializer(EqualsValueClause(value)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));

    private static MethodDeclarationSyntax ReadMethod(SchemePlan plan, ScorerNames names)
    {
        var record = IdentifierName("record");
        var assignments = new List<ExpressionSyntax> { Assign(IdentifierName("Id"), Member(record, "Id")) };
        for (var slot = 0; slot < plan.Slots.Length; slot++)
        {
            var reader = Member(TypeName(typeof(RowReader)), plan.Slots[slot].Kind switch
            {
                SlotKind.Number => nameof(RowReader.Number),
                SlotKind.Boolean => nameof(RowReader.Boolean),
                SlotKind.Count => nameof(RowReader.Count),
                SlotKind.Score => nameof(RowReader.Score),
                SlotKind.Level or SlotKind.Reason or SlotKind.Text => nameof(RowReader.Text),
                _ => throw new UnreachableException($"slot kind {plan.Slots[slot].Kind}"),
            });
            ExpressionSyntax[] arguments = plan.Slots[slot].Kind == SlotKind.Number
                ? [record, CSharpSyntax.Literal(slot), IdentifierName("PercentReading"), Scope]
                : [record, CSharpSyntax.Literal(slot), Scope];
            assignments.Add(Assign(IdentifierName(names.Properties[slot]), Call(reader, arguments)));
        }

        var body = ObjectCreationExpression(IdentifierName(ScorerEmitter.InputTypeName))
            .WithArgumentList(ArgumentList())
            .WithInitializer(LinearWhitespace.LongList(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(assignments))));
        return ((MethodDeclarationSyntax)Parse($"protected override {ScorerEmitter.InputTypeName} Read({Runtime}DataRecord record, {Runtime}RecordScope scope) => null!;"))
            .WithExpressionBody(ArrowExpressionClause(body));
    }

    private static MethodDeclarationSyntax EvaluateMethod(SchemePlan plan, ScorerNames names)
    {
        var statements = new List<StatementSyntax>();
        for (var i = 0; i < plan.DataItems.Length; i++)
        {
            statements.AddRange(DataItem(plan, names, i).Select(statement => CodeOrigins.Mark(statement, OriginKind.DataItem, plan.DataItems[i].Name)));
        }

        for (var i = 0; i < plan.Constraints.Length; i++)
        {
            statements.Add(CodeOrigins.Mark(Constraint(plan, names, i), OriginKind.Constraint, plan.Constraints[i].Text));
        }

        foreach (var indicator in plan.Indicators)
        {
            if (indicator.Leaf is { } leaf)
            {
                var value = ScoreOrNotApplicable(names, leaf, names.Leaves[leaf.Index], names.Rules[leaf.Index], leaf.Index);
                statements.Add(CodeOrigins.Mark(ExpressionStatement(Assign(ElementAccess(IdentifierName("leaves"), leaf.Index), value)), OriginKind.Indicator, indicator.Key));
            }
        }

        for (var i = 0; i < plan.Vetoes.Length; i++)
        {
            statements.Add(CodeOrigins.Mark(ExpressionStatement(Assign(ElementAccess(IdentifierName("vetoes"), i), IsTrue(Property(names, plan.Vetoes[i].Slot)))), OriginKind.Veto, plan.Vetoes[i].Key));
        }

        return ((MethodDeclarationSyntax)Parse($"protected override void Evaluate({ScorerEmitter.InputTypeName} input, {Runtime}RecordScope scope, global::System.Span<{Runtime}LeafTrace> leaves, global::System.Span<bool> vetoes) {{ }}"))
            .WithBody(LinearWhitespace.LongList(Block(statements)));
    }

    /// <summary>An input item checked against its domain, or a formula computed with its ÷0 fallback and overflow caught.</summary>
    private static IEnumerable<StatementSyntax> DataItem(SchemePlan plan, ScorerNames names, int index)
    {
        var item = plan.DataItems[index];
        var local = IdentifierName(names.Items[index]);
        if (item.Formula is not { } formula)
        {
            if (plan.Slots[item.Slot].Kind == SlotKind.Number)
            {
                yield return Var(names.Items[index], Call(Member(Scope, nameof(RecordScope.Input)), CSharpSyntax.Literal(index), Property(names, item.Slot)));
            }

            yield break;
        }

        yield return LocalDeclarationStatement(VariableDeclaration(NullableType(PredefinedType(Token(SyntaxKind.DecimalKeyword))), SingletonSeparatedList(VariableDeclarator(local.Identifier))));
        yield return TryStatement(
            Block(
                Var("dividedByZero", CSharpSyntax.Literal(false)),
                Var("value", Expression(formula, names)),
                ExpressionStatement(Assign(local, Call(Member(Scope, nameof(RecordScope.Computed)), CSharpSyntax.Literal(index), IdentifierName("value"), DividedByZero)))),
            SingletonList(CatchClause(CatchDeclaration(TypeName<OverflowException>()), null,
                Block(ExpressionStatement(Assign(local, Call(Member(Scope, nameof(RecordScope.Overflowed)), CSharpSyntax.Literal(index))))))),
            null);
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
            ItemPlan item => IdentifierName(names.Items[item.Item]),
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
    private static ExpressionSyntax ScoreOrNotApplicable(ScorerNames names, LeafPlan leaf, string indicatorField, string ruleField, int owner)
    {
        var scored = LeafCall(names, leaf, indicatorField, ruleField, owner);
        return leaf.NotApplicableSlot < 0
            ? scored
            : ConditionalExpression(
                IsTrue(Property(names, leaf.NotApplicableSlot)),
                Call(Member(TypeName(typeof(LeafRules)), nameof(LeafRules.NotApplicable)), IdentifierName(indicatorField)),
                scored);
    }

    /// <summary>The leaf's rule called with its values: the same call the interpreter makes for this rule kind.</summary>
    private static ExpressionSyntax LeafCall(ScorerNames names, LeafPlan leaf, string indicatorField, string ruleField, int owner)
    {
        var indicator = IdentifierName(indicatorField);
        var rule = IdentifierName(ruleField);
        ExpressionSyntax Rules(string method, params ExpressionSyntax[] arguments) => Call(Member(TypeName(typeof(LeafRules)), method), arguments);
        ExpressionSyntax Subject() => IdentifierName(names.Items[leaf.Subject]);
        ExpressionSyntax Inputs() => Collection(leaf.Inputs.Select(slot => Property(names, slot)));
        ExpressionSyntax OwnInput() => Property(names, leaf.Inputs[0]);
        ExpressionSyntax Reason() => Property(names, leaf.Reason);
        ExpressionSyntax OtherProblems() => leaf.OtherProblemsSlot >= 0 ? Property(names, leaf.OtherProblemsSlot) : Null;
        ExpressionSyntax ReasonIfAny() => leaf.Reason >= 0 ? Reason() : Null;

        return leaf.Rule switch
        {
            PassFailPlan { OtherwiseJudged: true } => Rules(nameof(LeafRules.PassFail), indicator, rule, OwnInput(), Property(names, leaf.Inputs[1]), Reason(), Scope),
            PassFailPlan => Rules(nameof(LeafRules.PassFail), indicator, rule, OwnInput(), Null, Null, Scope),
            ChecklistPlan => Rules(nameof(LeafRules.Checklist), indicator, rule, Inputs(), OtherProblems(), ReasonIfAny(), Scope),
            DeductionPlan => Rules(nameof(LeafRules.Deduction), indicator, rule, Inputs(), Scope),
            BandTablePlan when leaf.Inputs.Length > 0 => Rules(nameof(LeafRules.Band), indicator, rule, Subject(), OwnInput(), Reason(), Scope),
            BandTablePlan => Rules(nameof(LeafRules.Band), indicator, rule, Subject(), Null, Null, Scope),
            ThresholdPlan => Rules(nameof(LeafRules.Threshold), indicator, rule, Subject(), Scope),
            ProportionalPlan => Rules(nameof(LeafRules.Proportional), indicator, rule, Subject(), Scope),
            LevelPlan => Rules(nameof(LeafRules.Level), indicator, rule, OwnInput(), leaf.Inputs.Length > 1 ? Property(names, leaf.Inputs[1]) : Null, OtherProblems(), ReasonIfAny(), Scope),
            DiscretionaryPlan or PendingPlan => Rules(nameof(LeafRules.Discretionary), indicator, OwnInput(), Reason(), Scope),
            PartsPlan parts => Rules(nameof(LeafRules.Parts), indicator, rule, Collection(parts.Parts.Select((part, i) =>
                ScoreOrNotApplicable(names, part.Leaf!, names.PartLeaves[owner][i], names.PartRules[owner][i], owner))), Scope),
            _ => throw new UnreachableException($"rule plan {leaf.Rule.GetType().Name} has no call"),
        };
    }

    private static ExpressionSyntax Property(ScorerNames names, int slot) => Member(Input, names.Properties[slot]);

    private static ExpressionSyntax IsTrue(ExpressionSyntax flag) => BinaryExpression(SyntaxKind.EqualsExpression, flag, CSharpSyntax.Literal(true));

    private static AssignmentExpressionSyntax Assign(ExpressionSyntax target, ExpressionSyntax value) =>
        AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target, value);

    private static LocalDeclarationStatementSyntax Var(string name, ExpressionSyntax value) =>
        LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(VariableDeclarator(name).WithInitializer(EqualsValueClause(value)))));
}
