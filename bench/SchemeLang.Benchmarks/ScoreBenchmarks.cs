using BenchmarkDotNet.Attributes;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// Seed 004 (17 leaves, 32 inputs), one record: the compiled scorer and the interpreter against a scorer written by
/// hand for the benchmark, the practical limit a compiled scorer is measured against; and rendering the explanations.
/// </summary>
[MemoryDiagnoser]
public class ScoreBenchmarks
{
    private readonly decimal[] _scores = new decimal[HandWritten004.IndicatorCount];
    private Evaluator _evaluator = null!;
    private DataRecord _record = null!;
    private Input004 _input = null!;
    private ICompiledRunner _compiled = null!;
    private RecordResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scheme = Path.Combine(CheckBenchmarks.FindRoot(), "examples", "004-huaning-employee-insurance.scheme");
        _evaluator = new Evaluator(SchemeCompilation.FromFile(scheme));
        var test = _evaluator.Scheme.Tests[0];
        _record = new DataRecord("bench", test.Inputs.ToDictionary(input => input.Key, input => input.Value));
        _input = Typed(_record);

        // Time nothing that does not score exactly as the interpreter does.
        var interpreted = _evaluator.Evaluate(_record);
        var card = HandWritten004.Score(_input, _scores);
        if (card.Total != interpreted.Total || card.Grade != interpreted.Grade || !interpreted.Indicators.Select(indicator => indicator.Score).SequenceEqual(_scores))
        {
            throw new InvalidOperationException($"the hand-written scorer gives {card}, the interpreter {interpreted.Total} {interpreted.Grade}");
        }

        _compiled = CompiledScorers.Load(_evaluator.Plan, _record);
        if (_compiled.ScoreOnly() != interpreted.Total || _compiled.Score().Total != interpreted.Total)
        {
            throw new InvalidOperationException($"the compiled scorer gives {_compiled.ScoreOnly()}, the interpreter {interpreted.Total}");
        }

        _result = interpreted;
    }

    [Benchmark(Baseline = true)]
    public decimal? HandWritten004Record() => HandWritten004.Score(_input, _scores).Total;

    [Benchmark]
    public decimal? Compiled004ScoresOnly() => _compiled.ScoreOnly();

    [Benchmark]
    public decimal? Compiled004Result() => _compiled.Score().Total;

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

    private static Input004 Typed(DataRecord record)
    {
        decimal N(string key)
        {
            var text = record.Fields[key];
            var type = text.EndsWith('%') ? DataTypeKind.Percent : text.EndsWith('元') ? DataTypeKind.Money : DataTypeKind.Number;
            return InputValues.ParseNumber(new NumberInput(type, null, 1m), text, PercentReading.SignRequired, record.Id, key, out var value) is null
                ? value
                : throw new InvalidOperationException($"{key} = {text}");
        }

        bool B(string key) => InputValues.TryParseBoolean(record.Fields[key], out var value) && value;

        return new Input004(
            N("综合参保率"), N("单位缴费基数总额"), N("在职职工参保人数"), N("当地全口径月社平工资"), N("基金征缴率"),
            N("预算收入"), N("决算收入"), N("预算支出"), N("决算支出"), N("回收问卷数"), N("有帮助问卷数"), N("参保人员满意度"),
            B("A11"), B("A21.1"), B("A21.2"), B("A21.3"), B("B11.1"), B("B11.2"), B("B11.3"), B("B21.1"), B("B21.2"), B("B21.3"), B("B21.4"),
            N("B31.1"), N("B41.1"), N("B41.2"), N("B41.3"), N("B51.1"), N("B51.2"), B("C41"), N("C51.1"), B("D21"));
    }
}
