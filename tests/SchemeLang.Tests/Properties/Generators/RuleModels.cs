namespace SchemeLang.Tests.Properties.Generators;

// A leaf's scoring standard as data, each writing its own lines. Shared with bench/SchemeLang.Fuzz (linked source).

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
/// written cap (「最多扣3分」) in place of 「扣完为止」; <paramref name="Verb"/> is another word for the direction
/// (「少」, 「推迟」, 「超支」) in place of 低 or 超.
/// </summary>
public sealed record StepModel(bool Below, decimal StepSize, string StepText, decimal PerStep, StepRoundingMode Rounding, bool FloorClause, string? Cap = null, string? Verb = null)
{
    public string Clause(string stepUnitForCeiling) =>
        $"每{Verb ?? (Below ? "低" : "超")}{StepText}扣{Num.Text(PerStep)}分" + (Rounding switch
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
/// formula: 「得分=X×该项指标分值」, 「得分 = X×100%×分值」, 「按比例 X*100%」. The rate may be a 数据 formula, or a ratio
/// written in place (「按比例 (实际完成数/计划数)×100%」), which carries its own 「×100%」.
/// </summary>
public sealed record ProportionalModel(SubjectModel RateSubject, bool Cap, int Formula = 0) : RuleModel
{
    public override SubjectModel? Subject => RateSubject;

    public override IEnumerable<string> Lines()
    {
        var rate = RateSubject.Written;
        var inline = RateSubject.Formula is { Inline: true };
        var rule = Formula switch
        {
            1 => $"得分={rate}×该项指标分值",
            2 => inline ? $"得分 = {rate}×分值" : $"得分 = {rate}×100%×分值",
            3 => inline ? $"按比例 {rate}" : $"按比例 {rate}*100%",
            _ => $"按比例 {rate}",
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
