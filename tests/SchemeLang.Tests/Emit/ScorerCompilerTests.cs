using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemeLang.Emit.Compiling;

namespace SchemeLang.Tests.Emit;

[Collection(nameof(WorkingDirectoryCollection))]
public class ScorerCompilerTests
{
    private const string Source = """
        namespace Generated;

        /// <summary>A scorer.</summary>
        public static class Scorer
        {
            /// <summary>Rounds half away from zero through the runtime.</summary>
            public static decimal Round(decimal score) => SchemeLang.Runtime.CompilerServices.Scoring.RoundScore(score, 2);

            public static string? Name(bool named) => named ? "综合参保率" : null;
        }
        """;

    private static readonly Version Version = new(2023, 1, 0, 0);

    private static readonly Dictionary<string, string> Metadata = new(StringComparer.Ordinal)
    {
        ["SourceHash"] = "sha256:0f1e2d",
        ["SchemeName"] = "2023年华宁县城镇职工基本医疗保险绩效评价\"; System.IO.File.Delete(\"x\"); //\n#if DEBUG\u2028*/",
    };

    private static CompiledScorer Compile(string source) => ScorerCompiler.Compile("Scheme.Huaning", Version, source, Metadata);

    [Fact]
    public void A_small_generated_class_compiles_and_runs_against_the_runtime()
    {
        var compiled = Compile(Source);

        using var scorer = LoadedScorer.Load(compiled);

        Assert.Equal(2.35m, scorer.Assembly.GetType("Generated.Scorer")!.GetMethod("Round")!.Invoke(null, [2.345m]));
        Assert.Contains("M:Generated.Scorer.Round(System.Decimal)", compiled.XmlDoc, StringComparison.Ordinal);
        Assert.NotEmpty(compiled.Pdb);
    }

    [Fact]
    public void The_metadata_and_version_are_readable_by_reflection()
    {
        using var scorer = LoadedScorer.Load(Compile(Source));

        var metadata = scorer.Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Select(attribute => KeyValuePair.Create(attribute.Key, attribute.Value!))
            .ToArray();
        Assert.Equal(Metadata.OrderBy(pair => pair.Key, StringComparer.Ordinal), metadata);
        Assert.Equal(Version, scorer.Assembly.GetName().Version);
        Assert.Equal("Scheme.Huaning", scorer.Assembly.GetName().Name);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_dll_and_pdb()
    {
        var first = Compile(Source);
        var second = Compile(Source);

        Assert.True(first.Succeeded);
        Assert.Equal(first.Dll, second.Dll);
        Assert.Equal(first.Pdb, second.Pdb);
        Assert.Equal(first.XmlDoc, second.XmlDoc);
    }

    [Fact]
    public void Neither_the_working_directory_nor_the_trees_path_reaches_the_output()
    {
        var expected = Compile(Source);
        var elsewhere = Directory.CreateTempSubdirectory("schemelang-emit-");
        var previous = Environment.CurrentDirectory;
        CompiledScorer moved;
        try
        {
            Environment.CurrentDirectory = elsewhere.FullName;
            var tree = CSharpSyntaxTree.ParseText(Source, ScorerCompiler.ParseOptions, Path.Combine(elsewhere.FullName, "sub", "Other.cs"));
            moved = ScorerCompiler.Compile("Scheme.Huaning", Version, tree, Metadata);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            elsewhere.Delete(recursive: true);
        }

        Assert.Equal(expected.Dll, moved.Dll);
        Assert.Equal(expected.Pdb, moved.Pdb);
        Assert.DoesNotContain(elsewhere.Name, System.Text.Encoding.UTF8.GetString(moved.Pdb), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compile_error_is_returned_with_its_location()
    {
        var compiled = Compile("public static class C\n{\n    public static int F() => \"x\";\n}\n");

        Assert.False(compiled.Succeeded);
        Assert.Empty(compiled.Dll);
        Assert.Empty(compiled.Pdb);
        var error = Assert.Single(compiled.Errors);
        Assert.Equal("CS0029", error.Id);
        var span = error.Location.GetLineSpan();
        Assert.Equal(ScorerCompiler.SourcePath, span.Path);
        Assert.Equal(new LinePosition(2, 29), span.StartLinePosition);
    }

    [Theory]
    [InlineData("public static class C { public static int F() { int unused = 0; return 1; } }", "CS0219")]
    [InlineData("public static class C { public static string F() => null; }", "CS8603")]
    [InlineData("/// <summary>unclosed\npublic static class C { }", "CS1570")]
    public void A_warning_fails_the_build(string source, string id)
    {
        var compiled = Compile(source);

        Assert.False(compiled.Succeeded);
        var error = Assert.Single(compiled.Errors);
        Assert.Equal(id, error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.True(error.IsWarningAsError);
    }

    [Fact]
    public void The_assembly_references_only_the_framework_and_the_runtime()
    {
        using var scorer = LoadedScorer.Load(Compile(Source));

        var references = scorer.Assembly.GetReferencedAssemblies().Select(name => name.Name!).Order(StringComparer.Ordinal);
        // Compiled against reference assemblies, as an SDK project is: a consumer project resolves every type through System.Runtime.
        Assert.Equal(["SchemeLang.Runtime", "System.Runtime"], references);
    }
}

public class EmitArchitectureTests
{
    [Fact]
    public void The_emit_project_references_the_runtime_but_not_the_front_end()
    {
        var references = typeof(ScorerCompiler).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToArray();

        Assert.Contains("SchemeLang.Runtime", references);
        Assert.DoesNotContain(references, name => name is "SchemeLang.Syntax" or "SchemeLang.Semantics");
    }
}

/// <summary>Tests that change the process's working directory run alone.</summary>
[CollectionDefinition(nameof(WorkingDirectoryCollection), DisableParallelization = true)]
public sealed class WorkingDirectoryCollection;
