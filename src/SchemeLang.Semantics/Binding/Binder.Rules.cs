using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>
/// A leaf's rule, kind by kind: 是否, 分项, 扣分, 等次, 按比例 (with a completion ratio written in it), 酌情 and the rest,
/// the numbers written on each checked against the weight. Rules scored by where a value falls are in Binder.Bands.
/// </summary>
public sealed partial class Binder
{
    /// <param name="shared">The group's 以下各项 rule: its 等次 table gives the points of bands that give grades.</param>
    /// <param name="owner">The key of the leaf (or part) the rule scores: the record field of its own 实际完成值.</param>
    private BoundRule? BindRule(RuleSyntax rule, decimal weight, RuleSyntax? shared = null, string? owner = null) => rule switch
    {
        PassFailRuleSyntax pass => new PassFailRule(pass.Condition, pass.Points?.Value ?? weight, Wording(pass.Points, pass.IsFullMarks), pass.OtherwiseDeduction?.Value, pass.Span, pass.OtherwiseJudged, pass.OtherwiseText),
        ChecklistRuleSyntax checklist => new ChecklistRule(
            checklist.Items.Select((item, index) => new ChecklistItem(index + 1, item.Mark, item.Text, item.Points?.Value ?? 0m, item.Span))
                .Zip(checklist.EqualShares ? EqualShares(weight, checklist.Items.Count) : checklist.Items.Select(item => item.Points!.Value))
                .Select(pair => pair.First with { Points = pair.Second })
                .ToEquatableArray(),
            checklist.Span,
            checklist.OtherProblems?.Text),
        BandRuleSyntax band => BindBandRule(band, weight, shared),
        ThresholdRuleSyntax threshold => BindThresholdRule(threshold, weight, owner),
        StepRuleSyntax step => BindStepRule(step, weight, owner),
        DeductionRuleSyntax deduction => new DeductionRule(
            deduction.Items.Select((item, index) => new DeductionItem(index + 1, item.Mark, item.Text, item.UnitWord, item.Points.Value, item.Span)).ToEquatableArray(),
            MaxDeduction(deduction.MaxDeduction, weight),
            deduction.Span),
        ProportionalRuleSyntax proportional => BindProportionalRule(proportional, weight),
        LevelRuleSyntax levels => new LevelRule(
            levels.Levels.Select(level => level switch
            {
                { IsJudged: true } => new Level(level.Name.Text, weight, PointsWording.Judged, level.Span),
                { IsDeduction: true } => new Level(level.Name.Text, Math.Max(0m, weight - level.Points!.Value), PointsWording.Deduction, level.Span),
                { Points.Unit: QuantityUnit.Percent } => new Level(level.Name.Text, weight * level.Points.Value, PointsWording.Share, level.Span),
                _ => new Level(level.Name.Text, level.Points?.Value ?? weight, Wording(level.Points, level.Points is null), level.Span),
            }).ToEquatableArray(),
            levels.Span,
            levels.OtherProblems?.Text)
        {
            Question = levels.Question,
            Deductions = levels.Deductions.Select((deduction, index) => new LevelDeduction(index + 1, deduction.Text, deduction.Points.Value, deduction.Each, deduction.Span)).ToEquatableArray(),
        },
        PendingRuleSyntax pending => new PendingRule(pending.Wording, pending.Span),
        TargetValueRuleSyntax target => BindTargetValue(target, weight, owner),
        QualitativeTargetRuleSyntax qualitative => BindQualitative(qualitative),
        BudgetExecutionRuleSyntax budget => BindBudgetExecution(budget, owner),
        DiscretionaryRuleSyntax discretionary => BindDiscretionaryRule(discretionary, weight),
        SharedRuleSyntax => throw new System.Diagnostics.UnreachableException("以下各项 is bound for the indicators below it, never as a rule of its own"),
        _ => throw new System.Diagnostics.UnreachableException($"rule kind {rule.GetType().Name} has no binding"),
    };

    /// <summary>得满分 (said, or no points written), 不得分, or 得 N 分.</summary>
    private static PointsWording Wording(QuantitySyntax? points, bool fullMarks) => points switch
    {
        // A 是否 line with no points awards the weight: said again, that is 得满分.
        _ when fullMarks => PointsWording.FullMarks,
        null => PointsWording.FullMarks,
        { IsNoPoints: true } => PointsWording.NoPoints,
        _ => PointsWording.Points,
    };

    private static DataReference Reference(NameSyntax name) => new(name.Text, name.Span);

    /// <summary>
    /// 分项 平均分配: the weight in equal shares to the scheme's 小数位, the units left over going to the first items, so
    /// the shares add up to the weight exactly (5分 over 3 items: 1.67, 1.67, 1.66). A share is kept as the page writes
    /// it (25, not 25.00), so the page's 「得25分」 read back is the same plan.
    /// </summary>
    private decimal[] EqualShares(decimal weight, int items)
    {
        var parts = new decimal[items];
        Array.Fill(parts, 1m);
        return items == 0 ? [] : [.. Apportionment.LargestRemainder(weight, parts, _decimals).Select(NumberText.WithoutTrailingZeros)];
    }

    /// <summary>「扣完15分为止」: at most the weight can be deducted.</summary>
    private decimal? MaxDeduction(QuantitySyntax? written, decimal weight)
    {
        if (written is not null && written.Value > weight)
        {
            _diagnostics.Add(DiagnosticCatalog.WrittenMaximumMismatch(At(written.Span), $"扣完{written.Text}为止", NumberText.Points(weight)));
        }

        return written?.Value;
    }

    /// <summary>「完成率 × 3分」: the points written out must be the weight (reported; the rule is still bound).</summary>
    private ProportionalRule? BindProportionalRule(ProportionalRuleSyntax proportional, decimal weight)
    {
        if (proportional.WrittenPoints is { } written && written.Value != weight)
        {
            _diagnostics.Add(DiagnosticCatalog.WrittenMaximumMismatch(At(written.Span), $"× {written.Text}", NumberText.Points(weight)));
        }

        if (proportional.Divisor is { } divisor)
        {
            // 「÷ 户数目标（30户）」, as the page writes it: the value beside a 目标值 must be its value.
            CheckWrittenTarget(divisor, proportional.DivisorWritten);
            CheckWrittenTarget(proportional.Subject, proportional.SubjectWritten);

            return BindCompletionRatio(proportional.Subject, divisor) is { } ratio
                ? new ProportionalRule(new DataReference(ratio.Name, proportional.Subject.Span.Cover(divisor.Span)), proportional.Cap is { } ratioCap ? BindValue(ratioCap, percentSubject: true) : null, proportional.Span, IsCompletionRatio: true)
                : null;
        }

        return BindSubject(proportional.Subject, "按比例计分") is { } subject
            ? new ProportionalRule(Reference(proportional.Subject), proportional.Cap is { } cap ? BindValue(cap, subject.Type == DataTypeKind.Percent) : null, proportional.Span)
            : null;
    }

    private void CheckWrittenTarget(NameSyntax name, QuantitySyntax? written)
    {
        if (written is not null && (!_targets.TryGetValue(name.Text, out var target) || target.Value != written.Value))
        {
            _diagnostics.Add(DiagnosticCatalog.TargetValueMismatch(At(written.Span), name.Text, target?.Text ?? "（未定义）", written.Text));
        }
    }

    /// <summary>
    /// 「实际完成数 ÷ 年度目标数」 written in a 按比例 rule: a percentage formula of its own, named as written and kept after
    /// the scheme's data items. Its operands are data items or 目标值; a divisor that may be 0 needs the item declared in
    /// 数据 with its 除数为零时 (SL2010), and the two must make a ratio (个 ÷ 个, 元 ÷ 元).
    /// </summary>
    private DataItem? BindCompletionRatio(NameSyntax dividend, NameSyntax divisor)
    {
        var name = $"{dividend.Text} ÷ {divisor.Text}";
        if (_dataItems.TryGetValue(name, out var bound))
        {
            return bound;
        }

        var span = dividend.Span.Cover(divisor.Span);
        var left = BindName(dividend);
        var right = BindName(divisor);
        var formula = new BinaryExpression(left, BinaryOperator.Divide, right, ResultDimension(left, BinaryOperator.Divide, right, span), span);

        // 人次 ÷ 户 is a rate per household, but no completion ratio: actual and target count the same thing.
        if (left.Dimension.Kind == DimensionKind.Count && right.Dimension.Kind == DimensionKind.Count && !Compatible(left.Dimension, right.Dimension))
        {
            _diagnostics.Add(DiagnosticCatalog.UnitMismatch(At(span), left.Dimension.ToString(), right.Dimension.ToString(), "完成比例（实际 ÷ 目标）"));
            return null;
        }

        if (!Compatible(formula.Dimension, Dimension.Ratio))
        {
            _diagnostics.Add(DiagnosticCatalog.DeclaredUnitMismatch(At(span), name, Dimension.Ratio.ToString(), formula.Dimension.ToString()));
            return null;
        }

        if (FindUnguardedDivisor(formula) is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.UnguardedRatio(At(divisor.Span), divisor.Text, dividend.Text));
            return null;
        }

        bound = new DataItem(name, DataTypeKind.Percent, "%", 1m, InferDomain(formula, null), false, formula, null, span, WrittenInRule: true);
        _dataItems[name] = bound;
        _completionRatios.Add(bound);
        return bound;
    }

    /// <summary>
    /// 「酌情评分（0至3分）」, 「酌情 2–4分」: the range written out ends at the weight (its full marks) and starts at or above
    /// 0; the evaluator's score must lie in it. Another range is reported, and the rule is bound with 0 to the weight.
    /// </summary>
    private DiscretionaryRule BindDiscretionaryRule(DiscretionaryRuleSyntax discretionary, decimal weight)
    {
        if (discretionary.WrittenRange is not var (lowest, highest))
        {
            return new DiscretionaryRule(discretionary.Guidance, discretionary.Span);
        }

        if (lowest.Value < 0m || lowest.Value > highest.Value || highest.Value != weight)
        {
            _diagnostics.Add(DiagnosticCatalog.WrittenMaximumMismatch(At(lowest.Span.Cover(highest.Span)), $"酌情评分（{lowest.Text}至{highest.Text}）", NumberText.Points(weight)));
            return new DiscretionaryRule(discretionary.Guidance, discretionary.Span);
        }

        // One reading of each number: the weight as the weight was written (21.00 and 21分 are one), the lowest without
        // trailing zeros (2.0 and 2 are one), so that the page's 「酌情评分（2至21分）」 reads back to the same plan.
        return new DiscretionaryRule(discretionary.Guidance, discretionary.Span, NumberText.WithoutTrailingZeros(lowest.Value), weight);
    }

    private DataItem? BindSubject(NameSyntax name, string ruleName)
    {
        _used.Add(name.Text);
        if (BindDataItem(name.Text) is not { } item)
        {
            if (!_dataSyntax.ContainsKey(name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.UndefinedName(At(name.Span), name.Text));
            }

            return null;
        }

        if (!item.IsNumeric)
        {
            _diagnostics.Add(DiagnosticCatalog.SubjectType(At(name.Span), item.Name, item.Dimension.ToString(), ruleName));
            return null;
        }

        return item;
    }
}
