using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Checks;

/// <summary>Checklists, levels and proportional rules: points that add up to the weight.</summary>
public sealed partial class SchemeChecker
{
    private void CheckChecklist(Indicator leaf, ChecklistRule checklist)
    {
        var sum = checklist.Items.Sum(item => item.Points);
        if (sum != leaf.Weight)
        {
            var equalItems = checklist.Items.Count > 1 && checklist.Items.All(item => item.Points == checklist.Items[0].Points);
            _diagnostics.Add(DiagnosticCatalog.ChecklistSum(At(checklist.Span), leaf.Name, sum, leaf.Weight, equalItems));
        }

        // ① ② ③ or (1) (2) (3): each item's mark should be the next number.
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            if (MarkNumber(item.Mark) is { } number && number != i + 1)
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateItemMark(At(item.Span), item.Mark));
                break;
            }
        }
    }

    private static int? MarkNumber(string mark)
    {
        if (mark.Length == 1 && mark[0] is >= '\u2460' and <= '\u2473')
        {
            return mark[0] - '\u2460' + 1;
        }

        var digits = new string(mark.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private void CheckLevels(Indicator leaf, LevelRule levels)
    {
        if (levels.Levels.Count == 0)
        {
            // 「等次」 with no level under it: no record could ever be scored.
            _diagnostics.Add(DiagnosticCatalog.NoLevels(At(levels.Span), leaf.Name, leaf.Weight));
            return;
        }

        // A 酌情 level (其他：酌情扣分) has no points of its own: the others must reach the weight.
        var fixedLevels = levels.Levels.Where(level => level.Wording != PointsWording.Judged).ToArray();
        var top = fixedLevels.Length == 0 ? leaf.Weight : fixedLevels.Max(level => level.Points);
        // With 附加分 the top level may give more than the weight (超额完成 得44分), up to the weight and the bonus.
        if (top < leaf.Weight || top > leaf.Weight + leaf.Bonus)
        {
            _diagnostics.Add(DiagnosticCatalog.LevelTop(At(levels.Span), leaf.Name, top, leaf.Weight));
        }

        var seen = new Dictionary<string, Level>(StringComparer.Ordinal);
        foreach (var level in levels.Levels)
        {
            if (!seen.TryAdd(level.Name, level))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateLevel(At(level.Span), level.Name));
            }
        }

        var byPoints = new Dictionary<decimal, Level>();
        foreach (var level in fixedLevels)
        {
            if (byPoints.TryGetValue(level.Points, out var earlier) && earlier.Name != level.Name)
            {
                _diagnostics.Add(DiagnosticCatalog.LevelPointsNotDistinct(At(level.Span), earlier.Name, level.Name, level.Points));
            }
            else
            {
                byPoints.TryAdd(level.Points, level);
            }
        }

        CheckDeductionLevels(leaf, levels);
    }

    /// <summary>
    /// A level worded as a deduction (较好 扣3分) that would give more than a level written above it is
    /// probably a deduction from the level reached, written without a condition's words (issue 21, class 1): say both readings.
    /// </summary>
    private void CheckDeductionLevels(Indicator leaf, LevelRule levels)
    {
        for (var i = 1; i < levels.Levels.Count; i++)
        {
            var level = levels.Levels[i];
            // 「其他：酌情扣分」 is the case the table leaves open, a level by its word 其他; a condition's words make it a deduction.
            if (level.Wording != PointsWording.Deduction)
            {
                continue;
            }

            var lower = levels.Levels.Take(i).Where(earlier => earlier.Points < level.Points).MinBy(earlier => earlier.Points);
            if (lower is not null)
            {
                var wording = $"扣{NumberText.Points(leaf.Weight - level.Points)}";
                _diagnostics.Add(DiagnosticCatalog.DeductionLevelAbove(At(level.Span), level.Name, wording, level.Points, lower.Name, lower.Points));
            }
        }
    }

    private void CheckProportional(Indicator leaf, ProportionalRule proportional)
    {
        if (_scheme.FindDataItem(proportional.Subject.Name) is not { } subject)
        {
            return;
        }

        if (proportional.Cap is { } cap)
        {
            if (leaf.Weight * cap.Value > leaf.Weight + leaf.Bonus)
            {
                _diagnostics.Add(DiagnosticCatalog.PointsExceedWeight(At(proportional.Span), "按比例封顶时", leaf.Weight * cap.Value, leaf.Weight + leaf.Bonus));
            }
        }
        else if (!proportional.IsCompletionRatio && (subject.Domain.Upper is not { } upper || upper > 1m))
        {
            // A ratio written in the rule is a completion rate, capped at full marks by what it says.
            _diagnostics.Add(DiagnosticCatalog.ProportionalCap(At(proportional.Span), subject.Name, subject.Domain.ToDisplayString(subject.Format)));
        }

        if (subject.Formula is BinaryExpression { Operator: BinaryOperator.Divide } ratio)
        {
            CheckRatio(leaf, proportional, ratio);
        }
    }
}
