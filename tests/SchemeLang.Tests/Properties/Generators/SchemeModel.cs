using System.Globalization;
using System.Text;

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
/// <see cref="WrittenWeight"/> is how the text states it ("2.5分" or "35%").
/// </summary>
public sealed record NodeModel(
    string Code,
    string Name,
    decimal Weight,
    string WrittenWeight,
    IReadOnlyList<NodeModel> Children,
    RuleModel? Rule,
    NotApplicableMode NotApplicable)
{
    public bool IsLeaf => Children.Count == 0;

    public IEnumerable<NodeModel> SelfAndDescendants => Children.SelectMany(child => child.SelfAndDescendants).Prepend(this);

    /// <summary>The key of its record fields: the code, or the name when the scheme has no codes.</summary>
    public string Key(SchemeModel scheme) => scheme.Codes ? Code : Name;
}

/// <summary>A data item a rule reads.</summary>
public sealed record SubjectModel(string Name, SubjectKind Kind)
{
    public string Declaration => Kind switch
    {
        SubjectKind.Percent => $"{Name}：百分比",
        SubjectKind.PercentBounded => $"{Name}：百分比 范围 [0%, 100%]",
        SubjectKind.Count => $"{Name}：整数（次）",
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
        SubjectKind.Percent or SubjectKind.PercentBounded => Num.Text(value * 100m) + "%",
        SubjectKind.Count => Num.Text(value),
        SubjectKind.Money => value % 10_000m == 0m ? Num.Text(value / 10_000m) + "万元" : Num.Text(value) + "元",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}

public sealed record TargetModel(string Name, decimal Value, SubjectKind Kind)
{
    public string Line => $"{Name} = {new SubjectModel(Name, Kind).Bound(Value)}";
}

// ---------------------------------------------------------------- rules

/// <summary>A leaf's scoring standard; <see cref="Lines"/> are written (indented) below the leaf.</summary>
public abstract record RuleModel
{
    public abstract IEnumerable<string> Lines();

    public virtual SubjectModel? Subject => null;

    /// <summary>Every data item the rule reads: its <see cref="Subject"/>, or its parts' subjects.</summary>
    public virtual IEnumerable<SubjectModel> Subjects => Subject is { } subject ? [subject] : [];
}

/// <summary>是否: met gives the weight. <paramref name="Prose"/>: the line written as prose instead (「程序合规的得5分，否则扣2分」).</summary>
public sealed record PassFailModel(string Condition, int Form, decimal Weight, string? Prose = null) : RuleModel
{
    public override IEnumerable<string> Lines()
    {
        yield return Prose ?? Form switch
        {
            0 => $"是否 {Condition}",
            1 => $"是否 {Condition} 得{Num.Text(Weight)}分，否则不得分",
            _ => $"是否 {Condition}，得满分",
        };
    }
}

/// <summary>分项: items met or not, points adding up to the weight.</summary>
/// <remarks><paramref name="Even"/>: 「分项 平均分配」, the items written without points (the weight shared equally).</remarks>
public sealed record ChecklistModel(IReadOnlyList<(string Text, decimal Points)> Items, bool ParenMarks, bool Even = false) : RuleModel
{
    public override IEnumerable<string> Lines()
    {
        yield return Even ? "分项 平均分配" : "分项";
        for (var i = 0; i < Items.Count; i++)
        {
            var mark = ParenMarks ? $"({i + 1})" : ((char)('①' + i)).ToString();
            yield return Even ? $"  {mark} {Items[i].Text}" : $"  {mark} {Items[i].Text} 得{Num.Text(Items[i].Points)}分";
        }
    }
}

/// <summary>What a band gives a value inside it.</summary>
public abstract record OutcomeModel;

public sealed record FixedOutcome(decimal Points, bool FullMarksWord) : OutcomeModel;

/// <summary>自 Start 分起，每低/每超 Step 扣 PerStep 分 — measured from the band's upper edge (低) or lower edge (超).</summary>
public sealed record StepOutcome(decimal Start, StepModel Step) : OutcomeModel;

public sealed record DiscretionaryOutcome : OutcomeModel;

/// <summary>
/// 每低/每超 StepSize 扣 PerStep 分 with its rounding clause (null: not stated, read as 不足一档不扣); <paramref name="Cap"/> is a
/// written cap (「最多扣3分」) in place of 「扣完为止」.
/// </summary>
public sealed record StepModel(bool Below, decimal StepSize, string StepText, decimal PerStep, StepRoundingMode Rounding, bool FloorClause, string? Cap = null)
{
    public string Clause(string stepUnitForCeiling) =>
        $"每{(Below ? "低" : "超")}{StepText}扣{Num.Text(PerStep)}分" + (Rounding switch
        {
            StepRoundingMode.Unstated => string.Empty,
            StepRoundingMode.CeilingSameUnit => $"，不满{stepUnitForCeiling}按{stepUnitForCeiling}计",
            StepRoundingMode.CeilingOneStep => "，不满一档按一档计",
            StepRoundingMode.Floor => "，不足一档不扣",
            _ => "，按实际计算",
        }) + (Cap is { } cap ? "，" + cap : FloorClause ? "，扣完为止" : string.Empty);
}

public enum StepRoundingMode
{
    Unstated,
    CeilingSameUnit,
    CeilingOneStep,
    Floor,
    Exact,
}

/// <summary>One band: [Lower, Upper] with open or closed ends (null = unbounded) and how its row is written.</summary>
public sealed record BandModel(decimal? Lower, bool LowerClosed, decimal? Upper, bool UpperClosed, int Form, OutcomeModel Outcome)
{
    public bool Contains(decimal value) =>
        (Lower is not { } lo || value > lo || (value == lo && LowerClosed))
        && (Upper is not { } hi || value < hi || (value == hi && UpperClosed));
}

/// <summary>区间: bands covering the subject's domain exactly once; includes two-sided target bands with 自X分起 steps.</summary>
public sealed record BandRuleModel(SubjectModel BandSubject, IReadOnlyList<BandModel> Bands, decimal Weight) : RuleModel
{
    public override SubjectModel? Subject => BandSubject;

    public override IEnumerable<string> Lines()
    {
        yield return $"区间 {BandSubject.Name}";
        foreach (var band in Bands)
        {
            yield return $"  {RangeText(band)} {OutcomeText(band.Outcome)}";
        }
    }

    private string OutcomeText(OutcomeModel outcome) => outcome switch
    {
        FixedOutcome { FullMarksWord: true } => "得满分",
        FixedOutcome { Points: 0m } => "不得分",
        FixedOutcome f => $"得{Num.Text(f.Points)}分",
        StepOutcome s => $"自{Num.Text(s.Start)}分起，{s.Step.Clause(s.Step.StepText)}",
        DiscretionaryOutcome => "酌情",
        _ => throw new InvalidOperationException(outcome.GetType().Name),
    };

    private string RangeText(BandModel band)
    {
        string B(decimal value) => BandSubject.Bound(value);
        switch (band.Lower, band.Upper)
        {
            case (null, null):
                return "≥ " + B(0m);
            case (null, { } hi):
                return (band.UpperClosed, band.Form % 4) switch
                {
                    (true, 0) => $"≤ {B(hi)}",
                    (true, 1) => $"{B(hi)}以下",
                    (true, 2) => $"不高于{B(hi)}",
                    (true, _) => $"[{B(0m)}, {B(hi)}]",
                    (false, 0) => $"< {B(hi)}",
                    (false, 1) => $"不满{B(hi)}",
                    (false, 2) => $"低于{B(hi)}",
                    (false, _) => $"[{B(0m)}, {B(hi)})",
                };
            case ({ } lo, null):
                return (band.LowerClosed, band.Form % 4) switch
                {
                    (true, 0) => $"≥ {B(lo)}",
                    (true, 1) => $"{B(lo)}以上",
                    (true, 2) => $"不低于{B(lo)}",
                    (true, _) => $"[{B(lo)}, +∞)",
                    (false, 0) => $"> {B(lo)}",
                    (false, 1) => $"超过{B(lo)}",
                    (false, 2) => $"高于{B(lo)}",
                    (false, _) => $"({B(lo)}, +∞)",
                };
            case ({ } lo, { } hi):
                return band.Form % 2 == 0
                    ? $"{(band.LowerClosed ? '[' : '(')}{B(lo)}, {B(hi)}{(band.UpperClosed ? ']' : ')')}"
                    : $"{B(lo)} {(band.LowerClosed ? "≤" : "<")} {BandSubject.Name} {(band.UpperClosed ? "≤" : "<")} {B(hi)}";
        }
    }
}

/// <summary>Threshold + steps: "X ≥ 95% 得满分，每低1个百分点扣1分，…"; the threshold may name a 目标值.</summary>
public sealed record StepRuleModel(SubjectModel StepSubject, string Operator, decimal Threshold, string? ThresholdName, bool FullMarksWord, decimal Weight, StepModel Step) : RuleModel
{
    public override SubjectModel? Subject => StepSubject;

    public bool Meets(decimal value) => Operator switch
    {
        "≥" => value >= Threshold,
        ">" => value > Threshold,
        "≤" => value <= Threshold,
        _ => value < Threshold,
    };

    public override IEnumerable<string> Lines()
    {
        var full = FullMarksWord ? "得满分" : $"得{Num.Text(Weight)}分";
        yield return $"{StepSubject.Name} {Operator} {ThresholdName ?? StepSubject.Bound(Threshold)} {full}，{Step.Clause(Step.StepText)}";
    }
}

/// <summary>
/// 扣分: per-occurrence deductions from the weight, stopping at 0. <c>Unit</c> is what follows 每 (「次」, 「发现一处」);
/// <paramref name="Cap"/> is a written cap clause (「最多扣3分」) that replaces 「扣完为止」.
/// </summary>
public sealed record DeductionModel(IReadOnlyList<(string Text, string Unit, decimal Points)> Items, bool FloorClause, string? Cap = null) : RuleModel
{
    public override IEnumerable<string> Lines()
    {
        yield return Cap is { } cap ? "扣分，" + cap : FloorClause ? "扣分，扣完为止" : "扣分";
        for (var i = 0; i < Items.Count; i++)
        {
            yield return $"  {(char)('①' + i)} {Items[i].Text} 每{Items[i].Unit}扣{Num.Text(Items[i].Points)}分";
        }
    }
}

/// <summary>
/// 按比例: weight × rate; an unbounded rate needs 封顶 100%. <paramref name="Formula"/> 1–3 writes it as authors type a
/// formula: 「得分=X×该项指标分值」, 「得分 = X×100%×分值」, 「按比例 X*100%」.
/// </summary>
public sealed record ProportionalModel(SubjectModel RateSubject, bool Cap, int Formula = 0) : RuleModel
{
    public override SubjectModel? Subject => RateSubject;

    public override IEnumerable<string> Lines()
    {
        var rule = Formula switch
        {
            1 => $"得分={RateSubject.Name}×该项指标分值",
            2 => $"得分 = {RateSubject.Name}×100%×分值",
            3 => $"按比例 {RateSubject.Name}*100%",
            _ => $"按比例 {RateSubject.Name}",
        };
        yield return Cap ? rule + "，封顶 100%" : rule;
    }
}

/// <summary>等次: named levels, the first worth the weight.</summary>
/// <remarks>
/// <paramref name="Question"/>: a lead question written before the levels (「绩效目标是否明确，」), inline only;
/// <paramref name="Deductions"/>: entries after the levels that deduct from the level reached (「凡挤占挪用的，扣2分」).
/// </remarks>
public sealed record LevelModel(IReadOnlyList<(string Name, decimal Points)> Levels, bool FullMarksWord, bool Inline, decimal Weight, string? Question = null, IReadOnlyList<LevelDeductionModel>? Deductions = null) : RuleModel
{
    public override IEnumerable<string> Lines()
    {
        string Entry((string Name, decimal Points) level, int index) =>
            index == 0 && FullMarksWord ? $"{level.Name} 得满分"
            : level.Points == 0m ? $"{level.Name} 不得分"
            : $"{level.Name} 得{Num.Text(level.Points)}分";
        var entries = Levels.Select(Entry).Concat((Deductions ?? []).Select(deduction => deduction.Line));
        if (Inline)
        {
            yield return "等次 " + Question + string.Join("；", entries);
            yield break;
        }

        yield return "等次";
        foreach (var line in entries)
        {
            yield return "  " + line;
        }
    }
}

/// <summary>酌情: the evaluator's score in [0, weight] with a reason.</summary>
public sealed record DiscretionaryModel(string Guidance) : RuleModel
{
    public override IEnumerable<string> Lines()
    {
        yield return $"酌情 {Guidance}";
    }
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

// ---------------------------------------------------------------- text

/// <summary>Decimal text without trailing zeros, culture-independent.</summary>
public static class Num
{
    public static string Text(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}

/// <summary>Writes a <see cref="SchemeModel"/> as scheme text, the way an author would.</summary>
public static class SchemeWriter
{
    public static string Write(SchemeModel scheme)
    {
        var text = new StringBuilder();
        text.Append("方案 生成的方案\n");
        text.Append(CultureInfo.InvariantCulture, $"总分 {Num.Text(scheme.Total)}\n");

        // Records write percentages both ways, "96.87%" and as a spreadsheet stores them (0.9687).
        text.Append("百分比数据 小数\n");
        if (scheme.Weights == WeightMode.Relative)
        {
            text.Append("权重 相对\n");
        }
        else if (scheme.WriteWeightHeader)
        {
            text.Append("权重 分值\n");
        }

        switch (scheme.Missing)
        {
            case MissingMode.Error:
                text.Append("缺失数据 报错\n");
                break;
            case MissingMode.ScoreZero:
                text.Append("缺失数据 不得分\n");
                break;
        }

        if (scheme.Decimals is { } decimals)
        {
            text.Append(CultureInfo.InvariantCulture, $"小数位 {decimals}\n");
        }

        var grades = scheme.Grades.Entries(scheme.Total).ToArray();
        if (scheme.Grades.OneLine)
        {
            text.Append("等级 ").Append(string.Join("；", grades)).Append('\n');
        }
        else
        {
            text.Append("等级\n");
            foreach (var grade in grades)
            {
                text.Append("  ").Append(grade).Append('\n');
            }
        }

        if (scheme.Targets.Count > 0)
        {
            text.Append("目标值\n");
            foreach (var target in scheme.Targets)
            {
                text.Append("  ").Append(target.Line).Append('\n');
            }
        }

        var subjects = scheme.Leaves.SelectMany(leaf => leaf.Rule?.Subjects ?? []).ToArray();
        if (subjects.Length > 0)
        {
            text.Append("数据\n");
            foreach (var subject in subjects)
            {
                text.Append("  ").Append(subject.Declaration).Append('\n');
            }
        }

        foreach (var root in scheme.Roots)
        {
            WriteNode(text, scheme, root, 0);
        }

        if (scheme.Vetoes.Count > 0)
        {
            text.Append("否决\n");
            for (var i = 0; i < scheme.Vetoes.Count; i++)
            {
                var veto = scheme.Vetoes[i];
                text.Append("  ").Append((char)('①' + i)).Append(' ').Append(veto.Text)
                    .Append(veto.Deduction is { } d ? $" 扣{Num.Text(d)}分" : " 总分为零").Append('\n');
            }
        }

        return text.ToString();
    }

    private static void WriteNode(StringBuilder text, SchemeModel scheme, NodeModel node, int depth)
    {
        var indent = new string(' ', depth * 2);
        text.Append(indent);
        if (scheme.Codes)
        {
            text.Append(node.Code).Append(' ');
        }

        text.Append(node.Name).Append(' ').Append(node.WrittenWeight).Append('\n');
        if (node.Rule is { } rule)
        {
            foreach (var line in rule.Lines())
            {
                text.Append(indent).Append("  ").Append(line).Append('\n');
            }
        }

        switch (node.NotApplicable)
        {
            case NotApplicableMode.FullMarks:
                text.Append(indent).Append("  不适用 得满分\n");
                break;
            case NotApplicableMode.Redistribute:
                text.Append(indent).Append("  不适用 重新分配\n");
                break;
        }

        foreach (var child in node.Children)
        {
            WriteNode(text, scheme, child, depth + 1);
        }
    }
}
