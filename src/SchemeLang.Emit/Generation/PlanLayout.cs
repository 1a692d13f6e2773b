using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// Line breaks for the printed plan, which <see cref="SyntaxNode.NormalizeWhitespace{TNode}(TNode, string, string, bool)"/>
/// leaves on one line: each argument of <c>new SchemePlan(…)</c> on its own line, and each slot, data item,
/// indicator, veto and grade on its own line, so a reader (and a diff) sees the scheme one entry per line.
/// </summary>
internal static class PlanLayout
{
    private const int ArgumentIndent = 8;
    private const int ElementIndent = 12;

    public static CompilationUnitSyntax Apply(CompilationUnitSyntax unit)
    {
        var plan = unit.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Single(property => property.Identifier.Text == "Scheme")
            .Initializer!.Value as ObjectCreationExpressionSyntax
            ?? throw new InvalidOperationException("the scorer's Scheme property is initialised with new SchemePlan(…)");
        return unit.ReplaceNode(plan, plan.WithArgumentList(OneArgumentPerLine(plan.ArgumentList!)));
    }

    private static ArgumentListSyntax OneArgumentPerLine(ArgumentListSyntax arguments)
    {
        var laidOut = arguments.Arguments.Select(argument => (argument.Expression is CollectionExpressionSyntax { Elements.Count: > 0 } list
            ? argument.WithExpression(OneElementPerLine(list))
            : argument).WithLeadingTrivia(Indent(ArgumentIndent)));
        return arguments.WithArguments(SeparatedList(laidOut, Commas(arguments.Arguments.Count)));
    }

    private static CollectionExpressionSyntax OneElementPerLine(CollectionExpressionSyntax list) =>
        list.WithElements(SeparatedList(list.Elements.Select(element => element.WithLeadingTrivia(Indent(ElementIndent))), Commas(list.Elements.Count)))
            .WithCloseBracketToken(list.CloseBracketToken.WithLeadingTrivia(Indent(ArgumentIndent)));

    private static IEnumerable<SyntaxToken> Commas(int count) => Enumerable.Repeat(Token(SyntaxKind.CommaToken), Math.Max(0, count - 1));

    private static SyntaxTriviaList Indent(int spaces) => TriviaList(EndOfLine("\n"), Whitespace(new string(' ', spaces)));
}
