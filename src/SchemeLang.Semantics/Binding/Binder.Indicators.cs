using SchemeLang.Checks;
using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>The indicator tree: codes and keys, weights in points (relative ones apportioned), and each leaf's rule.</summary>
public sealed partial class Binder
{
    /// <summary>「目标完成情况 40分，附加分」: points inside a name, which the author meant as a weight.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*分(?![类项级数值])")]
    private static partial System.Text.RegularExpressions.Regex PointsInName();

    /// <param name="outlinePath">The outline marks above these siblings (一（一）), the start of an outline-numbered key.</param>
    /// <param name="shared">The rule a group above wrote for every indicator below it (以下各项), if any.</param>
    private EquatableArray<Indicator> BindIndicators(EquatableArray<IndicatorSyntax> siblings, IndicatorSyntax? parent, decimal parentWeight, int depth, string outlinePath = "", RuleSyntax? shared = null)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bound = new List<Indicator>();
        var weights = SiblingWeights(siblings, parentWeight);
        for (var i = 0; i < siblings.Count; i++)
        {
            var syntax = siblings[i];
            if (!names.Add(syntax.Name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateSiblingName(At(syntax.Name.Span), syntax.Name.Text, parent?.Name.Text ?? _syntaxTitle));
            }

            var key = KeyOf(syntax, outlinePath);
            if (syntax.Code is { } code && !_codes.TryAdd(key, code.Span))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateCode(At(code.Span), key));
            }

            bound.Add(BindIndicator(syntax, weights[i], depth, key, syntax.Code is { } mark && OutlineMarks.IsOutline(mark.Text) ? key : outlinePath, shared));
        }

        return bound.ToEquatableArray();
    }

    private string _syntaxTitle => _syntax.Headers.OfType<TitleHeaderSyntax>().FirstOrDefault()?.Title ?? "方案";

    /// <summary>
    /// Each sibling's weight in points: as written, or its percentage of the parent's points apportioned so that the
    /// siblings still add up to the parent exactly (see <see cref="Apportionment"/>).
    /// </summary>
    private decimal[] SiblingWeights(EquatableArray<IndicatorSyntax> siblings, decimal parentWeight)
    {
        if (siblings.Count == 0 || siblings.Any(sibling => sibling.Weight?.Unit != QuantityUnit.Percent))
        {
            return [.. siblings.Select(sibling => sibling.Weight switch
            {
                null => DerivedWeight(sibling),
                { Unit: QuantityUnit.Percent } percent => parentWeight * percent.Value,
                { } points => points.Value,
            })];
        }

        var written = siblings.Select(sibling => sibling.Weight!.Value).ToArray();
        var exact = written.Select(share => parentWeight * share).ToArray();
        return written.Sum() == 1m ? Apportionment.LargestRemainder(parentWeight, exact, _decimals) : exact;
    }

    /// <summary>
    /// A group that leaves its weight out has its children's weights added up (theirs derived likewise). Only points
    /// add up: under 权重 相对 a group must say its share (SL2013), and a percentage child counts as nothing here. A sum
    /// past what decimal holds is reported on the group, which then weighs 0.
    /// </summary>
    private decimal DerivedWeight(IndicatorSyntax group)
    {
        try
        {
            return SumOfChildren(group);
        }
        catch (OverflowException)
        {
            _diagnostics.Add(DiagnosticCatalog.WeightSumTooLarge(At(group.Name.Span), $"「{group.Name.Text}」的下级指标"));
            return 0m;
        }

        static decimal SumOfChildren(IndicatorSyntax group)
        {
            var sum = 0m;
            foreach (var child in group.Children)
            {
                sum += child.Weight switch
                {
                    null => SumOfChildren(child),
                    { Unit: QuantityUnit.Percent } => 0m,
                    { } points => points.Value,
                };
            }

            return sum;
        }
    }

    /// <summary>A letter code is the key as written; an outline mark's key is its path from the top (一（一）1); no code, the name.</summary>
    private static string KeyOf(IndicatorSyntax syntax, string outlinePath) => syntax.Code switch
    {
        { } code when OutlineMarks.IsOutline(code.Text) => outlinePath + OutlineMarks.KeyPart(code.Text),
        { } code => code.Text,
        null => syntax.Name.Text,
    };

    private Indicator BindIndicator(IndicatorSyntax syntax, decimal weight, int depth, string key, string outlinePath, RuleSyntax? shared)
    {
        var isPercent = syntax.Weight?.Unit == QuantityUnit.Percent;
        // A group without a weight sums points, so under 权重 相对 it lacks its share.
        if (syntax.Weight is null ? _weightStyle == WeightStyle.Relative : isPercent != (_weightStyle == WeightStyle.Relative))
        {
            _diagnostics.Add(DiagnosticCatalog.WeightStyle(At(syntax.Weight?.Span ?? syntax.Name.Span), syntax.Name.Text, _weightStyle == WeightStyle.Relative ? "百分比（如 40%）" : "分值（如 5分）"));
        }

        if (depth == MaxDepth + 1)
        {
            _diagnostics.Add(DiagnosticCatalog.TreeTooDeep(At(syntax.Name.Span), syntax.Name.Text, depth));
        }

        if (PointsInName().Match(syntax.Name.Text) is { Success: true } points)
        {
            _diagnostics.Add(DiagnosticCatalog.NameHoldsPoints(At(syntax.Name.Span), syntax.Name.Text, points.Value, syntax.Weight?.Text));
        }

        // 以下各项 under this group is for the indicators below it; a rule of the indicator's own comes before one shared from above.
        var sharing = syntax.Rule as SharedRuleSyntax;
        var own = sharing is null ? syntax.Rule : null;
        var children = BindIndicators(syntax.Children, syntax, weight, depth + 1, outlinePath, sharing?.Rule ?? shared);
        BoundRule? rule = null;
        if (children.Count > 0 && own is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.RuleOnParent(At(own.Span), syntax.Name.Text));
        }

        if (children.Count > 0 && syntax.Parts.Count > 0)
        {
            _diagnostics.Add(DiagnosticCatalog.RuleOnParent(At(syntax.Parts[0].Span), syntax.Name.Text));
        }

        if (syntax.EachPart is { } each && syntax.Parts.Count == 0)
        {
            _diagnostics.Add(DiagnosticCatalog.EachPartWithoutParts(At(each.Span), syntax.Name.Text));
        }

        if (children.Count == 0 && sharing is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.SharedRuleOnLeaf(At(sharing.Span), syntax.Name.Text));
        }

        if (children.Count > 0 && syntax.NotApplicable is { } notApplicable)
        {
            _diagnostics.Add(DiagnosticCatalog.NotApplicableOnParent(At(notApplicable.Span), syntax.Name.Text));
        }
        else if (children.Count == 0 && syntax.Rule is null && syntax.Breakdown.Count == 0 && weight == 0m && syntax.Weight is { Unit: not QuantityUnit.Percent } zero)
        {
            // 「经济效益指标 0分」 with nothing under it: a group with no indicators this year, kept in the tree at 0 points.
            // Written 「经济效益指标 无」 the author has said so, and nothing is asked.
            if (!zero.IsNone)
            {
                _diagnostics.Add(DiagnosticCatalog.EmptyGroup(At(syntax.Name.Span), syntax.Name.Text));
            }

            var empty = new WrittenWeight(zero.Text, zero.Value, isPercent);
            return new Indicator(key, syntax.Code?.Text, syntax.Name.Text, 0m, empty, depth, children, null, null, syntax.Span, IsEmptyGroup: true);
        }
        else if (children.Count == 0)
        {
            if (!_leafKeys.TryAdd(key, syntax.Name.Span) && syntax.Code is null)
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateLeafName(At(syntax.Name.Span), key));
            }

            if (syntax.Parts.Count > 0)
            {
                if (own is not null)
                {
                    _diagnostics.Add(DiagnosticCatalog.PartsWithOwnRule(At(own.Span), syntax.Name.Text));
                }

                rule = BindParts(syntax, key, weight, depth);
            }
            else if ((own ?? shared) is not { } leafRule)
            {
                if (sharing is null)
                {
                    _diagnostics.Add(DiagnosticCatalog.LeafWithoutRule(At(syntax.Name.Span), syntax.Name.Text));
                }
            }
            else
            {
                rule = BindRule(leafRule, weight, shared, key);
            }
        }

        if (children.Count > 0 && syntax.Bonus is { } groupBonus)
        {
            _diagnostics.Add(DiagnosticCatalog.BonusOnGroup(At(groupBonus.Span), syntax.Name.Text));
        }

        var written = syntax.Weight is { } declared ? new WrittenWeight(declared.Text, declared.Value, isPercent) : null;
        return new Indicator(key, syntax.Code?.Text, syntax.Name.Text, weight, written, depth, children, rule, syntax.NotApplicable?.Policy, syntax.Span,
            Bonus: children.Count == 0 ? syntax.Bonus?.Value ?? 0m : 0m,
            Breakdown: BindBreakdown(syntax, key, rule, isLeaf: children.Count == 0));
    }


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

    /// <summary>「酌情 2至4分」: a range inside [0, weight], lowest first; otherwise SL2028 and the whole weight.</summary>
    private DiscretionaryOutcome BandRange(QuantitySyntax lowest, QuantitySyntax highest, decimal weight)
    {
        if (lowest.Value < 0m || lowest.Value > highest.Value || highest.Value > weight)
        {
            _diagnostics.Add(DiagnosticCatalog.WrittenMaximumMismatch(At(lowest.Span.Cover(highest.Span)), $"酌情 {lowest.Text}至{highest.Text}", NumberText.Points(weight)));
            return new DiscretionaryOutcome(0m, weight);
        }

        return new DiscretionaryOutcome(lowest.Value, highest.Value);
    }

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

    private BandRule? BindBandRule(BandRuleSyntax band, decimal weight, RuleSyntax? shared)
    {
        if (BindSubject(band.Subject, "区间计分") is not { } subject)
        {
            return null;
        }

        var grades = band.GivesGrades ? (band.Grades ?? shared as LevelRuleSyntax) is { } table ? BindRule(table, weight) as LevelRule : null : null;

        var percent = subject.Type == DataTypeKind.Percent;
        var bands = new List<Band>();
        string? placeholder = null;
        foreach (var row in band.Rows)
        {
            if (row.Range.Variable is { } variable && !StandsForSubject(variable.Text, subject.Name, ref placeholder))
            {
                _diagnostics.Add(DiagnosticCatalog.BandVariable(At(variable.Span), variable.Text, subject.Name));
            }

            CheckUnits(subject, row.Range.Lower, row.Range.Upper);
            if (row.Outcome is StepOutcomeSyntax stepped)
            {
                CheckStepUnit(subject, stepped.Step);
            }

            if (BindRange(row.Range, percent) is not { } range)
            {
                continue;
            }

            BandOutcome outcome = row.Outcome switch
            {
                FixedOutcomeSyntax { IsFullMarks: true } => new FixedPointsOutcome(weight, PointsWording.FullMarks),
                FixedOutcomeSyntax fixedOutcome => new FixedPointsOutcome(fixedOutcome.Points!.Value, Wording(fixedOutcome.Points, fullMarks: false)),
                StepOutcomeSyntax step => new StepFromEdgeOutcome(step.Start.Value, BindStep(step.Step)),
                DiscretionaryOutcomeSyntax { Range: var (lowest, highest) } => BandRange(lowest, highest, weight),
                DiscretionaryOutcomeSyntax => new DiscretionaryOutcome(0m, weight),
                GradeOutcomeSyntax grade => GradeOutcome(subject.Name, grade, grades),
                _ => throw new System.Diagnostics.UnreachableException($"band outcome {row.Outcome.GetType().Name} has no binding"),
            };
            var written = new WrittenRange(row.Range.Text, row.Range.Form == RangeForm.Interval, row.Range.Form == RangeForm.Dash, TargetName(row.Range.Lower), TargetName(row.Range.Upper));
            bands.Add(new Band(range, written, outcome, row.Span));
        }

        return new BandRule(Reference(band.Subject), bands.ToEquatableArray(), band.Span, grades);
    }

    /// <summary>为优秀: the points the grade table gives 优秀; a grade it lacks, or leaves to the evaluator, is SL2033.</summary>
    private FixedPointsOutcome GradeOutcome(string subject, GradeOutcomeSyntax grade, LevelRule? grades)
    {
        var level = grades?.Levels.FirstOrDefault(level => level.Name == grade.Grade);
        if (level is { Wording: not PointsWording.Judged })
        {
            return new FixedPointsOutcome(level.Points, level.Wording, grade.Grade);
        }

        _diagnostics.Add(grades is null
            ? DiagnosticCatalog.GradeWithoutPoints(At(grade.Span), subject, grade.Grade)
            : level is null
                ? DiagnosticCatalog.GradeNotInTable(At(grade.Span), grade.Grade, grades.Levels.Select(other => other.Name))
                : DiagnosticCatalog.GradeLeftToEvaluator(At(grade.Span), grade.Grade));
        return new FixedPointsOutcome(0m, PointsWording.NoPoints, grade.Grade);
    }

    /// <summary>
    /// A band's variable is its subject: written out, or one Latin letter standing for it throughout the table
    /// (「2%≤y&lt;8%」). Any other name is another quantity, which the table does not range over.
    /// </summary>
    private static bool StandsForSubject(string variable, string subject, ref string? placeholder)
    {
        if (variable == subject)
        {
            return true;
        }

        if (variable.Length != 1 || !char.IsAsciiLetter(variable[0]))
        {
            return false;
        }

        placeholder ??= variable;
        return placeholder == variable;
    }

    /// <summary>「X ≥ 30个 得满分，否则不得分」 as the two-band table it is: the threshold's side gives the points, the rest 0.</summary>
    private BandRule? BindThresholdRule(ThresholdRuleSyntax rule, decimal weight, string? owner)
    {
        var subject = rule.Subject is { } named ? BindSubject(named, "达标计分") : OwnValue(owner, rule.Threshold, "达标计分");
        if (subject is null || BindValue(rule.Threshold, subject.Type == DataTypeKind.Percent) is not { } threshold)
        {
            return null;
        }

        CheckUnits(subject, rule.Threshold);
        var t = threshold.Value;
        var met = Comparison.Range(rule.Operator, t);
        var points = new FixedPointsOutcome(rule.Points?.Value ?? weight, Wording(rule.Points, rule.Points is null));
        var bands = Coverage.Gaps(Interval.All, [met])
            .Select(missed => new Band(missed, Written(missed), new FixedPointsOutcome(0m, PointsWording.NoPoints), rule.Span))
            .Prepend(new Band(met, Written(met), points, rule.Span));
        return new BandRule(new DataReference(subject.Name, rule.Subject?.Span ?? rule.Span), bands.ToEquatableArray(), rule.Span, OwnValue: rule.Subject is null);

        WrittenRange Written(Interval range) =>
            new(rule.Text, IsInterval: false, IsAmbiguous: false, range.Lower == t ? threshold.Target : null, range.Upper == t ? threshold.Target : null);
    }

    private StepRule? BindStepRule(StepRuleSyntax step, decimal weight, string? owner)
    {
        var subject = step.Subject is { } named ? BindSubject(named, "达标扣分") : OwnValue(owner, step.Threshold, "达标扣分");
        if (subject is null || BindValue(step.Threshold, subject.Type == DataTypeKind.Percent) is not { } threshold)
        {
            return null;
        }

        CheckUnits(subject, step.Threshold);
        CheckStepUnit(subject, step.Step);

        return new StepRule(new DataReference(subject.Name, step.Subject?.Span ?? step.Span), step.Operator, threshold, step.FullMarks?.Value ?? weight, Wording(step.FullMarks, step.FullMarks is null), BindStep(step.Step), step.Span, OwnValue: step.Subject is null);
    }

    private static StepDeduction BindStep(StepClauseSyntax step) => new(
        step.Direction,
        step.StepSize.Value,
        step.StepSize.Text,
        step.PointsPerStep.Value,
        step.Rounding?.Rounding ?? StepRounding.Floor,
        step.Rounding is not null)
    {
        MaxDeduction = step.MaxDeduction?.Value,
    };
}
