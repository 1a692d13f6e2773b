using System.Collections.Immutable;
using SchemeLang.Binding;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Testing;

/// <summary>The result of one 测试 block: each expectation that did not hold, in words a finance clerk reads.</summary>
public sealed record SchemeTestResult(string Name, ImmutableArray<string> Failures)
{
    public bool Passed => Failures.IsEmpty;
}

/// <summary>Runs the 测试 blocks written inside a scheme through the interpreter.</summary>
public static class SchemeTestRunner
{
    /// <exception cref="SchemeHasErrorsException">The scheme failed its checks.</exception>
    public static ImmutableArray<SchemeTestResult> Run(SchemeCompilation compilation)
    {
        var evaluator = new Evaluator(compilation);
        return [.. evaluator.Scheme.Tests.Select(test => Run(evaluator, test))];
    }

    private static SchemeTestResult Run(Evaluator evaluator, SchemeTest test)
    {
        // A key given twice is reported by the binder (SL2020), so a scheme that has one is refused above; the first value counts.
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in test.Inputs)
        {
            fields.TryAdd(input.Key, input.Value);
        }

        var result = evaluator.Evaluate(new DataRecord(test.Name, fields));
        if (!result.Succeeded)
        {
            return new SchemeTestResult(test.Name, [.. result.Errors.Select(error => $"无法计分：{error}")]);
        }

        var failures = new List<string>();
        foreach (var expectation in test.Expectations)
        {
            switch (expectation.Key)
            {
                case "等级":
                    if (result.Grade != expectation.Value)
                    {
                        failures.Add($"等级：期望「{expectation.Value}」，实际「{result.Grade ?? "（无）"}」");
                    }

                    break;
                case "总分":
                    CompareScore(failures, "总分", expectation.Value, result.Total!.Value, explanation: null);
                    break;
                default:
                    if (result.Indicators.Where(i => i.Key == expectation.Key || i.Name == expectation.Key).Take(1).ToArray() is [var indicator])
                    {
                        CompareScore(failures, expectation.Key, expectation.Value, indicator.Score, indicator.Explanation);
                    }
                    else
                    {
                        failures.Add($"{expectation.Key}：没有这个指标");
                    }

                    break;
            }
        }

        return new SchemeTestResult(test.Name, [.. failures]);
    }

    private static void CompareScore(List<string> failures, string what, string expectedText, decimal actual, string? explanation)
    {
        // Read as a data record's score is read: ５分 and 5分 are one number.
        if (!InputValues.TryParseScore(expectedText, out var expected))
        {
            failures.Add($"{what}：期望值「{expectedText}」不是分数");
        }
        else if (expected != actual)
        {
            failures.Add($"{what}：期望 {NumberText.Points(expected)}，实际 {NumberText.Points(actual)}{(explanation is null ? string.Empty : $"（{explanation}）")}");
        }
    }
}
