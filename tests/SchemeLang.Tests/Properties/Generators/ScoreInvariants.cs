using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>
/// The invariants of a scored record ("no wrong score"), read from the bound scheme and the result alone so that
/// the example schemes of the fuzzers can be held to them too:
/// a leaf's score is in [0, its weight]; a parent's score is in [0, its weight] and is the sum of its children's;
/// siblings' weights add up exactly to their parent's (top level: to 总分); the total is in [0, 总分] and, without an
/// applied 否决, the sum of the top level; the grade is the one whose range holds the total; and a record that meets
/// every standard scores exactly 总分 and gets the best grade.
/// </summary>
public static class ScoreInvariants
{
    private static readonly HashSet<string> Yes = new(["是", "true", "True", "TRUE", "1", "符合", "达到"], StringComparer.Ordinal);

    public static List<string> Check(BoundScheme scheme, DataRecord record, RecordResult result, bool meetsEveryStandard = false)
    {
        var violations = new List<string>();
        if (!result.Succeeded)
        {
            return violations;
        }

        var indicators = scheme.AllIndicators.ToArray();
        if (result.Total is not { } total)
        {
            violations.Add("记录计分成功，却没有总分");
            return violations;
        }

        if (indicators.Length != result.Indicators.Length)
        {
            violations.Add($"方案有 {indicators.Length} 个指标，结果却列出 {result.Indicators.Length} 个");
            return violations;
        }

        var scored = new Dictionary<Indicator, IndicatorResult>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < indicators.Length; i++)
        {
            if (indicators[i].Key != result.Indicators[i].Key)
            {
                violations.Add($"第 {i + 1} 个结果是「{result.Indicators[i].Key}」，应为「{indicators[i].Key}」");
                return violations;
            }

            scored[indicators[i]] = result.Indicators[i];
        }

        foreach (var indicator in indicators)
        {
            var own = scored[indicator];
            if (own.Score < 0m || own.Score > own.Weight)
            {
                violations.Add($"{(indicator.IsLeaf ? "末级" : "上级")}指标 {own.Key} 得 {own.Score} 分，不在 [0, {own.Weight}] 内");
            }

            if (!indicator.IsLeaf)
            {
                CheckSiblings(violations, indicator.Children.Select(child => scored[child]).ToArray(), own.Weight, own.Score, $"{own.Key} 的下级");
            }
        }

        var top = scheme.Indicators.Select(indicator => scored[indicator]).ToArray();
        CheckSiblings(violations, top, scheme.Total, parentScore: null, "一级指标");
        if (total < 0m || total > scheme.Total)
        {
            violations.Add($"总分 {total} 不在 [0, {scheme.Total}] 内");
        }

        var vetoed = scheme.Vetoes.Any(veto => record.Fields.TryGetValue(veto.Key, out var flag) && Yes.Contains(flag.Trim()));
        var sum = top.Sum(indicator => indicator.Score);
        if (!vetoed && total != sum)
        {
            violations.Add($"总分 {total} 不等于一级指标得分之和 {sum}");
        }

        var expectedGrade = scheme.Grades.FirstOrDefault(grade => grade.Range.Contains(total))?.Name;
        if (result.Grade != expectedGrade)
        {
            violations.Add($"总分 {total} 的等级是「{result.Grade ?? "（无）"}」，应为「{expectedGrade ?? "（无）"}」");
        }
        else if (expectedGrade is null && scheme.Grades.Count > 0)
        {
            violations.Add($"总分 {total} 没有等级");
        }

        if (meetsEveryStandard)
        {
            var best = scheme.Grades.FirstOrDefault(grade => grade.Range.Contains(scheme.Total))?.Name;
            if (total != scheme.Total)
            {
                violations.Add($"达到每一项标准的记录得 {total} 分，应为总分 {scheme.Total} 分");
            }

            if (result.Grade != best)
            {
                violations.Add($"达到每一项标准的记录评为「{result.Grade ?? "（无）"}」，应为「{best}」");
            }
        }

        return violations;
    }

    /// <summary>Siblings' reported weights add up to the parent's (unless all were redistributed away); their scores add up to its score.</summary>
    private static void CheckSiblings(List<string> violations, IndicatorResult[] siblings, decimal parentWeight, decimal? parentScore, string what)
    {
        var weights = siblings.Sum(sibling => sibling.Weight);
        if (weights != 0m && weights != parentWeight)
        {
            violations.Add($"{what}分值合计 {weights}（{string.Join(" + ", siblings.Select(s => s.Weight))}），不等于 {parentWeight}");
        }

        var scores = siblings.Sum(sibling => sibling.Score);
        if (parentScore is { } score && scores != score)
        {
            violations.Add($"{what}得分合计 {scores}，不等于上级得分 {score}");
        }
    }
}
