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
/// The scorer class: the plan as a static property, its leaves' plans and rules in one table, row reading as one
/// object initializer in slot order (a 等次 field's level as its enum), and <c>Evaluate</c> with its parts (<see cref="EvaluatePrinter"/>).
/// </summary>
internal static class ScorerPrinter
{
    /// <summary>
    /// A runtime type as the printed C# names it, from the global namespace (see <see cref="CSharpSyntax.TypeName(Type)"/>):
    /// taken from the type itself, so the text follows the type to whichever namespace holds it.
    /// </summary>
    public static string Global<T>() => TypeName<T>().ToFullString();

    private static readonly IdentifierNameSyntax Scope = IdentifierName("scope");

    public static ClassDeclarationSyntax Print(SchemePlan plan, ScorerNames names)
    {
        var members = new List<MemberDeclarationSyntax>
        {
            PropertyDeclaration(TypeName<SchemePlan>(), Identifier("Scheme"))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                .WithAccessorList(AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)))))
                .WithInitializer(EqualsValueClause(Call(
                    Member(TypeName(typeof(PlanJson)), nameof(PlanJson.FromResource)),
                    Member(TypeOfExpression(IdentifierName(ScorerEmitter.ScorerTypeName)), nameof(Type.Assembly)))))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
                .WithLeadingTrivia(DocComments.Summary($"方案的全部评分规则（本程序集的资源 {PlanJson.ResourceName}），与解释器执行的是同一份数据。")),
        };

        if (plan.LeafCount > 0)
        {
            members.Add(FieldDeclaration(VariableDeclaration(TypeName<LeafPlans>(), SingletonSeparatedList(VariableDeclarator(ScorerNames.LeafTable)
                    .WithInitializer(EqualsValueClause(ImplicitObjectCreationExpression().WithArgumentList(Arguments([IdentifierName("Scheme")])))))))
                .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)))
                .WithLeadingTrivia(DocComments.Summary("各叶指标的计划和评分标准，按叶指标的序号：Evaluate 逐个传给 LeafRules。")));
        }

        members.Add(Parse($"public Scorer({Global<PercentReading>()}? percentReading = null) : base(Scheme, percentReading) {{ }}")
            .WithLeadingTrivia(DocComments.Summary("无状态，可在多个线程间共用。percentReading：行数据中不带 % 的百分比如何读；为 null 时按方案的「百分比数据」。")));
        members.Add(Parse("protected override string IdOf(Input input) => input.Id;"));
        members.Add(ReadMethod(plan, names));
        members.AddRange(EvaluatePrinter.Print(plan, names));
        members.AddRange(FastPathPrinter.Print(plan, names));

        return LinearWhitespace.LongList(ClassDeclaration(ScorerEmitter.ScorerTypeName)
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.SealedKeyword)))
            .WithBaseList(BaseList(SingletonSeparatedList<BaseTypeSyntax>(SimpleBaseType(ParseTypeName($"global::{typeof(SchemeScorer<>).Namespace}.{nameof(SchemeScorer<object>)}<{ScorerEmitter.InputTypeName}>")))))
            .WithMembers(List(members))
            .WithLeadingTrivia(DocComments.Summary($"「{plan.Name}」的计分器：由 schemelang 从方案生成，与解释器逐条记录一致。")));
    }

    public static MemberDeclarationSyntax Parse(string member) =>
        ParseMemberDeclaration(member) ?? throw new UnreachableException($"constant member does not parse: {member}");

    public static ElementAccessExpressionSyntax ElementAccess(ExpressionSyntax target, int index) =>
        SyntaxFactory.ElementAccessExpression(target, BracketedArgumentList(SingletonSeparatedList(Argument(CSharpSyntax.Literal(index)))));

    private static MethodDeclarationSyntax ReadMethod(SchemePlan plan, ScorerNames names)
    {
        var record = IdentifierName("record");
        var assignments = new List<ExpressionSyntax> { Assign(IdentifierName("Id"), Member(record, "Id")) };
        for (var slot = 0; slot < plan.Slots.Length; slot++)
        {
            // A 等次 field is read as its enum: RowReader.Level<依据的充分性等次>(…).
            ExpressionSyntax reader = names.Levels[slot] is { } levelEnum
                ? MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeName(typeof(RowReader)), GenericName(Identifier(nameof(RowReader.Level)))
                    .WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(IdentifierName(levelEnum.Type)))))
                : Member(TypeName(typeof(RowReader)), Reader(plan.Slots[slot].Kind));
            ExpressionSyntax[] arguments = plan.Slots[slot].Kind == SlotKind.Number
                ? [record, CSharpSyntax.Literal(slot), IdentifierName("PercentReading"), Scope]
                : [record, CSharpSyntax.Literal(slot), Scope];
            assignments.Add(Assign(IdentifierName(names.Properties[slot]), Call(reader, arguments)));
        }

        var body = ObjectCreationExpression(IdentifierName(ScorerEmitter.InputTypeName))
            .WithArgumentList(ArgumentList())
            .WithInitializer(LinearWhitespace.LongList(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(assignments))));
        var read = ((MethodDeclarationSyntax)Parse($"protected override {ScorerEmitter.InputTypeName} Read({Global<DataRecord>()} record, {Global<RecordScope>()} scope) => null!;"))
            .WithExpressionBody(ArrowExpressionClause(body));
        // Every property is nullable and every reader returns its type nullable: nullable analysis has nothing to find
        // here, and Roslyn's analysis of one object initializer grows with the square of its members (12,600 fields:
        // 200 MB and a tenth of a build; 1,262 fields: 4 MB).
        return read
            .WithLeadingTrivia(read.GetLeadingTrivia()
                .Add(Comment("// 各字段都可为 null，读取方法都返回可为 null 的值：这里没有可空分析要查的，而它对一个对象初始值设定项的耗费随成员数的平方增长。"))
                .Add(EndOfLine("\n"))
                .Add(NullableWarnings(SyntaxKind.DisableKeyword)))
            .WithTrailingTrivia(read.GetTrailingTrivia().Add(EndOfLine("\n")).Add(NullableWarnings(SyntaxKind.RestoreKeyword)));
    }

    /// <summary><c>#nullable disable warnings</c> or <c>#nullable restore warnings</c>.</summary>
    private static SyntaxTrivia NullableWarnings(SyntaxKind setting) =>
        Trivia(NullableDirectiveTrivia(Token(setting), isActive: true).WithTargetToken(Token(SyntaxKind.WarningsKeyword)));

    /// <summary>The <see cref="RowReader"/> method that reads a field of this kind (a 等次 field's is generic over its enum).</summary>
    private static string Reader(SlotKind kind) => kind switch
    {
        SlotKind.Number => nameof(RowReader.Number),
        SlotKind.Boolean => nameof(RowReader.Boolean),
        SlotKind.Count => nameof(RowReader.Count),
        SlotKind.Score => nameof(RowReader.Score),
        SlotKind.Reason or SlotKind.Text => nameof(RowReader.Text),
        _ => throw new UnreachableException($"slot kind {kind} has no plain reader"),
    };

    public static AssignmentExpressionSyntax Assign(ExpressionSyntax target, ExpressionSyntax value) =>
        AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target, value);
}
