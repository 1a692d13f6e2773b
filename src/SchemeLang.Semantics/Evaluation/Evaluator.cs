using System.Collections.Immutable;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Evaluation;

/// <summary>
/// The interpreter: runs a checked scheme over data records. It is the oracle generated scorers are tested
/// against, so every rule's arithmetic goes through <see cref="Scoring"/> exactly as they will.
/// </summary>
public sealed class Evaluator
{
    private readonly BoundScheme _scheme;
    private readonly InputCatalog _inputs;

    public Evaluator(BoundScheme scheme)
    {
        _scheme = scheme;
        _inputs = InputCatalog.For(scheme);
    }

    public BoundScheme Scheme => _scheme;

    public InputCatalog Inputs => _inputs;

    public RecordResult Evaluate(DataRecord record) => new RecordEvaluation(this, record).Run();

    /// <summary>State for one record: parsed values, computed data items and the errors found so far.</summary>
    private sealed class RecordEvaluation(Evaluator owner, DataRecord record)
    {
        private readonly BoundScheme _scheme = owner._scheme;
        private readonly List<RecordError> _errors = [];
        private readonly Dictionary<string, decimal?> _dataValues = new(StringComparer.Ordinal);

        public RecordResult Run()
        {
            foreach (var field in record.Fields.Keys.Where(key => !owner._inputs.Slots.ContainsKey(key)).Order(StringComparer.Ordinal))
            {
                var notApplicable = field.EndsWith("." + InputCatalog.NotApplicableSuffix, StringComparison.Ordinal);
                Error(notApplicable ? DiagnosticCatalog.NotApplicableUndeclaredDescriptor : DiagnosticCatalog.UnknownFieldDescriptor, field,
                    notApplicable ? "该指标的评分标准没有规定不适用时如何处理（不适用 得满分 / 不适用 重新分配）" : "方案中没有这个输入");
            }

            var results = new List<IndicatorResult>();
            var total = ScoreSiblings(_scheme.Indicators, _scheme.Total, results);

            var explanation = new List<string>();
            foreach (var veto in _scheme.Vetoes)
            {
                if (Boolean(veto.Key, required: false) == true)
                {
                    total = veto.Deduction is { } deduction ? Math.Max(0m, total - deduction) : 0m;
                    explanation.Add(veto.Deduction is { } d ? $"否决「{veto.Text}」扣 {NumberText.Points(d)}" : $"否决「{veto.Text}」，总分为 0");
                }
            }

            if (_errors.Count > 0)
            {
                return new RecordResult(record.Id, null, null, [], [.. _errors]);
            }

            var grade = _scheme.Grades.FirstOrDefault(g => g.Range.Contains(total))?.Name;
            return new RecordResult(record.Id, total, grade, [.. results], []);
        }

        // ---------------------------------------------------------------- the tree

        /// <summary>
        /// Scores siblings that share <paramref name="parentWeight"/>. Siblings that are not applicable with
        /// 重新分配 give their weight to the others in proportion to theirs.
        /// </summary>
        private decimal ScoreSiblings(IReadOnlyList<Indicator> siblings, decimal parentWeight, List<IndicatorResult> results)
        {
            var applicableWeight = siblings.Where(sibling => !IsRedistributed(sibling)).Sum(sibling => sibling.Weight);
            var sum = 0m;
            foreach (var sibling in siblings)
            {
                if (IsRedistributed(sibling))
                {
                    results.AddRange(sibling.SelfAndDescendants.Select(redistributed =>
                        new IndicatorResult(redistributed.Key, redistributed.Code, redistributed.Name, 0m, 0m, "不适用，分值按比例分配给同级其他指标")));
                    continue;
                }

                var weight = applicableWeight == parentWeight ? sibling.Weight : sibling.Weight * parentWeight / applicableWeight;
                sum += Score(sibling, weight, results).Score;
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
                return results[position] = new IndicatorResult(indicator.Key, indicator.Code, indicator.Name, Round(weight), sum, $"下级指标得分合计 {NumberText.Points(sum)}");
            }

            var (score, explanation) = ScoreLeafSafely(indicator);
            if (weight != indicator.Weight)
            {
                score = score * weight / indicator.Weight;
                explanation += $"；不适用指标的分值按比例分配后本项满分 {NumberText.Points(Round(weight))}，折算得 {NumberText.Points(Round(score))}";
            }

            var result = new IndicatorResult(indicator.Key, indicator.Code, indicator.Name, Round(weight), Round(Scoring.Clamp(score, weight)), explanation);
            results.Add(result);
            return result;
        }

        /// <summary>Not applicable with 重新分配: a leaf the record marks so, or a parent all of whose children are.</summary>
        private bool IsRedistributed(Indicator indicator) => indicator.IsLeaf
            ? indicator.NotApplicable == NotApplicablePolicy.Redistribute && NotApplicable(indicator)
            : indicator.Children.All(IsRedistributed);

        private (decimal Score, string Explanation) ScoreLeafSafely(Indicator leaf)
        {
            try
            {
                return ScoreLeaf(leaf);
            }
            catch (OverflowException)
            {
                Error(DiagnosticCatalog.OutsideDomainDescriptor, leaf.Key, "数值过大，超出可计算的范围");
                return (0m, string.Empty);
            }
        }

        private bool NotApplicable(Indicator leaf) =>
            leaf.NotApplicable is not null && Boolean($"{leaf.Key}.{InputCatalog.NotApplicableSuffix}", required: false) == true;

        private decimal Round(decimal value) => Scoring.RoundScore(value, _scheme.Decimals);

        private (decimal Score, string Explanation) ScoreLeaf(Indicator leaf)
        {
            if (leaf.NotApplicable == NotApplicablePolicy.FullMarks && NotApplicable(leaf))
            {
                return (leaf.Weight, "不适用，按评分标准得满分");
            }

            var errorsBefore = _errors.Count;
            var missingBefore = _missing.Count;
            var (score, explanation) = leaf.Rule switch
            {
                PassFailRule pass => ScorePassFail(leaf, pass),
                ChecklistRule checklist => ScoreChecklist(leaf, checklist),
                BandRule band => ScoreBand(leaf, band),
                StepRule step => ScoreStep(leaf, step),
                DeductionRule deduction => ScoreDeduction(leaf, deduction),
                ProportionalRule proportional => ScoreProportional(leaf, proportional),
                LevelRule levels => ScoreLevel(leaf, levels),
                DiscretionaryRule => ScoreDiscretionary(leaf, "酌情"),
                _ => (0m, "没有评分规则"),
            };

            if (_missing.Count > missingBefore && _scheme.MissingPolicy == MissingDataPolicy.ScoreZero && _errors.Count == errorsBefore)
            {
                return (0m, $"缺少{string.Join("、", _missing.Skip(missingBefore).Select(field => $"「{field}」"))}，按规定不得分");
            }

            return (score, explanation);
        }

        // ---------------------------------------------------------------- rule kinds

        private (decimal, string) ScorePassFail(Indicator leaf, PassFailRule pass)
        {
            var met = Boolean(leaf.Key, required: true) == true;
            var condition = pass.Condition is null ? string.Empty : $"「{pass.Condition}」";
            return met ? (pass.Points, $"达到{condition}，得 {NumberText.Points(pass.Points)}") : (0m, $"未达到{condition}，不得分");
        }

        private (decimal, string) ScoreChecklist(Indicator leaf, ChecklistRule checklist)
        {
            var sum = 0m;
            var parts = new List<string>();
            foreach (var item in checklist.Items)
            {
                var met = Boolean($"{leaf.Key}.{item.Index}", required: true) == true;
                sum += met ? item.Points : 0m;
                parts.Add($"{item.Mark}{item.Text}{(met ? $" 得 {NumberText.Points(item.Points)}" : " 未达到，不得分")}");
            }

            return (sum, $"{string.Join("；", parts)}；合计 {NumberText.Points(sum)}");
        }

        private (decimal, string) ScoreBand(Indicator leaf, BandRule rule)
        {
            if (DataValue(rule.Subject) is not { } value)
            {
                return (0m, string.Empty);
            }

            var item = _scheme.FindDataItem(rule.Subject)!;
            var shown = $"{rule.Subject} {NumberText.Approximate(value, item.Format)}";
            var band = rule.Bands.FirstOrDefault(b => b.Range.Contains(value));
            if (band is null)
            {
                Error(DiagnosticCatalog.OutsideDomainDescriptor, rule.Subject, $"{shown} 不在任何档次内，无法评分");
                return (0m, string.Empty);
            }

            var where = $"{shown}，位于 {band.Range.ToDisplayString(item.Format)} 档";
            switch (band.Outcome)
            {
                case FixedPointsOutcome fixedPoints:
                    return (fixedPoints.Points, fixedPoints.Points == 0m ? $"{where}，不得分" : $"{where}，得 {NumberText.Points(fixedPoints.Points)}");
                case StepFromEdgeOutcome step:
                    var edge = (step.Step.Direction == StepDirection.Below ? band.Range.Upper : band.Range.Lower) ?? value;
                    var (score, deduction) = Deduct(step.Start, edge, value, step.Step, item);
                    return (score, $"{where}，{deduction}，自 {NumberText.Points(step.Start)}起扣，得 {NumberText.Points(Round(score))}");
                case DiscretionaryOutcome:
                    var (discretionary, reason) = ScoreDiscretionary(leaf, $"{where}，酌情");
                    return (discretionary, reason);
                default:
                    throw new InvalidOperationException($"unknown outcome {band.Outcome.GetType().Name}");
            }
        }

        private (decimal, string) ScoreStep(Indicator leaf, StepRule rule)
        {
            if (DataValue(rule.Subject) is not { } value)
            {
                return (0m, string.Empty);
            }

            var item = _scheme.FindDataItem(rule.Subject)!;
            var shown = $"{rule.Subject} {NumberText.Approximate(value, item.Format)}";
            var threshold = NumberText.Format(rule.Threshold, item.Format);
            var met = rule.Operator switch
            {
                ComparisonOperator.GreaterOrEqual => value >= rule.Threshold,
                ComparisonOperator.Greater => value > rule.Threshold,
                ComparisonOperator.LessOrEqual => value <= rule.Threshold,
                ComparisonOperator.Less => value < rule.Threshold,
                _ => value == rule.Threshold,
            };
            if (met)
            {
                return (rule.FullMarks, $"{shown}，达到 {OperatorText(rule.Operator)} {threshold}，得 {NumberText.Points(rule.FullMarks)}");
            }

            var (score, deduction) = Deduct(rule.FullMarks, rule.Threshold, value, rule.Step, item);
            return (score, $"{shown}，未达到 {OperatorText(rule.Operator)} {threshold}，{deduction}，得 {NumberText.Points(Round(score))}");
        }

        /// <summary>The stepwise deduction from <paramref name="edge"/> to <paramref name="value"/>, with its explanation.</summary>
        private static (decimal Score, string Explanation) Deduct(decimal start, decimal edge, decimal value, StepDeduction step, DataItem item)
        {
            var distance = Math.Abs(value - edge);
            var steps = Scoring.CountSteps(distance, step.StepSize, step.Rounding);
            var deducted = Math.Min(start, steps * step.PointsPerStep);
            var score = Scoring.DeductSteps(start, distance, step.StepSize, step.PointsPerStep, step.Rounding);
            var gap = item.Type == DataTypeKind.Percent ? $"{NumberText.Approximate(distance * 100m, ValueFormat.Plain)} 个百分点" : NumberText.Approximate(distance, item.Format);
            var rounding = step.Rounding switch
            {
                StepRounding.Ceiling => "不满一档按一档计",
                StepRounding.Floor => "不足一档不扣",
                _ => "按实际计算",
            };
            var direction = step.Direction == StepDirection.Below ? "低于" : "超过";
            return (score, $"{direction} {NumberText.Format(edge, item.Format)} 共 {gap}，每 {step.StepText} 扣 {NumberText.Points(step.PointsPerStep)}，{rounding}，计 {NumberText.Approximate(steps, ValueFormat.Plain)} 档，扣 {NumberText.Points(deducted)}");
        }

        private (decimal, string) ScoreDeduction(Indicator leaf, DeductionRule rule)
        {
            var deducted = 0m;
            var parts = new List<string>();
            foreach (var item in rule.Items)
            {
                var count = Count($"{leaf.Key}.{item.Index}");
                if (count > 0m)
                {
                    deducted += count * item.Points;
                    parts.Add($"{item.Mark}{item.Text} {NumberText.Plain(count)} {item.UnitWord ?? "次"}，扣 {NumberText.Points(count * item.Points)}");
                }
            }

            var score = Math.Max(0m, leaf.Weight - deducted);
            return parts.Count == 0
                ? (leaf.Weight, $"没有扣分情形，得 {NumberText.Points(leaf.Weight)}")
                : (score, $"{string.Join("；", parts)}；自 {NumberText.Points(leaf.Weight)}起扣，扣完为止，得 {NumberText.Points(score)}");
        }

        private (decimal, string) ScoreProportional(Indicator leaf, ProportionalRule rule)
        {
            if (DataValue(rule.Subject) is not { } value)
            {
                return (0m, string.Empty);
            }

            var item = _scheme.FindDataItem(rule.Subject)!;
            var cap = rule.Cap ?? 1m;
            var score = Scoring.Proportional(leaf.Weight, value, cap);
            var capped = value > cap ? $"（超过 {NumberText.Format(cap, item.Format)} 按 {NumberText.Format(cap, item.Format)} 计）" : string.Empty;
            return (score, $"{rule.Subject} {NumberText.Approximate(value, item.Format)}{capped}，{NumberText.Plain(leaf.Weight)} × {NumberText.Approximate(Math.Min(Math.Max(value, 0m), cap), item.Format)} = {NumberText.Approximate(score, ValueFormat.Points)}");
        }

        private (decimal, string) ScoreLevel(Indicator leaf, LevelRule rule)
        {
            if (Field(leaf.Key, required: true) is not { } chosen)
            {
                return (0m, string.Empty);
            }

            var level = rule.Levels.FirstOrDefault(l => l.Name == chosen.Trim());
            if (level is null)
            {
                Error(DiagnosticCatalog.InvalidValueDescriptor, leaf.Key, $"「{chosen}」不是本指标的等次，应为 {string.Join("、", rule.Levels.Select(l => l.Name))} 之一");
                return (0m, string.Empty);
            }

            return (level.Points, level.Points == 0m ? $"评为「{level.Name}」，不得分" : $"评为「{level.Name}」，得 {NumberText.Points(level.Points)}");
        }

        private (decimal, string) ScoreDiscretionary(Indicator leaf, string prefix)
        {
            var scoreText = Field(leaf.Key, required: true);
            var reason = Field($"{leaf.Key}.{InputCatalog.ReasonSuffix}", required: false);
            if (scoreText is null)
            {
                return (0m, string.Empty);
            }

            if (!ValueParser.TryParseScore(scoreText, out var score))
            {
                Error(DiagnosticCatalog.InvalidValueDescriptor, leaf.Key, $"「{scoreText}」不是分值");
                return (0m, string.Empty);
            }

            if (score < 0m || score > leaf.Weight)
            {
                Error(DiagnosticCatalog.OutsideDomainDescriptor, leaf.Key, $"酌情得分 {NumberText.Points(score)} 不在 [0, {NumberText.Plain(leaf.Weight)}] 分之内");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                Error(DiagnosticCatalog.ReasonMissingDescriptor, $"{leaf.Key}.{InputCatalog.ReasonSuffix}", "酌情评分必须写明理由");
            }

            return (score, $"{prefix}得 {NumberText.Points(score)}：{reason}");
        }

        private static string OperatorText(ComparisonOperator op) => op switch
        {
            ComparisonOperator.GreaterOrEqual => "≥",
            ComparisonOperator.Greater => ">",
            ComparisonOperator.LessOrEqual => "≤",
            ComparisonOperator.Less => "<",
            _ => "=",
        };

        // ---------------------------------------------------------------- inputs and data items

        private readonly List<string> _missing = [];

        private string? Field(string key, bool required)
        {
            if (record.Fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            if (required)
            {
                _missing.Add(key);
                if (_scheme.MissingPolicy == MissingDataPolicy.Error)
                {
                    Error(DiagnosticCatalog.MissingFieldDescriptor, key, "缺少此字段");
                }
            }

            return null;
        }

        private bool? Boolean(string key, bool required)
        {
            if (Field(key, required) is not { } text)
            {
                return null;
            }

            if (ValueParser.TryParseBoolean(text, out var value))
            {
                return value;
            }

            Error(DiagnosticCatalog.InvalidValueDescriptor, key, $"「{text}」应为“是”或“否”");
            return null;
        }

        private decimal Count(string key)
        {
            if (Field(key, required: true) is not { } text)
            {
                return 0m;
            }

            if (ValueParser.TryParseCount(text, out var count))
            {
                return count;
            }

            Error(DiagnosticCatalog.InvalidValueDescriptor, key, $"「{text}」应为不小于 0 的整数");
            return 0m;
        }

        /// <summary>A data item's value: parsed from the record, or computed from its formula.</summary>
        private decimal? DataValue(string name)
        {
            if (_dataValues.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var item = _scheme.FindDataItem(name);
            decimal? value = null;
            if (item is null)
            {
                value = null;
            }
            else if (item.Formula is { } formula)
            {
                var divisionByZero = false;
                try
                {
                    value = Evaluate(formula, ref divisionByZero);
                }
                catch (OverflowException)
                {
                    Error(DiagnosticCatalog.OutsideDomainDescriptor, name, "公式的结果过大，超出可计算的范围");
                    value = null;
                }

                if (divisionByZero)
                {
                    value = item.ZeroFallback;
                    if (value is null)
                    {
                        Error(DiagnosticCatalog.InvalidValueDescriptor, name, "公式的除数为 0，且方案没有规定此时的取值");
                    }
                }
            }
            else if (Field(name, required: true) is { } text)
            {
                if (ValueParser.TryParseNumber(item, text, out var parsed, out var error))
                {
                    value = parsed;
                    if (!item.Domain.Contains(parsed))
                    {
                        Error(DiagnosticCatalog.OutsideDomainDescriptor, name, $"{NumberText.Format(parsed, item.Format)} 不在取值范围 {item.Domain.ToDisplayString(item.Format)} 内");
                        value = null;
                    }
                }
                else
                {
                    Error(DiagnosticCatalog.InvalidValueDescriptor, name, error);
                }
            }

            _dataValues[name] = value;
            return value;
        }

        private decimal? Evaluate(BoundExpression expression, ref bool divisionByZero)
        {
            switch (expression)
            {
                case LiteralExpression literal:
                    return literal.Value;
                case DataReferenceExpression reference:
                    return DataValue(reference.Name);
                case NegateExpression negate:
                    return -Evaluate(negate.Operand, ref divisionByZero);
                case BinaryExpression binary:
                    var left = Evaluate(binary.Left, ref divisionByZero);
                    var right = Evaluate(binary.Right, ref divisionByZero);
                    if (left is not { } l || right is not { } r)
                    {
                        return null;
                    }

                    switch (binary.Operator)
                    {
                        case BinaryOperator.Add:
                            return l + r;
                        case BinaryOperator.Subtract:
                            return l - r;
                        case BinaryOperator.Multiply:
                            return l * r;
                        default:
                            if (r == 0m)
                            {
                                divisionByZero = true;
                                return null;
                            }

                            return l / r;
                    }

                default:
                    throw new InvalidOperationException($"unknown expression {expression.GetType().Name}");
            }
        }

        private void Error(DiagnosticDescriptor descriptor, string? field, string message)
        {
            if (!_errors.Any(error => error.Field == field && error.Code == descriptor.Code))
            {
                _errors.Add(new RecordError(descriptor.Code, record.Id, field, message));
            }
        }
    }
}
