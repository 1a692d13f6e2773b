using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static SchemeLang.Emit.Syntax.CSharpSyntax;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// Prints a scheme plan as a scorer: a typed <c>Input</c> (one property per record field) and a <c>Scorer</c> that
/// holds the plan and scores each leaf by calling the runtime's rules with the input's values — the same calls, in
/// the same order, as the interpreter makes while walking the plan. The code is built as a Roslyn syntax tree: scheme
/// text enters only as literals (<see cref="CSharpSyntax"/>), identifiers (<see cref="Identifiers"/>) and escaped
/// doc comments (<see cref="DocComments"/>).
/// </summary>
public static class ScorerEmitter
{
    public const string InputTypeName = "Input";

    public const string ScorerTypeName = "Scorer";

    /// <summary>The namespace (and assembly name) of a scheme's scorer: its name as a C# identifier.</summary>
    public static string NamespaceFor(SchemePlan plan) => Identifiers.Sanitize(plan.Name);

    public static CompilationUnitSyntax Emit(SchemePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var names = ScorerNames.For(plan);
        var input = InputPrinter.Print(plan, names);
        var scorer = ScorerPrinter.Print(plan, names);
        var unit = CompilationUnit()
            .WithUsings(List([UsingDirective(IdentifierName("System")), UsingDirective(ParseName("SchemeLang.Runtime"))]))
            .WithMembers(List<MemberDeclarationSyntax>([
                FileScopedNamespaceDeclaration(IdentifierName(NamespaceFor(plan)))
                    .WithMembers(List<MemberDeclarationSyntax>([input, scorer])),
            ]))
            .NormalizeWhitespace(eol: "\n");
        return PlanLayout.Apply(unit);
    }

    /// <summary>The scorer's C# text, as <see cref="Emit"/> builds it.</summary>
    public static string EmitText(SchemePlan plan) => Emit(plan).ToFullString();
}
