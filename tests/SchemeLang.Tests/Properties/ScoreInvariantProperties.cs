using CsCheck;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties.Generators;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// "No wrong score": for every generated scheme that checks clean and every valid record, the invariants of
/// <see cref="ScoreInvariants"/> hold. Split by weight style and 不适用 handling so a failure says which feature broke.
/// A failure prints the shrunk scheme text and the record that breaks it.
/// </summary>
[Trait("Category", "Slow")]
public class ScoreInvariantProperties
{
    private const long SchemeIterations = 100;

    [Fact]
    public void Generated_schemes_check_without_errors() =>
        PropertyRun.Check(SchemeGen.Scheme(SchemeOptions.Everything), scheme =>
        {
            var compilation = SchemeEngine.Compile(scheme.Text);
            if (compilation.HasErrors)
            {
                throw new PropertyFailure($"生成的方案有错误：\n{string.Join("\n", compilation.Diagnostics.Select(d => $"{d.Location} {d.Code} {d.Message}"))}");
            }
        }, SchemeIterations * 2, scheme => scheme.Text);

    [Fact]
    public void Point_weights_keep_every_score_invariant() => Invariants(SchemeOptions.PointsOnly, RecordGen.For);

    [Fact]
    public void Relative_weights_keep_every_score_invariant() => Invariants(SchemeOptions.Relative, RecordGen.For);

    [Fact]
    public void Redistributed_weights_keep_every_score_invariant() => Invariants(SchemeOptions.PointsWithRedistribution, RecordGen.For);

    /// <summary>Every authors' wording (issue 21) with records that model it: 「其中」 rows that add up, or not (SL5020).</summary>
    [Fact]
    public void Every_wording_keeps_every_score_invariant() => Invariants(SchemeOptions.Everything, RecordGen.For);

    [Fact]
    public void Meeting_every_standard_scores_the_total_and_the_best_grade_in_every_wording() =>
        Invariants(SchemeOptions.Everything, RecordGen.MeetingEveryStandard);

    [Fact]
    public void Meeting_every_standard_scores_the_total_and_the_best_grade_with_point_weights() =>
        Invariants(SchemeOptions.PointsOnly, RecordGen.MeetingEveryStandard);

    [Fact]
    public void Meeting_every_standard_scores_the_total_and_the_best_grade_with_relative_weights() =>
        Invariants(SchemeOptions.Relative, RecordGen.MeetingEveryStandard);

    [Fact]
    public void Meeting_every_standard_scores_the_total_and_the_best_grade_with_redistribution() =>
        Invariants(SchemeOptions.PointsWithRedistribution, RecordGen.MeetingEveryStandard);

    private static void Invariants(SchemeOptions options, Func<SchemeModel, Gen<RecordModel>> records) =>
        PropertyRun.Check(
            from scheme in SchemeGen.Scheme(options)
            from chosen in records(scheme).Array[1, 6]
            select (scheme, chosen),
            sample => Hold(sample.scheme, sample.chosen),
            SchemeIterations,
            sample => Print(sample.scheme, sample.chosen));

    /// <summary>Compiles the scheme, scores every record and throws on the first one that breaks an invariant.</summary>
    internal static void Hold(SchemeModel scheme, IReadOnlyList<RecordModel> records)
    {
        var compilation = SchemeEngine.Compile(scheme.Text);
        if (compilation.HasErrors)
        {
            throw new PropertyFailure($"生成的方案有错误：{string.Join("；", compilation.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Message}"))}");
        }

        var score = SchemeEngine.Scorer(compilation);
        foreach (var record in records)
        {
            var data = new DataRecord("r1", record.Fields);
            var result = score(data);
            var violations = new List<string>();
            if (record.Expect == Expectation.Valid && !result.Succeeded)
            {
                violations.Add($"有效记录无法计分：{string.Join("；", result.Errors)}");
            }
            else if (record.Expect == Expectation.Invalid && result.Succeeded)
            {
                violations.Add($"无效记录却计分成功，总分 {result.Total}");
            }

            violations.AddRange(ScoreInvariants.Check(compilation.Scheme!, data, result, record.MeetsEveryStandard));
            if (violations.Count > 0)
            {
                throw new PropertyFailure($"{string.Join("\n", violations)}\n{record}\n结果：{Describe(result)}");
            }
        }
    }

    internal static string Print(SchemeModel scheme, IReadOnlyList<RecordModel> records) =>
        $"\n{scheme.Text}{string.Join("\n", records)}\n";

    private static string Describe(RecordResult result) =>
        result.Succeeded
            ? $"总分 {result.Total}，等级 {result.Grade ?? "（无）"}；{string.Join("，", result.Indicators.Select(i => $"{i.Key} {i.Score}/{i.Weight}"))}"
            : string.Join("；", result.Errors);
}

/// <summary>A property's own failure, with the message a reader needs (CsCheck adds the shrunk input and the seed).</summary>
public sealed class PropertyFailure(string message) : Exception(message);
