using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SchemeLang.Emit.Compiling;

/// <summary>
/// The assembly-level attributes of a scorer (version and <c>AssemblyMetadata</c> pairs), built with
/// <see cref="SyntaxFactory"/>: keys and values are literals, so metadata text never becomes code.
/// </summary>
internal static class AssemblyAttributes
{
    public static CompilationUnitSyntax For(Version version, IReadOnlyDictionary<string, string> metadata)
    {
        var attributes = new List<AttributeSyntax>
        {
            Attribute("global::System.Reflection.AssemblyVersionAttribute", version.ToString()),
            Attribute("global::System.Reflection.AssemblyFileVersionAttribute", version.ToString()),
        };
        foreach (var (key, value) in metadata.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            attributes.Add(Attribute("global::System.Reflection.AssemblyMetadataAttribute", key, value));
        }

        var lists = attributes.Select(attribute =>
            AttributeList(SingletonSeparatedList(attribute))
                .WithTarget(AttributeTargetSpecifier(Token(SyntaxKind.AssemblyKeyword))));
        return CompilationUnit().WithAttributeLists(List(lists));
    }

    private static AttributeSyntax Attribute(string type, params string[] arguments) =>
        SyntaxFactory.Attribute(
            ParseName(type),
            AttributeArgumentList(SeparatedList(arguments.Select(argument => AttributeArgument(CSharpSyntax.Literal(argument))))));

}
