using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Evaluation;

/// <summary>
/// One record through the indicator tree: the weights each indicator has after any redistribution, the leaf scores
/// rounded within them, the sums, the vetoes and the grade. Its rule kinds and its inputs are in the other parts.
/// </summary>
internal sealed partial class RecordEvaluation(Evaluator owner, DataRecord record)
{
    private readonly BoundScheme _scheme = owner.Scheme;
    private readonly List<RecordError> _errors = [];

    public RecordResult Run()
    {
        try
        {
            return Score();
        }
        catch (OverflowException)
        {
            // Values near decimal's limit (a huge 酌情 score, a huge amount) cost this record, never the others.
            Error(RecordDiagnostics.ComputationTooLarge(record.Id, null));
            return new RecordResult(record.Id, null, null, [], [], [.. _errors]);
        }
    }

    private RecordResult Score()
    {
        foreach (var field in record.Fields.Keys.Where(key => !owner.Inputs.Slots.ContainsKey(key)).Order(StringComparer.Ordinal))
        {
            Error(field.EndsWith("." + InputCatalog.NotApplicableSuffix, StringComparison.Ordinal)
                ? RecordDiagnostics.NotApplicableUndeclared(record.Id, field)
                : RecordDiagnostics.UnknownField(record.Id, field));
        }

        var results = new List<IndicatorResult>();
        var total = ScoreSiblings(_scheme.Indicators, _scheme.Total, results);

        var vetoes = new List<AppliedVeto>();
        foreach (var veto in _scheme.Vetoes)
        {
            if (Boolean(veto.Key, required: false) == true)
            {
                var after = Totals.ApplyVeto(total, veto.Deduction);
                vetoes.Add(new AppliedVeto(veto.Key, veto.Text, veto.Deduction, total - after));
                total = after;
            }
        }

        if (_errors.Count > 0)
        {
            return new RecordResult(record.Id, null, null, [], [], [.. _errors]);
        }

        var gradeIndex = Totals.GradeOf(owner.GradeRanges, total);
        var grade = gradeIndex < 0 ? null : _scheme.Grades[gradeIndex].Name;
        return new RecordResult(record.Id, total, grade, [.. results], [.. vetoes], []);
    }

    /// <summary>
    /// Scores siblings that share <paramref name="parentWeight"/>. Siblings that are not applicable with 重新分配 give
    /// their weight to the others in proportion to theirs, apportioned so that the siblings still add up exactly.
    /// </summary>
    private decimal ScoreSiblings(IReadOnlyList<Indicator> siblings, decimal parentWeight, List<IndicatorResult> results)
    {
        var redistributed = new bool[siblings.Count];
        var parts = new decimal[siblings.Count];
        var applicable = 0m;
        for (var i = 0; i < siblings.Count; i++)
        {
            redistributed[i] = owner.MayBeRedistributed.Contains(siblings[i].Key) && IsRedistributed(siblings[i]);
            parts[i] = redistributed[i] ? 0m : siblings[i].Weight;
            applicable += parts[i];
        }

        // The written weights when they add up to the parent's (the usual case); else the parent's apportioned over the applicable.
        var weights = applicable == parentWeight ? parts : Apportionment.LargestRemainder(parentWeight, parts, _scheme.Decimals);
        var sum = 0m;
        for (var i = 0; i < siblings.Count; i++)
        {
            if (redistributed[i])
            {
                results.AddRange(siblings[i].SelfAndDescendants.Select(indicator =>
                    new IndicatorResult(indicator.Key, indicator.Code, indicator.Name, 0m, 0m, Explanations.Redistributed)));
                continue;
            }

            sum += Score(siblings[i], weights[i], results).Score;
        }

        return sum;
    }

    /// <summary>Scores an indicator whose weight (after any redistribution) is <paramref name="weight"/>; appends it and its subtree in pre-order.</summary>
    private IndicatorResult Score(Indicator indicator, decimal weight, List<IndicatorResult> results)
    {
        if (!indicator.IsLeaf)
        {
            var position = results.Count;
            results.Add(null!);
            var sum = ScoreSiblings(indicator.Children, weight, results);
            return results[position] = new IndicatorResult(indicator.Key, indicator.Code, indicator.Name, weight, sum, Explanations.ParentSum(sum));
        }

        var (score, trace) = ScoreLeafSafely(indicator);
        if (weight != indicator.Weight)
        {
            score = Scoring.Rescale(score, indicator.Weight, weight);
            trace = trace with { RescaledWeight = weight, RescaledScore = Round(Scoring.Clamp(score, weight)) };
        }

        var why = LeafExplanation.Of(owner.Plans[indicator.Key], trace, _scheme.Decimals);
        var result = new IndicatorResult(indicator.Key, indicator.Code, indicator.Name, weight, Round(Scoring.Clamp(score, weight)), why);
        results.Add(result);
        return result;
    }

    /// <summary>Not applicable with 重新分配: a leaf the record marks so, or a parent all of whose children are.</summary>
    private bool IsRedistributed(Indicator indicator) => indicator.IsLeaf
        ? indicator.NotApplicable == NotApplicablePolicy.Redistribute && NotApplicable(indicator)
        : indicator.Children.All(IsRedistributed);

    private (decimal Score, LeafTrace Trace) ScoreLeafSafely(Indicator leaf)
    {
        try
        {
            return ScoreLeaf(leaf);
        }
        catch (OverflowException)
        {
            Error(RecordDiagnostics.ComputationTooLarge(record.Id, leaf.Key));
            return (0m, Unscored);
        }
    }

    private bool NotApplicable(Indicator leaf) =>
        leaf.NotApplicable is not null && Boolean(owner.Keys[leaf.Key].NotApplicable, required: false) == true;

    private decimal Round(decimal value) => Scoring.RoundScore(value, _scheme.Decimals);

    private (decimal Score, LeafTrace Trace) ScoreLeaf(Indicator leaf)
    {
        if (leaf.NotApplicable == NotApplicablePolicy.FullMarks && NotApplicable(leaf))
        {
            return (leaf.Weight, new LeafTrace(LeafOutcome.NotApplicableFullMarks, leaf.Weight));
        }

        var errorsBefore = _errors.Count;
        var missingBefore = _missing.Count;
        var (score, trace) = leaf.Rule switch
        {
            PassFailRule pass => ScorePassFail(leaf, pass),
            ChecklistRule checklist => ScoreChecklist(leaf, checklist),
            BandRule band => ScoreBand(leaf, band),
            StepRule step => ScoreStep(step),
            DeductionRule deduction => ScoreDeduction(leaf, deduction),
            ProportionalRule proportional => ScoreProportional(leaf, proportional),
            LevelRule levels => ScoreLevel(leaf, levels),
            DiscretionaryRule => ScoreDiscretionary(leaf),
            null => throw new UnreachableException($"leaf {leaf.Key} has no rule, which the binder reports (SL2001)"),
            _ => throw new UnreachableException($"rule kind {leaf.Rule.GetType().Name} has no evaluation"),
        };

        if (_missing.Count > missingBefore && _scheme.MissingPolicy == MissingDataPolicy.ScoreZero && _errors.Count == errorsBefore)
        {
            return (0m, new LeafTrace(LeafOutcome.MissingScoredZero, 0m, Missing: [.. _missing.Skip(missingBefore).Distinct()]));
        }

        return (score, trace);
    }

    private void Error(RecordError error)
    {
        if (!_errors.Any(existing => existing.Field == error.Field && existing.Code == error.Code))
        {
            _errors.Add(error);
        }
    }
}
