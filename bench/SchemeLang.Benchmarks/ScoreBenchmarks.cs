using BenchmarkDotNet.Attributes;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// Seed 004 (17 leaves, 32 inputs), one record: the compiled scorer and the interpreter against a scorer written by
/// hand for the benchmark (<see cref="LeanHandWritten004"/>), the practical limit a compiled scorer is measured against; and rendering the explanations.
/// </summary>
[MemoryDiagnoser]
public class ScoreBenchmarks
{
    private readonly decimal[] _scores = new decimal[LeanHandWritten004.IndicatorCount];
    private Evaluator _evaluator = null!;
    private DataRecord _record = null!;
    private LeanInput004 _input;
    private ICompiledRunner _compiled = null!;
    private RecordResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scheme = Path.Combine(CheckBenchmarks.FindRoot(), "examples", "004-huaning-employee-insurance.scheme");
        _evaluator = new Evaluator(SchemeCompilation.FromFile(scheme));
        var test = _evaluator.Scheme.Tests[0];
        _record = new DataRecord("bench", test.Inputs.ToDictionary(input => input.Key, input => input.Value));
        _input = LeanInput004.Read(_record);

        // Time nothing that does not score exactly as the interpreter does.
        var interpreted = _evaluator.Evaluate(_record);
        var card = LeanHandWritten004.Score(in _input, _scores);
        if (card.Total != interpreted.Total || card.Grade != interpreted.Grade || !interpreted.Indicators.Select(indicator => indicator.Score).SequenceEqual(_scores))
        {
            throw new InvalidOperationException($"the hand-written scorer gives {card}, the interpreter {interpreted.Total} {interpreted.Grade}");
        }

        _compiled = CompiledScorers.Load(_evaluator.Plan, [_record]);
        if (_compiled.ScoreOnly(0, _scores).Total != interpreted.Total || _compiled.Score(0).Total != interpreted.Total)
        {
            throw new InvalidOperationException($"the compiled scorer gives {_compiled.ScoreOnly(0, _scores).Total}, the interpreter {interpreted.Total}");
        }

        _result = interpreted;
    }

    [Benchmark(Baseline = true)]
    public decimal? LeanHandWritten004Record() => LeanHandWritten004.Score(in _input, _scores).Total;

    [Benchmark]
    public decimal? Compiled004ScoresOnly() => _compiled.ScoreOnly(0, _scores).Total;

    [Benchmark]
    public decimal? Compiled004Result() => _compiled.Score(0).Total;

    [Benchmark]
    public decimal? Interpret004() => _evaluator.Evaluate(_record).Total;

    /// <summary>Every indicator's sentence of one record: the cost a caller pays only when it reads explanations.</summary>
    [Benchmark]
    public int Explain004()
    {
        var length = 0;
        foreach (var indicator in _result.Indicators)
        {
            length += indicator.Explanation.Length;
        }

        return length;
    }
}
