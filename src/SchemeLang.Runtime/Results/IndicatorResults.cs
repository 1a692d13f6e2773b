using System.Collections;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Runtime;

/// <summary>
/// A record's indicator results, pre-order as <see cref="SchemePlan.Indicators"/>. It keeps only the facts scoring
/// produced — the leaf traces, and the tree of weights and scores when the plan may share a 不适用 leaf's weight —
/// and makes each <see cref="IndicatorResult"/> from them when asked, so a result costs one array per record rather
/// than an object per indicator. Where no weight can move, an indicator's score follows from the leaves and the
/// written weights by the same arithmetic the scoring used (<see cref="TreeScores.WrittenScore"/>).
/// </summary>
/// <remarks>The default value is empty: a record with errors has no indicator results.</remarks>
public readonly record struct IndicatorResults : IReadOnlyList<IndicatorResult>
{
    private readonly SchemePlan? _plan;
    private readonly IndicatorScore[]? _tree;

    internal IndicatorResults(SchemePlan plan, LeafTrace[] traces, IndicatorScore[]? tree)
    {
        _plan = plan;
        Traces = traces;
        _tree = tree;
    }

    /// <summary>None: a record that could not be scored.</summary>
    public static IndicatorResults Empty => default;

    public int Length => _plan?.Indicators.Length ?? 0;

    public bool IsEmpty => Length == 0;

    int IReadOnlyCollection<IndicatorResult>.Count => Length;

    public IndicatorResult this[int index] =>
        (uint)index < (uint)Length ? new IndicatorResult(this, index) : throw new ArgumentOutOfRangeException(nameof(index), index, null);

    internal SchemePlan Plan => _plan!;

    internal LeafTrace[] Traces { get; }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<IndicatorResult> IEnumerable<IndicatorResult>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The indicator's weight after any redistribution, its rounded score, and whether its weight went to its siblings.</summary>
    internal IndicatorScore ScoreOf(int index) =>
        _tree is { } tree ? tree[index] : new IndicatorScore(Plan.Indicators[index].Weight, TreeScores.WrittenScore(Plan, Traces, index), false);

    /// <summary>The weight alone, without working out the score (a parent's is the sum of its subtree's leaves).</summary>
    internal decimal WeightOf(int index) => _tree is { } tree ? tree[index].Weight : Plan.Indicators[index].Weight;

    /// <summary>Each result in turn, made as it is reached.</summary>
    public struct Enumerator(IndicatorResults results) : IEnumerator<IndicatorResult>
    {
        private int _index = -1;

        public readonly IndicatorResult Current => new(results, _index);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < results.Length;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}

/// <summary>
/// An indicator's weight (points), its rounded score and how the score arose, put into Chinese on demand: a view of
/// one indicator in its record's <see cref="IndicatorResults"/>, made when read and holding nothing of its own.
/// </summary>
public readonly record struct IndicatorResult
{
    private readonly IndicatorResults _results;
    private readonly int _index;

    internal IndicatorResult(IndicatorResults results, int index)
    {
        _results = results;
        _index = index;
    }

    public string Key => Plan.Key;

    public string? Code => Plan.Code;

    public string Name => Plan.Name;

    /// <summary>The weight after any redistribution: as written, unless a 不适用 sibling's was shared out (0 when its own was).</summary>
    public decimal Weight => _results.WeightOf(_index);

    public decimal Score => _results.ScoreOf(_index).Score;

    /// <summary>What the sentence is made from.</summary>
    public LeafExplanation Why => WhyOf(_results.ScoreOf(_index));

    /// <summary>The sentence: rendered each time it is asked for, never while scoring.</summary>
    public string Explanation
    {
        get
        {
            var scored = _results.ScoreOf(_index);
            return WhyOf(scored).Render(scored.Weight, scored.Score);
        }
    }

    private LeafExplanation WhyOf(IndicatorScore scored)
    {
        var indicator = Plan;
        return (scored.Redistributed, indicator.Leaf) switch
        {
            (true, _) => LeafExplanation.Fixed(Explanations.Redistributed),
            (false, null) when indicator.Children.IsEmpty => LeafExplanation.Fixed(Explanations.EmptyGroup),
            (false, null) => LeafExplanation.Parent,
            (false, { } leaf) => LeafExplanation.Of(leaf.Rule, _results.Traces, leaf.Index, _results.Plan.Decimals, rescaled: scored.Weight != indicator.Weight),
        };
    }

    private IndicatorPlan Plan => _results.Plan.Indicators[_index];
}
