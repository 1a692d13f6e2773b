using BenchmarkDotNet.Attributes;
using SchemeLang.Binding;
using SchemeLang.Docs.Rendering;

namespace SchemeLang.Benchmarks;

/// <summary>`schemelang doc` without the file: the 评分标准 page of the largest example and of 004, from the bound scheme.</summary>
[MemoryDiagnoser]
public class DocBenchmarks
{
    private BoundScheme _scheme = null!;

    [Params("001-nanchang-working-funds", "004-huaning-employee-insurance")]
    public string Example { get; set; } = null!;

    [GlobalSetup]
    public void Setup() =>
        _scheme = SchemeCompilation.FromFile(Path.Combine(CheckBenchmarks.FindRoot(), "examples", Example + ".scheme")).Scheme!;

    [Benchmark]
    public int StandardPage() => PageRenderer.Standard(_scheme).Length;
}
