using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Testing;
using SchemeLang.Text;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>
/// The one place the properties, the fuzz smoke test and bench/SchemeLang.Fuzz compile schemes and build evaluators.
/// Only <see cref="Scorer"/> knows how an evaluator is made.
/// </summary>
public static class SchemeEngine
{
    public static SchemeCompilation Compile(string text, string path = "generated.scheme") => SchemeCompilation.FromSource(new SourceFile(path, text));

    /// <summary>Bytes as the CLI reads a file: strict UTF-8 under 1 MB, else the one SL0xxx diagnostic.</summary>
    public static SchemeCompilation Compile(byte[] bytes, string path = "generated.scheme")
    {
        var (source, error) = SourceLoader.FromBytes(path, bytes);
        return source is null ? new SchemeCompilation(null, [error!]) : SchemeCompilation.FromSource(source);
    }

    /// <summary>Scores records with a compilation that has no errors (the evaluator refuses any other).</summary>
    public static Func<DataRecord, RecordResult> Scorer(SchemeCompilation compilation) => new Evaluator(compilation).Evaluate;

    /// <summary>The scheme's own 测试 blocks, as `schemelang test` runs them.</summary>
    public static IReadOnlyList<SchemeTestResult> RunTests(SchemeCompilation compilation) => SchemeTestRunner.Run(compilation);
}
