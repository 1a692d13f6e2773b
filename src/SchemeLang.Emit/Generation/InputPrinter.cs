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
/// The typed record (a C# record): one nullable property per record field, named after the field where that is a C#
/// identifier, with the field's name as written in <see cref="SchemeFieldAttribute"/> and in its doc comment; a 等次
/// field holds its own enum (printed before the record), an amount the unit its item is declared in.
/// </summary>
internal static class InputPrinter
{
    /// <summary>Each 等次 field's enum in slot order, then the record.</summary>
    public static IEnumerable<MemberDeclarationSyntax> Print(SchemePlan plan, ScorerNames names)
    {
        var id = (PropertyDeclarationSyntax)ParseMemberDeclaration("public string Id { get; init; } = \"\";")!;
        var members = new List<MemberDeclarationSyntax> { id.WithLeadingTrivia(DocComments.Summary("记录编号：结果和记录错误以它标明。")) };
        for (var slot = 0; slot < plan.Slots.Length; slot++)
        {
            if (names.Levels[slot] is { } levelEnum)
            {
                yield return LevelEnumDeclaration(plan.Slots[slot], levelEnum, LevelWords(plan, slot));
            }

            members.Add(Property(plan.Slots[slot], names.Properties[slot], names.Levels[slot], plan.LevelNames[slot]));
        }

        yield return LinearWhitespace.LongList(RecordDeclaration(SyntaxKind.RecordDeclaration, Token(SyntaxKind.RecordKeyword), Identifier(ScorerEmitter.InputTypeName))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.SealedKeyword)))
            .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken))
            .WithMembers(List(members))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken))
            .WithLeadingTrivia(DocComments.Summary(
                $"「{plan.Name}」的一条记录：方案读取的每个字段，记录没有时为 null。百分比以比率计（96.87% 即 0.9687m），金额以方案为该项所写的单位计（见各属性），等次为该字段的枚举。")));
    }

    /// <summary><c>public enum 依据的充分性等次 { 充分, … }</c>: a member per level, in the order written, each under the level's words.</summary>
    private static EnumDeclarationSyntax LevelEnumDeclaration(SlotPlan slot, LevelEnum levelEnum, List<string> words) =>
        EnumDeclaration(levelEnum.Type)
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithMembers(SeparatedList(levelEnum.Members.Select((member, i) => EnumMemberDeclaration(member)
                .WithLeadingTrivia(DocComments.Summary(words[i])))))
            .WithLeadingTrivia(DocComments.Summary($"「{slot.Key}」可评的等次，按方案所列的次序。"));

    private static PropertyDeclarationSyntax Property(SlotPlan slot, string name, LevelEnum? levelEnum, IEnumerable<string> levels) =>
        PropertyDeclaration(NullableType(levelEnum is null ? ClrType(slot.Kind) : IdentifierName(levelEnum.Type)), Identifier(name))
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
        SlotKind.Reason or SlotKind.Text => PredefinedType(Token(SyntaxKind.StringKeyword)),
        _ => throw new UnreachableException($"slot kind {kind}"),
    };

    private static string Describe(SlotPlan slot, IEnumerable<string> levels) => slot.Kind switch
    {
        SlotKind.Number => slot.Number.Type switch
        {
            DataTypeKind.Percent => "百分比，以比率计（0.9687m 即 96.87%）",
            DataTypeKind.Money => $"金额，以{slot.Number.Unit ?? "元"}计",
            DataTypeKind.Count => slot.Number.Unit is { } unit ? $"整数（{unit}）" : "整数",
            _ => slot.Number.Unit is { } unit ? $"数值（{unit}）" : "数值",
        },
        SlotKind.Boolean => "是否：true 为是",
        SlotKind.Count => "次数（不小于 0 的整数）",
        SlotKind.Level => "评定的等次：" + string.Concat(levels.Select(level => $"「{level}」")),
        SlotKind.Score when slot.Key.EndsWith("." + RowReader.OtherProblemsSuffix, StringComparison.Ordinal) => "其他问题的酌情扣分；没有则不填（null）",
        SlotKind.Score => "酌情得分",
        SlotKind.Reason => "酌情得分的理由",
        SlotKind.Text => "文本，不参与计分",
        _ => throw new UnreachableException($"slot kind {slot.Kind}"),
    };

    /// <summary>
    /// A 等次 field's levels in words: a 等次 table's with their points (「充分」，得 3分); a 自评表 tier has no points of
    /// its own, and is said by its name alone.
    /// </summary>
    private static List<string> LevelWords(SchemePlan plan, int slot) => plan.LevelRules[slot] is LevelPlan rule
        ? [.. rule.Levels.Select(level => level.Judged
            ? $"「{level.Name}」，酌情评分（0至{NumberText.Points(level.Points)}）"
            : $"「{level.Name}」，{(level.Points == 0m ? "不得分" : "得" + NumberText.Points(level.Points))}")]
        : [.. plan.LevelNames[slot].Select(name => $"「{name}」")];
}
