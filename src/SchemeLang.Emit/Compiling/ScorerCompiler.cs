using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Emit.Compiling;

/// <summary>
/// Compiles a generated scorer in process with Roslyn. Every input that could vary is fixed, so the same source,
/// name, version and metadata give byte-identical DLL and PDB on any machine with the same compiler and .NET
/// major version, whatever the working directory:
/// <list type="bullet">
/// <item>the source is always the file <see cref="SourcePath"/> (relative, never a machine path) and the
/// attributes <see cref="AttributesPath"/>; neither ends in <c>.g.cs</c>, because Roslyn treats such a file (or one
/// opening with an <c>&lt;auto-generated&gt;</c> comment) as generated and turns nullable analysis off in it, and a
/// scorer should get every check;</item>
/// <item>options: library, Release, nullable enabled, C# 14, warning level 9999 (every warning wave) with
/// every warning an error, deterministic, no concurrency-dependent output;</item>
/// <item>references: <see cref="FrameworkReferences"/>, a fixed sorted list;</item>
/// <item>debug information: a separate portable PDB named after the assembly, holding the generated source
/// (so a stack trace or debugger shows the scorer's code without any file on disk); the DLL records only the
/// PDB's file name.</item>
/// </list>
/// A compile error is returned as data in <see cref="CompiledScorer.Errors"/>, never thrown.
/// </summary>
public static class ScorerCompiler
{
    /// <summary>The path every generated scorer's source has in diagnostics and in the PDB.</summary>
    public const string SourcePath = "Scorer.cs";

    /// <summary>The path of the assembly attributes' source.</summary>
    public const string AttributesPath = "AssemblyInfo.cs";

    /// <summary>
    /// How scorer source is parsed: C# 14, doc comments read and checked. A tree handed to <see cref="Compile(string, Version, SyntaxTree, IReadOnlyDictionary{string, string}, byte[])"/>
    /// keeps the shape it was parsed into, so parse it with these options for its doc comments to reach the XML documentation.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.CSharp14,
        DocumentationMode.Diagnose,
        SourceCodeKind.Regular);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        warningLevel: 9999,
        // Deterministic output does not depend on concurrency (the SDK builds every project that way); a large scheme's
        // methods are bound and emitted on every core.
        deterministic: true,
        concurrentBuild: true,
        // Not every generated member needs a doc comment; those written must still be well-formed (CS1570 and kin stay errors).
        specificDiagnosticOptions: [new KeyValuePair<string, ReportDiagnostic>("CS1591", ReportDiagnostic.Suppress)]);

    /// <summary>Parses <paramref name="source"/> as <see cref="SourcePath"/> and compiles it.</summary>
    public static CompiledScorer Compile(string assemblyName, Version version, string source, IReadOnlyDictionary<string, string> metadata, byte[]? plan = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = SourceText.From(source, Encoding.UTF8, SourceHashAlgorithm.Sha256);
        return Compile(assemblyName, version, CSharpSyntaxTree.ParseText(text, ParseOptions, SourcePath), metadata, plan);
    }

    /// <summary>
    /// Compiles <paramref name="tree"/> (its path and parse options are replaced by this compiler's own), with
    /// assembly attributes for <paramref name="version"/> and each <paramref name="metadata"/> pair, and
    /// <paramref name="plan"/> (<see cref="PlanJson.ToResource"/>) as the <see cref="PlanJson.ResourceName"/> resource.
    /// </summary>
    public static CompiledScorer Compile(string assemblyName, Version version, SyntaxTree tree, IReadOnlyDictionary<string, string> metadata, byte[]? plan = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyName);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(metadata);

        var scorer = Fixed(tree, SourcePath);
        var attributes = CSharpSyntaxTree.Create(
            AssemblyAttributes.For(version, metadata), ParseOptions, AttributesPath, Encoding.UTF8);
        var compilation = CSharpCompilation.Create(
            assemblyName, [scorer, attributes], FrameworkReferences.Get(), CompilationOptions);

        using var dll = new MemoryStream();
        using var pdb = new MemoryStream();
        using var xml = new MemoryStream();
        var emitOptions = new EmitOptions(
            debugInformationFormat: DebugInformationFormat.PortablePdb,
            pdbFilePath: assemblyName + ".pdb",
            pdbChecksumAlgorithm: HashAlgorithmName.SHA256);
        var result = compilation.Emit(
            dll,
            pdb,
            xml,
            options: emitOptions,
            manifestResources: plan is null ? null : [new ResourceDescription(PlanJson.ResourceName, () => new MemoryStream(plan, writable: false), isPublic: true)],
            embeddedTexts: [EmbeddedText.FromSource(SourcePath, scorer.GetText())]);

        var errors = result.Diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToImmutableArray();
        if (!result.Success)
        {
            return new CompiledScorer([], [], string.Empty, errors.IsEmpty ? result.Diagnostics : errors);
        }

        return new CompiledScorer(dll.ToArray(), pdb.ToArray(), Encoding.UTF8.GetString(xml.ToArray()), []);
    }

    /// <summary>The tree with this compiler's parse options, path and encoding, so nothing about its origin reaches the output.</summary>
    private static SyntaxTree Fixed(SyntaxTree tree, string path) =>
        CSharpSyntaxTree.Create((CSharpSyntaxNode)tree.GetRoot(), ParseOptions, path, Encoding.UTF8);
}
