using System.Reflection;
using SchemeLang.Diagnostics;

namespace SchemeLang.Tests.Architecture;

public class ArchitectureTests
{
    private static readonly Assembly Syntax = typeof(SchemeLang.Parsing.SchemeSyntaxParser).Assembly;

    [Fact]
    public void Antlr_types_stay_inside_the_syntax_layer()
    {
        foreach (var assembly in new[] { typeof(SchemeCompilation).Assembly, typeof(SchemeLang.Cli.SchemeLangCli).Assembly, typeof(Runtime.IRecordScorer).Assembly })
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), reference => reference.Name!.StartsWith("Antlr4", StringComparison.Ordinal));
        }

        // The syntax project's own public surface (outside the generated parser) never mentions an ANTLR type.
        var leaks = Syntax.GetExportedTypes()
            .Where(type => type.Namespace != "SchemeLang.Parsing.Generated")
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(SignatureTypes)
                .Where(t => t.Assembly.GetName().Name!.StartsWith("Antlr4", StringComparison.Ordinal))
                .Select(t => $"{type.Name}: {t.Name}"))
            .ToArray();
        Assert.Empty(leaks);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };

    [Fact]
    public void The_data_library_depends_on_the_runtime_and_not_on_the_compiler_or_the_cli()
    {
        // A program that scores with a built scorer DLL reads its rows with SchemeLang.Data and the runtime alone.
        var references = typeof(SchemeLang.Data.DataFileReader).Assembly.GetReferencedAssemblies().Select(reference => reference.Name!).ToArray();
        Assert.Contains("SchemeLang.Runtime", references);
        Assert.Equal(["SchemeLang.Runtime"], references.Where(name => name.StartsWith("SchemeLang", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains(typeof(SchemeLang.Cli.SchemeLangCli).Assembly.GetReferencedAssemblies(), reference => reference.Name == "SchemeLang.Data");
    }

    [Fact]
    public void Diagnostic_codes_are_unique_and_follow_the_phase_ranges()
    {
        var codes = DiagnosticCatalog.All.Select(descriptor => descriptor.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^SL[0-5][0-9]{3}$", code));
    }

    [Fact]
    public void Syntax_and_bound_nodes_are_sealed_or_abstract()
    {
        var nodes = Syntax.GetExportedTypes().Concat(typeof(SchemeCompilation).Assembly.GetExportedTypes())
            .Where(type => type.Namespace is "SchemeLang.Syntax" or "SchemeLang.Binding" && type.IsClass && !type.IsStatic())
            .Where(type => type.GetMethod("<Clone>$") is not null);
        Assert.All(nodes, type => Assert.True(type.IsAbstract || type.IsSealed, $"{type.Name} must be abstract or sealed"));
    }
}

internal static class TypeExtensions
{
    public static bool IsStatic(this Type type) => type.IsAbstract && type.IsSealed;
}
