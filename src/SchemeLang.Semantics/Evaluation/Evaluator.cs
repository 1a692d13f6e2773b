using SchemeLang.Binding;
using SchemeLang.Lowering;
using SchemeLang.Runtime;

namespace SchemeLang.Evaluation;

/// <summary>
/// The interpreter: runs a checked scheme over data records. It is the oracle generated scorers are tested
/// against, so every rule's arithmetic goes through <see cref="Scoring"/> exactly as they will. It scores only a
/// scheme whose checks found no error: the checks are what make its band lookups, divisions and totals safe.
/// </summary>
public sealed class Evaluator
{
    /// <param name="compilation">A compilation without errors.</param>
    /// <param name="percentReading">How a bare number for a percentage reads; the scheme's 百分比数据 when null.</param>
    /// <exception cref="SchemeHasErrorsException">The scheme failed its checks.</exception>
    public Evaluator(SchemeCompilation compilation, PercentReading? percentReading = null)
    {
        if (compilation.Scheme is not { } scheme || compilation.HasErrors)
        {
            throw new SchemeHasErrorsException(compilation.Diagnostics);
        }

        Scheme = scheme;
        Inputs = InputCatalog.For(scheme);
        Plans = scheme.Leaves.ToDictionary(leaf => leaf.Key, leaf => RuleLowering.Lower(leaf, scheme), StringComparer.Ordinal);
        GradeRanges = [.. scheme.Grades.Select(grade => grade.Range)];
        DataItems = scheme.DataItems.ToDictionary(item => item.Name, StringComparer.Ordinal);
        Keys = scheme.Leaves.ToDictionary(leaf => leaf.Key, LeafKeys.Of, StringComparer.Ordinal);
        MayBeRedistributed = scheme.AllIndicators.Where(indicator => indicator.SelfAndDescendants.Any(leaf => leaf.IsLeaf && leaf.NotApplicable == NotApplicablePolicy.Redistribute))
            .Select(indicator => indicator.Key).ToHashSet(StringComparer.Ordinal);
        PercentReading = percentReading ?? scheme.PercentReading;
    }

    public BoundScheme Scheme { get; }

    public InputCatalog Inputs { get; }

    public PercentReading PercentReading { get; }

    /// <summary>Each leaf's rule as runtime data, by leaf key: what its explanation is rendered from.</summary>
    public IReadOnlyDictionary<string, RulePlan> Plans { get; }

    /// <summary>The grades' ranges, in the scheme's order.</summary>
    internal IReadOnlyList<Interval> GradeRanges { get; }

    internal IReadOnlyDictionary<string, DataItem> DataItems { get; }

    /// <summary>Each leaf's record fields (A21.1, A21.2 …, F21.理由, B13.不适用), made once rather than for every record.</summary>
    internal IReadOnlyDictionary<string, LeafKeys> Keys { get; }

    /// <summary>Keys of the indicators with a 重新分配 leaf at or below them: only these can give their weight away.</summary>
    internal IReadOnlySet<string> MayBeRedistributed { get; }


    public RecordResult Evaluate(DataRecord record) => new RecordEvaluation(this, record).Run();
}
