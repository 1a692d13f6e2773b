using System.Text.RegularExpressions;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>
/// Wordings read one way that could mean another (issue 21): names that hold a rule, a lead question before a level
/// table, deductions written after the levels, and what follows 每.
/// </summary>
internal sealed partial class SyntaxTreeBuilder
{
    /// <summary>
    /// Warns when an unquoted name holds a rule-shaped substring: 得N分, 扣N分, 不得分, 酌情, 是否 asking a question, or
    /// a trailing 「的，」. Single characters are not rules: 「立项依据充分性」, 「得分率」, 「不充分」 stay clean. An indicator
    /// named by its question (「医保项目推进是否有持续性」) is clean too: its rule below answers it. 是否 asks a question
    /// that swallows more when a 「，」 or 「？」 and further words follow it, and in a level's name (a level is an answer).
    /// </summary>
    /// <remarks>
    /// Only once the parser read every line: a broken rule line recovered as an indicator (「… 得满分，每低扣1分」) is
    /// reported already, and its words are no name to warn about.
    /// </remarks>
    private void CheckRuleShapedName(string kind, NameSyntax name)
    {
        if (!diagnostics.HasErrors && RuleShape(name.Text, kind == LevelKind) is { } shape)
        {
            diagnostics.Add(DiagnosticCatalog.RuleShapedName(new SourceLocation(source, name.Span), kind, name.Text, shape.Words, shape.Reading));
        }
    }

    private const string LevelKind = "等次";

    private static (string Words, string Reading)? RuleShape(string text, bool isLevel)
    {
        if (PointsClause().Match(text) is { Success: true } points)
        {
            return (points.Value, $"「{points.Value}」是给分或扣分");
        }

        if (text.Contains("不得分", StringComparison.Ordinal))
        {
            return ("不得分", "「不得分」是一个结果");
        }

        if (text.Contains("酌情", StringComparison.Ordinal))
        {
            return ("酌情", "「酌情」是由评价人员给分");
        }

        if ((isLevel ? AnyQuestion() : Question()).Match(text) is { Success: true } question)
        {
            return (question.Value, $"「{question.Value}」是一个提问，其答案才是评分标准");
        }

        return text.EndsWith("的，", StringComparison.Ordinal) || text.EndsWith("的,", StringComparison.Ordinal)
            ? ("的，", "以「的，」结尾的是条件句，后面应接它得或扣的分")
            : null;
    }

    /// <summary>
    /// 「绩效目标是否明确，明确：4分；…」: the question before the first level, ending at the 「，」 after 是否… or at 「？」,
    /// is the indicator's guidance; the level is what follows it. Null when the first level asks no question.
    /// </summary>
    private static (string Question, NameSyntax Level)? LeadQuestion(NameSyntax first)
    {
        var text = first.Text;
        var mark = text.IndexOfAny(['？', '?']);
        var asks = text.IndexOf("是否", StringComparison.Ordinal);
        var end = mark >= 0 ? mark + 1 : asks >= 0 && text.IndexOfAny(['，', ','], asks) is var comma and >= 0 ? comma + 1 : -1;
        if (end <= 0 || end >= text.Length)
        {
            return null;
        }

        var level = text[end..].TrimStart();
        if (level.Length == 0)
        {
            return null;
        }

        var start = first.Span.Start + (first.Span.Length - level.Length);
        return (text[..end].TrimEnd('，', ','), new NameSyntax(level, SourceSpan.FromBounds(Math.Min(start, first.Span.End), first.Span.End)));
    }

    /// <summary>
    /// A level entry that deducts after the levels rather than being one: its outcome deducts (扣N分 or 酌情扣分) and its words
    /// are a condition — a clause ending in 的 (「发现挤占挪用的，」), one about 问题, one opening with 发现/存在/出现/如/若/凡,
    /// or a per-occurrence 「每发现一处」.
    /// </summary>
    private static bool IsDeductionClause(LevelSyntax level)
    {
        if (!level.IsDeduction && !level.IsJudged)
        {
            return false;
        }

        var text = level.Name.Text.TrimEnd('，', ',', '：', ':').TrimEnd();
        return text.EndsWith('的') || text.Contains("问题", StringComparison.Ordinal) || (level.IsDeduction && text.Contains('每'))
            || ClauseOpenings.Any(opening => text.StartsWith(opening, StringComparison.Ordinal));
    }

    /// <summary>
    /// 「…；在所评等次得分上再扣：发现挤占挪用的，扣2分；每发现一处扣1分」: the words the page writes before the deductions
    /// after a level table say where they start, so no guess is needed. Each entry from there on loses those words and must
    /// deduct (扣N分 or 酌情扣分); one that gives points, or a table that starts there, is reported. The index of the first
    /// deduction, or null when the table does not say.
    /// </summary>
    private int? ExplicitDeductions(List<LevelSyntax> levels)
    {
        int? first = null;
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            if (!level.IsQuoted && level.Name.Text.StartsWith(LevelDeductionPlan.Lead, StringComparison.Ordinal))
            {
                var rest = level.Name.Text[LevelDeductionPlan.Lead.Length..].TrimStart('：', ':', '，', ',').TrimStart();
                var start = level.Name.Span.Start + (level.Name.Span.Length - rest.Length);
                levels[i] = level = level with { Name = new NameSyntax(rest, SourceSpan.FromBounds(Math.Min(start, level.Name.Span.End), level.Name.Span.End)) };
                first ??= i;
            }

            if (first is { } from && (from == 0 || (!level.IsDeduction && !level.IsJudged)))
            {
                diagnostics.Add(DiagnosticCatalog.UnexpectedToken(new SourceLocation(source, level.Span), $"「{Normalize(source.Slice(level.Span))}」",
                    $"「{LevelDeductionPlan.Lead}：」写在各等次之后，它后面的每一项都从所评等次的得分上扣，写成「发现挤占挪用的，扣2分」「每发现一处扣1分」或「存在其他问题的，酌情扣分」"));
                _complete = false;
                return null;
            }
        }

        return first;
    }

    private static readonly string[] ClauseOpenings = ["发现", "存在", "出现", "如", "若", "凡"];

    /// <summary>
    /// A deduction after the levels: 「发现挤占挪用的，扣2分」 once, or 「每发现一处扣1分」 per occurrence — the words after 每
    /// checked against the closed lists. Null (reported) when they are not a measure word.
    /// </summary>
    private LevelDeductionSyntax? LevelDeduction(LevelSyntax level)
    {
        var text = level.Name.Text.TrimEnd('：', ':').TrimEnd();
        var each = text.LastIndexOf('每');
        if (each < 0)
        {
            return new LevelDeductionSyntax(text.TrimEnd('，', ',').TrimEnd(), level.Points!, null, level.Span);
        }

        var phrase = text[(each + 1)..].TrimEnd('，', ',').TrimEnd();
        if (MeasureWords.Read(phrase) is null)
        {
            diagnostics.Add(DiagnosticCatalog.UnknownMeasureWord(new SourceLocation(source, level.Name.Span), phrase));
            _complete = false;
            return null;
        }

        return new LevelDeductionSyntax(text[..each].TrimEnd().TrimEnd('，', ',').TrimEnd(), level.Points!, phrase, level.Span);
    }

    /// <summary>
    /// 「完成率 ≥ 95% 得满分，每低扣1分」 is a step rule missing its step, not a 是否 rule whose case not met is 「每低」:
    /// reported as the step rule's error.
    /// </summary>
    private bool ProseStep(Generated.SchemeParser.ProsePassFailRuleContext prose)
    {
        if (prose.otherwiseText() is not { } otherwise || !source.Slice(Span(otherwise)).Contains('每'))
        {
            return false;
        }

        diagnostics.Add(DiagnosticCatalog.UnexpectedToken(new SourceLocation(source, Span(otherwise)), $"「{Normalize(source.Slice(Span(otherwise)))}」", "逐档扣分写出每档的大小，如「每低1个百分点扣1分」"));
        _complete = false;
        return true;
    }

    /// <summary>The words after 每 in a 扣分 item, checked against the closed lists; null, reported, when unknown.</summary>
    private string? MeasurePhrase(Generated.SchemeParser.MeasurePhraseContext? phrase, out bool known)
    {
        known = true;
        if (phrase is null)
        {
            return null;
        }

        var text = Normalize(source.Slice(Span(phrase)));
        if (MeasureWords.Read(text) is null)
        {
            diagnostics.Add(DiagnosticCatalog.UnknownMeasureWord(new SourceLocation(source, Span(phrase)), text));
            _complete = false;
            known = false;
        }

        return text;
    }

    [GeneratedRegex(@"[得扣]\s*[0-9０-９]+([.．][0-9０-９]+)?\s*分")]
    private static partial Regex PointsClause();

    [GeneratedRegex(@"是否[^，,？?]*[，,？?]\s*\S+")]
    private static partial Regex Question();

    [GeneratedRegex(@"是否\S*")]
    private static partial Regex AnyQuestion();
}
