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
        using var lease = TakeScope(record.Id);
        RowReader.ReportUnknownFields(record, lease.Scope);
        return Score(Read(record, lease.Scope), lease.Scope);
    }

    /// <summary>
    /// A spreadsheet row as the typed input, read exactly as <see cref="Score(DataRecord)"/> reads it; a field that
    /// cannot be read is null in the input and one of <paramref name="errors"/>.
    /// </summary>
    public TInput ReadRow(DataRecord record, out ImmutableArray<RecordError> errors)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var lease = TakeScope(record.Id);
        RowReader.ReportUnknownFields(record, lease.Scope);
        var input = Read(record, lease.Scope);
        errors = lease.Scope.Errors;
        return input;
    }

    /// <summary>Scores a typed record.</summary>
    public RecordResult Score(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var lease = TakeScope(IdOf(input));
        return Score(input, lease.Scope);
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

        // Its trace and tree buffers are overwritten by the next record, so they are not cleared between records.
        using var lease = TakeScope(IdOf(input));
        var tree = lease.Scope.Tree;
        if (Run(input, lease.Scope, lease.Scope.Traces, tree, out var total, collectVetoes: false, out _) is null)
        {
            return default;
        }

        for (var i = 0; i < tree.Length; i++)
        {
            scores[i] = tree[i].Score;
        }

        return Card(total);
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

    /// <summary>
    /// The spare scope, taken while in use and put back when its lease is disposed: one caller at a time allocates none; a
    /// concurrent one makes its own. Nothing a scope holds outlives the record: its errors are copied into the result.
    /// </summary>
    private ScopeLease TakeScope(string id)
    {
        var scope = Interlocked.Exchange(ref _spareScope, null) ?? new RecordScope(Plan, id);
        scope.Reset(id);
        return new ScopeLease(this, scope);
    }

    /// <summary>A scope in use for one record; disposing it makes it the spare again.</summary>
    private readonly ref struct ScopeLease(SchemeScorer<TInput> owner, RecordScope scope)
    {
        public RecordScope Scope => scope;

        public void Dispose() => owner._spareScope = scope;
    }

    private ScoreCard Card(decimal total) => Totals.GradeOf(Plan.Grades, total) is var grade && grade >= 0
        ? new ScoreCard(total, Plan.Grades[grade].Name)
        : new ScoreCard(total, null);

    private RecordResult Score(TInput input, RecordScope scope)
    {
        // The result keeps the traces its scores and explanations are worked out from: one array per record. The tree
        // of weights and scores is kept too only where a 不适用 leaf's weight may be shared; elsewhere every score
        // follows from the traces and the written weights (IndicatorResults), so the tree is scratch.
        var leaves = new LeafTrace[LeafCount];
        var kept = Plan.MayRedistribute ? new IndicatorScore[Plan.Indicators.Length] : null;
        var rented = kept is null && Plan.Indicators.Length > StackIndicators ? ArrayPool<IndicatorScore>.Shared.Rent(Plan.Indicators.Length) : null;
        try
        {
            Span<IndicatorScore> tree = kept is not null ? kept : rented is not null ? rented : stackalloc IndicatorScore[Plan.Indicators.Length];
            if (Run(input, scope, leaves, tree, out var total, collectVetoes: true, out var vetoes) is not { } grade)
            {
                return new RecordResult(scope.Id, null, null, IndicatorResults.Empty, [], scope.Errors);
            }

            return new RecordResult(scope.Id, total, grade < 0 ? null : Plan.Grades[grade].Name, new IndicatorResults(Plan, leaves, kept), vetoes, []);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<IndicatorScore>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Leaves, tree, vetoes and grade; null when the record has errors (including a value too large for decimal).</summary>
    private int? Run(TInput input, RecordScope scope, Span<LeafTrace> leaves, Span<IndicatorScore> tree, out decimal total, bool collectVetoes, out ImmutableArray<AppliedVeto> vetoes)
    {
        total = 0m;
        vetoes = [];
        ImmutableArray<AppliedVeto>.Builder? applied = null;
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
                    if (collectVetoes)
                    {
                        (applied ??= ImmutableArray.CreateBuilder<AppliedVeto>()).Add(new AppliedVeto(veto.Key, veto.Text, veto.Deduction, total - after));
                    }

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

        vetoes = applied?.ToImmutable() ?? [];
        return Totals.GradeOf(Plan.Grades, total);
    }
}
