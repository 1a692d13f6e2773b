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

    /// <summary>
    /// The namespace (and assembly name) of a scheme's scorer: its name as a C# identifier, without a leading
    /// "2023年" or "2023年度" when that is the scheme's 年度 — next year's scheme then gives the same type names, so the
    /// code that calls the scorer does not change with the year (the year is in the assembly version).
    /// </summary>
    public static string NamespaceFor(SchemePlan plan)
    {
        var name = plan.Name.Trim();
        if (plan.Year is { } year)
        {
            var digits = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var prefix in new[] { digits + "年度", digits + "年" })
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
                {
                    name = name[prefix.Length..].TrimStart();
                    break;
                }
            }
        }

        return Identifiers.Sanitize(name);
    }

    public static CompilationUnitSyntax Emit(SchemePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var names = ScorerNames.For(plan);
        var input = InputPrinter.Print(plan, names);
        var scorer = ScorerPrinter.Print(plan, names);
        var unit = CompilationUnit()
            .WithMembers(List<MemberDeclarationSyntax>([
                FileScopedNamespaceDeclaration(IdentifierName(NamespaceFor(plan)))
                    .WithMembers(List<MemberDeclarationSyntax>([input, scorer])),
            ]));
        return LinearWhitespace.Normalize(unit, eol: "\n");
    }

    /// <summary>The scorer's C# text, as <see cref="Emit"/> builds it.</summary>
    public static string EmitText(SchemePlan plan) => Emit(plan).ToFullString();
}
