using BenchmarkDotNet.Attributes;
using SchemeLang.Binding;
using SchemeLang.Docs.Rendering;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// `schemelang doc` and `score --format html` without the files: the 评分标准 page of the largest example and of 004
/// from the bound scheme, and one record's score report (the example's first 测试 record, already scored).
/// </summary>
[MemoryDiagnoser]
public class DocBenchmarks
{
    private BoundScheme _scheme = null!;
    private RecordResult _result = null!;

    [Params("001-nanchang-working-funds", "004-huaning-employee-insurance")]
    public string Example { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        var evaluator = new Evaluator(SchemeCompilation.FromFile(Path.Combine(CheckBenchmarks.FindRoot(), "examples", Example + ".scheme")));
        _scheme = evaluator.Scheme;
        var test = _scheme.Tests[0];
        _result = evaluator.Evaluate(new DataRecord(test.Name, test.Inputs.ToDictionary(input => input.Key, input => input.Value)));
    }

    [Benchmark]
    public int StandardPage() => PageRenderer.Standard(_scheme).Length;

    /// <summary>The page of one record's report; in a report of many records each record costs its section only.</summary>
    [Benchmark]
    public int ScoreReport() => PageRenderer.Report(_scheme, _result).Length;
}
