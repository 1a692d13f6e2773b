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
/// The typed record (a C# record): one nullable property per record field, named after the field where that is a C# identifier,
/// with the field's name as written in <see cref="SchemeFieldAttribute"/> and in its doc comment.
/// </summary>
internal static class InputPrinter
{
    /// <summary>A sealed record, so that a caller can vary one field of a record with <c>with</c>.</summary>
    public static RecordDeclarationSyntax Print(SchemePlan plan, ScorerNames names)
    {
        var id = (PropertyDeclarationSyntax)ParseMemberDeclaration("public string Id { get; init; } = \"\";")!;
        var members = new List<MemberDeclarationSyntax> { id.WithLeadingTrivia(DocComments.Summary("记录编号：结果和记录错误以它标明。")) };
        var levels = LevelsBySlot(plan);
        for (var slot = 0; slot < plan.Slots.Length; slot++)
        {
            members.Add(Property(plan.Slots[slot], names.Properties[slot], levels.GetValueOrDefault(slot, [])));
        }

        return LinearWhitespace.LongList(RecordDeclaration(SyntaxKind.RecordDeclaration, Token(SyntaxKind.RecordKeyword), Identifier(ScorerEmitter.InputTypeName))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.SealedKeyword)))
            .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken))
            .WithMembers(List(members))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken))
            .WithLeadingTrivia(DocComments.Summary(
                $"「{plan.Name}」的一条记录：方案读取的每个字段，记录没有时为 null。百分比以比率计（96.87% 即 0.9687m），金额以元计。")));
    }

    private static PropertyDeclarationSyntax Property(SlotPlan slot, string name, List<string> levels) =>
        PropertyDeclaration(NullableType(ClrType(slot.Kind)), Identifier(name))
            .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(
                Attribute(TypeName<SchemeFieldAttribute>()).WithArgumentList(AttributeArgumentList(SeparatedList([
                    AttributeArgument(CSharpSyntax.Literal(slot.Key)),
                    AttributeArgument(EnumMember(slot.Kind)),
                ])))))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithAccessorList(AccessorList(List([
                AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
                AccessorDeclaration(SyntaxKind.InitAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
            ])))
            .WithLeadingTrivia(DocComments.Summary($"「{slot.Key}」：{Describe(slot, levels)}"));

    private static TypeSyntax ClrType(SlotKind kind) => kind switch
    {
        SlotKind.Number or SlotKind.Count or SlotKind.Score => PredefinedType(Token(SyntaxKind.DecimalKeyword)),
        SlotKind.Boolean => PredefinedType(Token(SyntaxKind.BoolKeyword)),
        SlotKind.Level or SlotKind.Reason or SlotKind.Text => PredefinedType(Token(SyntaxKind.StringKeyword)),
        _ => throw new UnreachableException($"slot kind {kind}"),
    };

    private static string Describe(SlotPlan slot, List<string> levels) => slot.Kind switch
    {
        SlotKind.Number => slot.Number.Type switch
        {
            DataTypeKind.Percent => "百分比，以比率计（0.9687m 即 96.87%）",
            DataTypeKind.Money => "金额，以元计",
            DataTypeKind.Count => slot.Number.Unit is { } unit ? $"整数（{unit}）" : "整数",
            _ => slot.Number.Unit is { } unit ? $"数值（{unit}）" : "数值",
        },
        SlotKind.Boolean => "是否：true 为是",
        SlotKind.Count => "次数（不小于 0 的整数）",
        SlotKind.Level => "等次的名称：" + string.Join("、", levels),
        SlotKind.Score when slot.Key.EndsWith("." + RowReader.OtherProblemsSuffix, StringComparison.Ordinal) => "其他问题的酌情扣分；没有则不填（null）",
        SlotKind.Score => "酌情得分",
        SlotKind.Reason => "酌情得分的理由",
        SlotKind.Text => "文本，不参与计分",
        _ => throw new UnreachableException($"slot kind {slot.Kind}"),
    };

    /// <summary>
    /// The level names each level slot can take, in indicator order, found in one pass over the indicators (asking
    /// each slot's question of every indicator cost slots × indicators: 1.2 s at 15,120 leaves).
    /// </summary>
    private static Dictionary<int, List<string>> LevelsBySlot(SchemePlan plan)
    {
        var levels = new Dictionary<int, List<string>>();
        foreach (var indicator in plan.Indicators)
        {
            if (indicator.Leaf is { Rule: LevelPlan rule } leaf)
            {
                var names = levels.TryGetValue(leaf.Inputs[0], out var list) ? list : levels[leaf.Inputs[0]] = [];
                names.AddRange(rule.Levels.Select(level => level.Name));
            }
        }

        return levels;
    }
}
