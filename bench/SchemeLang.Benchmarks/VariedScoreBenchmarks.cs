using BenchmarkDotNet.Attributes;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// Seed 004 over 100,000 varied records (<see cref="Varied004Records"/>: every band, step edge and grade, non-zero
/// deduction counts), per record: the lean hand-written scorer as the baseline, the generated scorer's scores-only
/// entry and full result (inputs typed once in setup, as a batch job holds them), and the interpreter (which also
/// reads each record's text). Nothing is timed until all three engines agree on every record.
/// </summary>
[MemoryDiagnoser]
public class VariedScoreBenchmarks
{
    private const int RecordCount = 100_000;

    private readonly decimal[] _scores = new decimal[LeanHandWritten004.IndicatorCount];
    private DataRecord[] _records = null!;
    private LeanInput004[] _inputs = null!;
    private Evaluator _evaluator = null!;
    private ICompiledRunner _compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scheme = Path.Combine(CheckBenchmarks.FindRoot(), "examples", "004-huaning-employee-insurance.scheme");
        _evaluator = new Evaluator(SchemeCompilation.FromFile(scheme));
        (_records, _inputs) = Varied004Records.Generate(RecordCount);
        _compiled = CompiledScorers.Load(_evaluator.Plan, _records);
        var cards = Verify();
        Console.WriteLine($"// {RecordCount} varied 004 records, all three engines agree: {Varied004Records.CheckCoverage(_inputs, cards)}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RecordCount)]
    public int LeanHandWritten()
    {
        var scored = 0;
        foreach (ref readonly var input in _inputs.AsSpan())
        {
            scored += LeanHandWritten004.Score(in input, _scores).Succeeded ? 1 : 0;
        }

        return scored;
    }

    [Benchmark(OperationsPerInvoke = RecordCount)]
    public int CompiledScoreOnly() => _compiled.ScoreOnlyAll();

    [Benchmark(OperationsPerInvoke = RecordCount)]
    public int CompiledResult() => _compiled.ScoreAll();

    [Benchmark(OperationsPerInvoke = RecordCount)]
    public int Interpreter()
    {
        var scored = 0;
        foreach (var record in _records)
        {
            scored += _evaluator.Evaluate(record).Succeeded ? 1 : 0;
        }

        return scored;
    }

    /// <summary>
    /// Every record: its typed input is its text as the runtime reads it, and the lean scorer, the compiled scores-only
    /// entry and the interpreter give the same score to every indicator, the same total and the same grade.
    /// </summary>
    private ScoreCard[] Verify()
    {
        var cards = new ScoreCard[RecordCount];
        var compiledScores = new decimal[LeanHandWritten004.IndicatorCount];
        for (var i = 0; i < RecordCount; i++)
        {
            var record = _records[i];
            if (LeanInput004.Read(record) != _inputs[i])
            {
                throw new InvalidOperationException($"{record.Id}: the typed input is not what its text reads as: {_inputs[i]} / {LeanInput004.Read(record)}");
            }

            var interpreted = _evaluator.Evaluate(record);
            if (!interpreted.Succeeded)
            {
                throw new InvalidOperationException($"{record.Id} is not valid: {string.Join("；", interpreted.Errors)}");
            }

            var lean = LeanHandWritten004.Score(in _inputs[i], _scores);
            var compiled = _compiled.ScoreOnly(i, compiledScores);
            var expected = interpreted.Indicators.Select(indicator => indicator.Score).ToArray();
            if (lean.Total != interpreted.Total || lean.Grade != interpreted.Grade || !expected.AsSpan().SequenceEqual(_scores)
                || compiled.Total != interpreted.Total || compiled.Grade != interpreted.Grade || !expected.AsSpan().SequenceEqual(compiledScores))
            {
                throw new InvalidOperationException(
                    $"{record.Id} ({string.Join("，", record.Fields.Select(field => $"{field.Key} = {field.Value}"))}): "
                    + $"interpreter {interpreted.Total} {interpreted.Grade} [{string.Join(" ", expected)}], "
                    + $"lean {lean.Total} {lean.Grade} [{string.Join(" ", _scores)}], "
                    + $"compiled {compiled.Total} {compiled.Grade} [{string.Join(" ", compiledScores)}]");
            }

            cards[i] = lean;
        }

        return cards;
    }
}
