using System.Buffers;
using System.Collections.Immutable;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Runtime;

/// <summary>
/// What every scorer of a scheme does around its leaves — for the interpreter and for each generated scorer alike:
/// read a spreadsheet row, score a typed input, combine the leaves up the tree, apply vetoes, find the grade and
/// build the result. An engine supplies only how its input is read and how its leaves are scored, so the two
/// engines can differ in nothing else. Stateless and thread-safe.
/// </summary>
/// <typeparam name="TInput">The engine's record: a generated input type, or the interpreter's slot values.</typeparam>
public abstract class SchemeScorer<TInput> : IRecordScorer
{
    /// <summary>Indicators scored on the stack; a larger tree rents its buffers.</summary>
    private const int StackIndicators = 128;

    /// <param name="percentReading">How a bare number for a percentage reads in rows; the scheme's 百分比数据 when null.</param>
    protected SchemeScorer(SchemePlan plan, PercentReading? percentReading)
    {
        Plan = plan;
        PercentReading = percentReading ?? plan.PercentReading;
        LeafCount = plan.LeafCount;
    }

    public SchemePlan Plan { get; }

    /// <summary>A scope the scores-only entry reuses; a thread that finds it taken makes its own.</summary>
    private RecordScope? _spareScope;

    public PercentReading PercentReading { get; }

    private int LeafCount { get; }

    /// <summary>Scores a spreadsheet row: its fields read as the interpreter reads them, with the same errors.</summary>
    public RecordResult Score(DataRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var scope = new RecordScope(Plan, record.Id);
        RowReader.ReportUnknownFields(record, scope);
        return Score(Read(record, scope), scope);
    }

    /// <summary>
    /// A spreadsheet row as the typed input, read exactly as <see cref="Score(DataRecord)"/> reads it; a field that
    /// cannot be read is null in the input and one of <paramref name="errors"/>.
    /// </summary>
    public TInput ReadRow(DataRecord record, out ImmutableArray<RecordError> errors)
    {
        ArgumentNullException.ThrowIfNull(record);
        var scope = new RecordScope(Plan, record.Id);
        RowReader.ReportUnknownFields(record, scope);
        var input = Read(record, scope);
        errors = scope.Errors;
        return input;
    }

    /// <summary>Scores a typed record.</summary>
    public RecordResult Score(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Score(input, new RecordScope(Plan, IdOf(input)));
    }

    /// <summary>Scores each input into the result at the same position.</summary>
    public void Score(ReadOnlySpan<TInput> inputs, Span<RecordResult> results)
    {
        if (results.Length < inputs.Length)
        {
            throw new ArgumentException($"{inputs.Length} inputs need as many results, not {results.Length}", nameof(results));
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            results[i] = Score(inputs[i]);
        }
    }

    /// <summary>
    /// Total and grade only, each indicator's score written to <paramref name="scores"/> (pre-order, as
    /// <see cref="SchemePlan.Indicators"/>): no explanation, no result objects.
    /// </summary>
    public ScoreCard ScoreOnly(TInput input, Span<decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (scores.Length < Plan.Indicators.Length)
        {
            throw new ArgumentException($"the scheme has {Plan.Indicators.Length} indicators, the span {scores.Length}", nameof(scores));
        }

        if (TryScoreOnly(input, scores, out var fast))
        {
            return Card(fast);
        }

        // A spare scope, taken while in use: one caller at a time allocates nothing; a concurrent one makes its own.
        // Its trace and tree buffers are overwritten by the next record, so they are not cleared between records.
        var scope = Interlocked.Exchange(ref _spareScope, null) ?? new RecordScope(Plan, string.Empty);
        scope.Reset(IdOf(input));
        try
        {
            var tree = scope.Tree;
            if (Run(input, scope, scope.Traces, tree, out var total, vetoes: null) is null)
            {
                return default;
            }

            for (var i = 0; i < tree.Length; i++)
            {
                scores[i] = tree[i].Score;
            }

            return Card(total);
        }
        finally
        {
            _spareScope = scope;
        }
    }

    /// <summary>
    /// <see cref="ScoreOnly(TInput, Span{decimal})"/> for a spreadsheet row, read as <see cref="Score(DataRecord)"/>
    /// reads it; no total when a field cannot be read.
    /// </summary>
    public ScoreCard ScoreOnly(DataRecord record, Span<decimal> scores)
    {
        var input = ReadRow(record, out var errors);
        return errors.IsEmpty ? ScoreOnly(input, scores) : default;
    }

    /// <inheritdoc/>
    public virtual bool HasFastPath => false;

    /// <inheritdoc/>
    public bool TryScoreQuickly(DataRecord record, Span<decimal> scores, out ScoreCard card)
    {
        card = default;
        if (!HasFastPath)
        {
            return false;
        }

        var input = ReadRow(record, out var errors);
        if (!errors.IsEmpty || !TryScoreOnly(input, scores, out var total))
        {
            return false;
        }

        card = Card(total);
        return true;
    }

    /// <summary>Scores only each input into the card at the same position.</summary>
    public void ScoreOnly(ReadOnlySpan<TInput> inputs, Span<ScoreCard> cards)
    {
        if (cards.Length < inputs.Length)
        {
            throw new ArgumentException($"{inputs.Length} inputs need as many cards, not {cards.Length}", nameof(cards));
        }

        var indicators = Plan.Indicators.Length <= StackIndicators ? null : new decimal[Plan.Indicators.Length];
        Span<decimal> scores = indicators is null ? stackalloc decimal[StackIndicators] : indicators;
        for (var i = 0; i < inputs.Length; i++)
        {
            cards[i] = ScoreOnly(inputs[i], scores);
        }
    }

    /// <summary>
    /// The scores-only entry specialised to one scheme: a generated scorer overrides it with straight-line code for the
    /// usual record — every input present and within its range, nothing 不适用, no veto, no 酌情 — and answers false
    /// for any other record, which then takes the general path. It must give exactly the general path's scores (the
    /// engine-agreement tests compare them digit for digit); the interpreter has none.
    /// </summary>
    protected virtual bool TryScoreOnly(TInput input, Span<decimal> scores, out decimal total)
    {
        total = 0m;
        return false;
    }

    /// <summary>The record's id, for its result and errors.</summary>
    protected abstract string IdOf(TInput input);

    /// <summary>Reads a row into the engine's input, reporting each unreadable field to <paramref name="scope"/>.</summary>
    protected abstract TInput Read(DataRecord record, RecordScope scope);

    /// <summary>Scores every leaf into <paramref name="leaves"/> (tree order) and marks each veto the record triggers.</summary>
    protected abstract void Evaluate(TInput input, RecordScope scope, Span<LeafTrace> leaves, Span<bool> vetoes);

    private ScoreCard Card(decimal total) => Totals.GradeOf(Plan.Grades, total) is var grade && grade >= 0
        ? new ScoreCard(total, Plan.Grades[grade].Name)
        : new ScoreCard(total, null);

    private RecordResult Score(TInput input, RecordScope scope)
    {
        // The result keeps the traces its explanations are rendered from: one array per record, shared by its indicators.
        var leaves = new LeafTrace[LeafCount];
        var indicators = Plan.Indicators.Length <= StackIndicators ? null : ArrayPool<IndicatorScore>.Shared.Rent(Plan.Indicators.Length);
        try
        {
            Span<IndicatorScore> tree = indicators is null ? stackalloc IndicatorScore[Plan.Indicators.Length] : indicators;
            var applied = new List<AppliedVeto>();
            if (Run(input, scope, leaves, tree, out var total, applied) is not { } grade)
            {
                return new RecordResult(scope.Id, null, null, [], [], scope.Errors);
            }

            return new RecordResult(scope.Id, total, grade < 0 ? null : Plan.Grades[grade].Name, Results(leaves, tree), [.. applied], []);
        }
        finally
        {
            if (indicators is not null)
            {
                ArrayPool<IndicatorScore>.Shared.Return(indicators);
            }
        }
    }

    /// <summary>Leaves, tree, vetoes and grade; null when the record has errors (including a value too large for decimal).</summary>
    private int? Run(TInput input, RecordScope scope, Span<LeafTrace> leaves, Span<IndicatorScore> tree, out decimal total, List<AppliedVeto>? vetoes)
    {
        total = 0m;
        var flags = Plan.Vetoes.Length <= StackIndicators ? stackalloc bool[Plan.Vetoes.Length] : new bool[Plan.Vetoes.Length];
        try
        {
            Evaluate(input, scope, leaves, flags);
            if (scope.HasErrors)
            {
                return null;
            }

            total = TreeScores.Combine(Plan, leaves, tree);
            for (var i = 0; i < flags.Length; i++)
            {
                if (flags[i])
                {
                    var veto = Plan.Vetoes[i];
                    var after = Totals.ApplyVeto(total, veto.Deduction);
                    vetoes?.Add(new AppliedVeto(veto.Key, veto.Text, veto.Deduction, total - after));
                    total = after;
                }
            }
        }
        catch (OverflowException)
        {
            // Values near decimal's limit cost this record, never the others.
            scope.Report(RecordDiagnostics.ComputationTooLarge(scope.Id, null));
            return null;
        }

        return Totals.GradeOf(Plan.Grades, total);
    }

    private ImmutableArray<IndicatorResult> Results(LeafTrace[] leaves, ReadOnlySpan<IndicatorScore> tree)
    {
        var results = ImmutableArray.CreateBuilder<IndicatorResult>(Plan.Indicators.Length);
        for (var i = 0; i < Plan.Indicators.Length; i++)
        {
            var indicator = Plan.Indicators[i];
            var (weight, score, redistributed) = tree[i];
            var why = (redistributed, indicator.Leaf) switch
            {
                (true, _) => LeafExplanation.Fixed(Explanations.Redistributed),
                (false, null) when indicator.Children.IsEmpty => LeafExplanation.Fixed(Explanations.EmptyGroup),
                (false, null) => LeafExplanation.Parent,
                (false, { } leaf) => LeafExplanation.Of(leaf.Rule, leaves, leaf.Index, Plan.Decimals, rescaled: weight != indicator.Weight),
            };
            results.Add(new IndicatorResult(indicator.Key, indicator.Code, indicator.Name, weight, score, why));
        }

        return results.MoveToImmutable();
    }
}
