using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// Line breaks for the printed plan, which
/// <see cref="Microsoft.CodeAnalysis.SyntaxNodeExtensions.NormalizeWhitespace{TNode}(TNode, string, string, bool)"/>
/// leaves on one line: each line of the plan's JSON is its own string literal on its own source line, so a reader
/// (and a diff) sees the scheme as indented JSON.
/// </summary>
internal static class PlanLayout
{
    private const int LineIndent = 8;

    public static CompilationUnitSyntax Apply(CompilationUnitSyntax unit)
    {
        var lines = unit.DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Single(type => type.Identifier.Text == ScorerEmitter.ScorerTypeName)
            .Members.OfType<PropertyDeclarationSyntax>()
            .Single(property => property.Identifier.Text == "Scheme")
            .DescendantNodes().OfType<CollectionExpressionSyntax>().Single();
        var laidOut = lines
            .WithElements(SeparatedList(
                lines.Elements.Select(line => line.WithLeadingTrivia(EndOfLine("\n"), Whitespace(new string(' ', LineIndent)))),
                Enumerable.Repeat(Token(SyntaxKind.CommaToken), Math.Max(0, lines.Elements.Count - 1))))
            .WithCloseBracketToken(lines.CloseBracketToken.WithLeadingTrivia(EndOfLine("\n"), Whitespace(new string(' ', LineIndent / 2))));
        return unit.ReplaceNode(lines, laidOut);
    }
}
