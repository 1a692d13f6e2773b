using BenchmarkDotNet.Attributes;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// The interpreter on seed 004 (33 indicators, 32 inputs): time and bytes for one record, the figure the compiled
/// scorer and a hand-written one will be measured against.
/// </summary>
[MemoryDiagnoser]
public class ScoreBenchmarks
{
    private Evaluator _evaluator = null!;
    private DataRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scheme = Path.Combine(CheckBenchmarks.FindRoot(), "examples", "004-huaning-employee-insurance.scheme");
        _evaluator = new Evaluator(SchemeCompilation.FromFile(scheme));
        var test = _evaluator.Scheme.Tests[0];
        _record = new DataRecord("bench", test.Inputs.ToDictionary(input => input.Key, input => input.Value));
    }

    [Benchmark]
    public decimal? Interpret004() => _evaluator.Evaluate(_record).Total;
}
