using BenchmarkDotNet.Attributes;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Benchmarks;

/// <summary>`check` of the largest bundled example, warm and in-process (target: under 50 ms), and scoring one record.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private SourceFile _source = null!;
    private Evaluator _evaluator = null!;
    private DataRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        var examples = Path.Combine(FindRoot(), "examples");
        var largest = Directory.GetFiles(examples, "*.scheme").OrderByDescending(path => new FileInfo(path).Length).First();
        _source = new SourceFile(largest, File.ReadAllText(largest));
        var compilation = SchemeCompilation.FromSource(_source);
        if (compilation.HasErrors)
        {
            throw new InvalidOperationException($"{largest} does not check clean");
        }

        _evaluator = new Evaluator(compilation);
        var test = compilation.Scheme!.Tests[0];
        _record = new DataRecord("bench", test.Inputs.ToDictionary(input => input.Key, input => input.Value));
        Console.WriteLine($"// largest example: {Path.GetFileName(largest)}, {new FileInfo(largest).Length} bytes");
    }

    [Benchmark]
    public int CheckLargestExample() => SchemeCompilation.FromSource(_source).Diagnostics.Length;

    [Benchmark]
    public decimal? ScoreOneRecord() => _evaluator.Evaluate(_record).Total;

    internal static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SchemeLang.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SchemeLang.sln not found");
    }
}
