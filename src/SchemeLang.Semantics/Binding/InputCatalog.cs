using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Binding;

public enum InputKind
{
    /// <summary>A data item's value (number with its unit, 是否, or text).</summary>
    Data,

    /// <summary>是否 leaf, 分项 item, 不适用 flag, 否决: 是/否.</summary>
    Boolean,

    /// <summary>等次 leaf: the chosen level's name.</summary>
    Level,

    /// <summary>扣分 item: how many occurrences.</summary>
    Count,

    /// <summary>酌情: the evaluator's score.</summary>
    Score,

    /// <summary>酌情: the evaluator's reason.</summary>
    Reason,
}

/// <summary>One field a data record may carry.</summary>
public sealed record InputSlot(string Key, InputKind Kind, DataItem? DataItem, Indicator? Leaf);

/// <summary>
/// The fields a data record of this scheme may carry: input data items by name, and per leaf its implicit
/// inputs keyed by the leaf's key (code, or name when it has none): A11, A21.1, F21.理由, B13.不适用, 否决.1.
/// </summary>
public sealed class InputCatalog
{
    public const string ReasonSuffix = RowReader.ReasonSuffix;
    public const string NotApplicableSuffix = RowReader.NotApplicableSuffix;

    /// <summary>The evaluator's score on a 是否 or 等次 leaf whose standard leaves a case to them (否则酌情扣分): 「A11.酌情得分」.</summary>
    public const string JudgedScoreSuffix = "酌情得分";

    /// <summary>
    /// What the evaluator takes off a 分项 or 等次 leaf for problems its table does not name (其他问题酌情扣分):
    /// 「A21.酌情扣分」, with its reason in 「A21.理由」. Absent, nothing was found and nothing is taken off.
    /// </summary>
    public const string OtherProblemsSuffix = RowReader.OtherProblemsSuffix;

    private InputCatalog(List<InputSlot> ordered)
    {
        Ordered = ordered;
        Slots = ordered.ToDictionary(slot => slot.Key, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, InputSlot> Slots { get; }

    /// <summary>The slots in a fixed order: input data items as declared, each leaf's fields in tree order, then the vetoes.</summary>
    public IReadOnlyList<InputSlot> Ordered { get; }

    public IEnumerable<string> Keys => Slots.Keys;

    public static InputCatalog For(BoundScheme scheme)
    {
        var slots = new List<InputSlot>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Add(string key, InputKind kind, DataItem? item = null, Indicator? leaf = null)
        {
            if (keys.Add(key))
            {
                slots.Add(new InputSlot(key, kind, item, leaf));
            }
        }

        // The case a 是否 or 等次 leaves to the evaluator: their score and its reason.
        void AddJudgedScore(Indicator leaf)
        {
            Add($"{leaf.Key}.{JudgedScoreSuffix}", InputKind.Score, leaf: leaf);
            Add($"{leaf.Key}.{ReasonSuffix}", InputKind.Reason, leaf: leaf);
        }

        void AddOtherProblems(Indicator leaf, string? otherProblems)
        {
            if (otherProblems is not null)
            {
                Add($"{leaf.Key}.{OtherProblemsSuffix}", InputKind.Score, leaf: leaf);
                Add($"{leaf.Key}.{ReasonSuffix}", InputKind.Reason, leaf: leaf);
            }
        }

        foreach (var item in scheme.DataItems.Where(item => item.IsInput))
        {
            Add(item.Name, InputKind.Data, item);
        }

        // A leaf's own fields; a leaf scored in parts has each part's, keyed by the part (B21.资金到位率.1).
        void AddLeaf(Indicator leaf)
        {
            switch (leaf.Rule)
            {
                case PassFailRule pass:
                    Add(leaf.Key, InputKind.Boolean, leaf: leaf);
                    if (pass.OtherwiseJudged)
                    {
                        AddJudgedScore(leaf);
                    }

                    break;
                case ChecklistRule checklist:
                    foreach (var item in checklist.Items)
                    {
                        Add($"{leaf.Key}.{item.Index}", InputKind.Boolean, leaf: leaf);
                    }

                    AddOtherProblems(leaf, checklist.OtherProblems);
                    break;
                case LevelRule levels:
                    Add(leaf.Key, InputKind.Level, leaf: leaf);
                    if (levels.HasJudgedLevel)
                    {
                        AddJudgedScore(leaf);
                    }

                    AddOtherProblems(leaf, levels.OtherProblems);
                    foreach (var deduction in levels.Deductions)
                    {
                        // 「发现挤占挪用的，扣2分」: 是/否; 「每发现一处扣1分」: how many.
                        Add($"{leaf.Key}.{deduction.Index}", deduction.Each is null ? InputKind.Boolean : InputKind.Count, leaf: leaf);
                    }

                    break;
                case DeductionRule deduction:
                    foreach (var item in deduction.Items)
                    {
                        Add($"{leaf.Key}.{item.Index}", InputKind.Count, leaf: leaf);
                    }

                    break;
                case DiscretionaryRule or PendingRule:
                case BandRule band when band.Bands.Any(b => b.Outcome is DiscretionaryOutcome):
                    Add(leaf.Key, InputKind.Score, leaf: leaf);
                    Add($"{leaf.Key}.{ReasonSuffix}", InputKind.Reason, leaf: leaf);
                    break;
                case QualitativeRule:
                    Add(leaf.Key, InputKind.Level, leaf: leaf);
                    Add($"{leaf.Key}.{QualitativePlan.ScoreSuffix}", InputKind.Score, leaf: leaf);
                    Add($"{leaf.Key}.{ReasonSuffix}", InputKind.Reason, leaf: leaf);
                    break;
                case BandRule or StepRule or ProportionalRule or TargetRatioRule or BudgetExecutionRule or null:
                    // Their input is the subject data item, listed above; a leaf without a rule is SL2001.
                    break;
                case PartsRule parts:
                    foreach (var part in parts.Parts)
                    {
                        AddLeaf(part);
                    }

                    break;
                default:
                    throw new System.Diagnostics.UnreachableException($"rule kind {leaf.Rule.GetType().Name} has no inputs");
            }

            if (leaf.NotApplicable is not null)
            {
                Add($"{leaf.Key}.{NotApplicableSuffix}", InputKind.Boolean, leaf: leaf);
            }
        }

        foreach (var leaf in scheme.Leaves)
        {
            AddLeaf(leaf);
        }

        foreach (var veto in scheme.Vetoes)
        {
            Add(veto.Key, InputKind.Boolean);
        }

        return new InputCatalog(slots);
    }
}
