namespace SchemeLang.Tests.Properties.Generators;

// A generated scheme as data: what SchemeGen chose, from which both the scheme text and the records' meaning are
// derived. Shared with bench/SchemeLang.Fuzz (linked source), so nothing here may depend on xunit.

public enum WeightMode
{
    Points,
    Relative,
}

public enum MissingMode
{
    /// <summary>No 缺失数据 line: the default, 报错.</summary>
    Default,
    Error,
    ScoreZero,
}

public enum NotApplicableMode
{
    None,
    FullMarks,
    Redistribute,
}

/// <summary>The kind of value a rule's subject holds; its domain is what the binder gives that declaration.</summary>
public enum SubjectKind
{
    /// <summary>百分比: [0, +∞).</summary>
    Percent,

    /// <summary>百分比 范围 [0%, 100%].</summary>
    PercentBounded,

    /// <summary>整数（次）: [0, +∞), integers only.</summary>
    Count,

    /// <summary>金额（万元）: [0, +∞) yuan; a bare number in a record is in 万元.</summary>
    Money,
}

/// <summary>A whole scheme. <see cref="Text"/> is what the compiler reads.</summary>
public sealed record SchemeModel(
    decimal Total,
    WeightMode Weights,
    bool WriteWeightHeader,
    MissingMode Missing,
    int? Decimals,
    bool Codes,
    IReadOnlyList<NodeModel> Roots,
    GradesModel Grades,
    IReadOnlyList<VetoModel> Vetoes,
    IReadOnlyList<TargetModel> Targets)
{
    public IEnumerable<NodeModel> AllNodes => Roots.SelectMany(root => root.SelfAndDescendants);

    public IEnumerable<NodeModel> Leaves => AllNodes.Where(node => node.IsLeaf);

    public string Text => SchemeWriter.Write(this);

    public override string ToString() => Text;
}

/// <summary>
/// An indicator. <see cref="Weight"/> is its exact weight in points (relative weights multiplied out, unrounded);
/// <see cref="WrittenWeight"/> is how the text states it ("2.5分" or "35%"). <see cref="Breakdown"/>: 「其中」 rows that
/// break the figure the leaf's rule reads down (「其中 中央资金 120万元」), written below its rule.
/// </summary>
public sealed record NodeModel(
    string Code,
    string Name,
    decimal Weight,
    string WrittenWeight,
    IReadOnlyList<NodeModel> Children,
    RuleModel? Rule,
    NotApplicableMode NotApplicable,
    IReadOnlyList<BreakdownRowModel>? Breakdown = null)
{
    public bool IsLeaf => Children.Count == 0;

    public IEnumerable<NodeModel> SelfAndDescendants => Children.SelectMany(child => child.SelfAndDescendants).Prepend(this);

    /// <summary>The key of its record fields: the code, or the name when the scheme has no codes.</summary>
    public string Key(SchemeModel scheme) => scheme.Codes ? Code : Name;
}

/// <summary>
/// A data item a rule reads; a count's <paramref name="Unit"/> is a measure word (次, 起, 宗…). With a
/// <paramref name="Formula"/> it is computed from the formula's inputs, which records give instead.
/// </summary>
public sealed record SubjectModel(string Name, SubjectKind Kind, string Unit = "次", FormulaModel? Formula = null)
{
    /// <summary>How a rule names it: its name, or an inline formula's text (「按比例 (实际完成数/计划数)×100%」).</summary>
    public string Written => Formula is { Inline: true } inline ? inline.Text : Name;

    /// <summary>Its 数据 lines: its declaration, after its formula's inputs; an inline formula declares only its inputs.</summary>
    public IEnumerable<string> DataLines => Formula is not { } formula ? [Declaration]
        : formula.Inline ? formula.Inputs.Select(input => input.Declaration)
        : formula.Inputs.Select(input => input.Declaration).Append(formula.Declaration(Name));

    public string Declaration => Formula is { } computed ? computed.Declaration(Name) : Kind switch
    {
        SubjectKind.Percent => $"{Name}：百分比",
        SubjectKind.PercentBounded => $"{Name}：百分比 范围 [0%, 100%]",
        SubjectKind.Count => $"{Name}：整数（{Unit}）",
        SubjectKind.Money => $"{Name}：金额（万元）",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    /// <summary>The domain the binder gives the declaration: [0, +∞), or [0, 1] for a bounded percentage.</summary>
    public decimal? Upper => Kind == SubjectKind.PercentBounded ? 1m : null;

    public bool Contains(decimal value) => value >= 0m && (Upper is not { } upper || value <= upper)
        && (Kind != SubjectKind.Count || value == decimal.Truncate(value));

    /// <summary>A bound as scheme text: 95%, 3, 20万元.</summary>
    public string Bound(decimal value) => Kind switch
    {
        SubjectKind.Percent or SubjectKind.PercentBounded => Num.Text(value * 100m) + (Formula is { AsNumber: true } ? string.Empty : "%"),
        SubjectKind.Count => Num.Text(value),
        SubjectKind.Money => value % 10_000m == 0m ? Num.Text(value / 10_000m) + "万元" : Num.Text(value) + "元",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}

public sealed record TargetModel(string Name, decimal Value, SubjectKind Kind)
{
    public string Line => $"{Name} = {new SubjectModel(Name, Kind).Bound(Value)}";
}

// ---------------------------------------------------------------- grades and vetoes

/// <summary>Grades covering [0, 总分] exactly once, best first. Cuts ascend; CutToUpper[i] says cut i belongs to the better grade.</summary>
public sealed record GradesModel(IReadOnlyList<string> Names, IReadOnlyList<decimal> Cuts, IReadOnlyList<bool> CutToUpper, IReadOnlyList<int> Forms, bool OneLine)
{
    /// <summary>The grade (best first) whose range holds the total.</summary>
    public string? GradeOf(decimal total, decimal schemeTotal)
    {
        if (total < 0m || total > schemeTotal && !TopIsOpenEnded)
        {
            return null;
        }

        // Grades are best first; Cuts ascend, so grade i (from the top) lies above cut Cuts[^(i+1)].
        for (var i = 0; i < Names.Count - 1; i++)
        {
            var cut = Cuts[Cuts.Count - 1 - i];
            var toUpper = CutToUpper[Cuts.Count - 1 - i];
            if (total > cut || (total == cut && toUpper))
            {
                return Names[i];
            }
        }

        return Names[^1];
    }

    /// <summary>Whether the best grade is written without an upper bound (≥ 90) rather than up to 总分 ([90, 100]).</summary>
    public bool TopIsOpenEnded => Forms[0] % 3 != 2;

    public IEnumerable<string> Entries(decimal total)
    {
        var count = Names.Count;
        for (var i = 0; i < count; i++)
        {
            // Grade i spans from cut (count-2-i) to cut (count-1-i), with 0 and total at the ends.
            var hasLower = i < count - 1;
            var hasUpper = i > 0;
            var lower = hasLower ? Cuts[count - 2 - i] : 0m;
            var lowerClosed = !hasLower || CutToUpper[count - 2 - i];
            var upper = hasUpper ? Cuts[count - 1 - i] : total;
            var upperClosed = !hasUpper || !CutToUpper[count - 1 - i];
            var form = Forms[i] % 3;
            string range;
            if (!hasUpper)
            {
                // The best grade: open-ended, or up to 总分.
                range = form switch
                {
                    0 => lowerClosed ? $"≥ {Num.Text(lower)}" : $"> {Num.Text(lower)}",
                    1 => lowerClosed ? $"{Num.Text(lower)}分以上" : $"超过{Num.Text(lower)}分",
                    _ => $"{(lowerClosed ? '[' : '(')}{Num.Text(lower)}, {Num.Text(upper)}]",
                };
            }
            else if (!hasLower)
            {
                range = form switch
                {
                    0 => upperClosed ? $"≤ {Num.Text(upper)}" : $"< {Num.Text(upper)}",
                    1 => upperClosed ? $"{Num.Text(upper)}分以下" : $"不满{Num.Text(upper)}分",
                    _ => $"[0, {Num.Text(upper)}{(upperClosed ? ']' : ')')}",
                };
            }
            else
            {
                range = $"{(lowerClosed ? '[' : '(')}{Num.Text(lower)}, {Num.Text(upper)}{(upperClosed ? ']' : ')')}";
            }

            yield return $"{Names[i]} {range}";
        }
    }
}

/// <summary>否决: deducts after the sum, or sets the total to 0 (Deduction null).</summary>
public sealed record VetoModel(string Text, decimal? Deduction);
