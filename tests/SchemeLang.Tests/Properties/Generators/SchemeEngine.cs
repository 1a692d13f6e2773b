using SchemeLang.Evaluation;
using SchemeLang.Testing;
using SchemeLang.Text;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>
/// The one place the properties, the fuzz smoke test and bench/SchemeLang.Fuzz compile schemes and build evaluators.
/// The evaluator's construction is changing (it will refuse schemes with errors); only <see cref="Scorer"/> follows it.
/// </summary>
public static class SchemeEngine
{
    public static Compilation Compile(string text, string path = "generated.scheme") => Compilation.FromSource(new SourceText(path, text));

    /// <summary>Bytes as the CLI reads a file: strict UTF-8 under 1 MB, else the one SL0xxx diagnostic.</summary>
    public static Compilation Compile(byte[] bytes, string path = "generated.scheme")
    {
        var (source, error) = SourceLoader.FromBytes(path, bytes);
        return source is null ? new Compilation(null, [error!]) : Compilation.FromSource(source);
    }

    /// <summary>Scores records with a compilation that has no errors.</summary>
    public static Func<DataRecord, RecordResult> Scorer(Compilation compilation)
    {
        if (compilation.HasErrors || compilation.Scheme is null)
        {
            throw new ArgumentException("only a scheme without errors can be scored", nameof(compilation));
        }

        return new Evaluator(compilation.Scheme).Evaluate;
    }

    /// <summary>The scheme's own 测试 blocks, as `schemelang test` runs them.</summary>
    public static IReadOnlyList<SchemeTestResult> RunTests(Compilation compilation) => SchemeTestRunner.Run(compilation.Scheme!);
}
