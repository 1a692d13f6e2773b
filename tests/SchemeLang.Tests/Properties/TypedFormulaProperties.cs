using CsCheck;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties.Generators;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// Formulas as authors type them (issue 21, classes 4 and 6), over generated formulas: the generator writes every
/// accepted spelling, and a 百分比 formula ending in a bare 「×100」 is refused with SL2041 — never scored — whose
/// suggested lines, written in its place, check clean and score what the author meant.
/// </summary>
public class TypedFormulaProperties
{
    private const string AsNumberLead = "；若要得到百分数的数字（50 而不是 50%），写成：";

    /// <summary>Spellings the generated schemes must all use, so the engine and read-back properties run over each.</summary>
    private static readonly string[] Spellings =
    [
        "/", "÷", "／", "*100%", "×100%", "＊100%", "100％", "(", "（", "[", "【", "：百分比 = ", ":百分比=", "＝", "：数值 = ", ":数值=",
        "除数为零时 0", "除数为零时取", "除数为零时得", "除数为零时按", "范围 (0, +∞)", "范围 (0万元, +∞)", "范围 (0%, +∞)",
        "整数（个）", "整数（户）", "金额（万元）", "数值（公顷）", "数值（吨）", "×40%", "÷2", "+", "按比例 (实际", "按比例 实际", "按比例 【实际",
        "区间 综合满意度", "目标实现度", "资金到位率", "造林完成率",
    ];

    [Fact]
    public void Generated_schemes_write_every_typed_formula_spelling()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SchemeGen.Scheme(SchemeOptions.Everything).Sample(scheme =>
        {
            var text = scheme.Text;
            lock (seen)
            {
                seen.UnionWith(Spellings.Where(spelling => text.Contains(spelling, StringComparison.Ordinal)));
            }
        }, iter: 3000, threads: 1, seed: "d4WvRIPHoJb1");

        Assert.Empty(Spellings.Except(seen));
    }

    [Fact]
    public void A_percentage_formula_ending_in_times_100_is_refused_and_its_suggested_lines_score_what_was_meant() =>
        PropertyRun.Check(SchemeGen.TimesHundredSubject, subject =>
        {
            var formula = subject.Formula!;
            var (formulaLine, rule) = formula.Inline ? ($"按比例 {subject.Written}，封顶 100%", $"按比例 {subject.Written}，封顶 100%") : (subject.Declaration, $"按比例 {subject.Name}，封顶 100%");
            var text = Scheme(subject, rule);
            var compilation = SchemeEngine.Compile(text);
            var refusals = compilation.Diagnostics.Where(d => d.Code == "SL2041").ToArray();
            if (refusals.Length != 1 || !compilation.HasErrors)
            {
                throw new PropertyFailure($"应有一条 SL2041，诊断为：{string.Join("；", compilation.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
            }

            Assert.Throws<SchemeHasErrorsException>(() => new Evaluator(compilation));
            var lines = refusals[0].Hint!["这一行应写成：".Length..].Split(AsNumberLead);

            // Written in its place, the first suggestion is the percentage the author meant: a ratio of 50% scores half.
            RequireScores(text.Replace(formulaLine, lines[0], StringComparison.Ordinal), subject, formula.Bounded ? [(0.5m, 5m), (0.25m, 2.5m)] : [(0.5m, 5m), (0.25m, 2.5m), (1.5m, 10m)]);
            if (!formula.Inline)
            {
                // The second keeps the number ×100: 95 reaches 90, 50 does not.
                var asNumber = Assert.Single(lines.Skip(1));
                var numberText = Scheme(subject, $"{subject.Name} ≥ 90 得满分，否则不得分").Replace(formulaLine, asNumber, StringComparison.Ordinal);
                RequireScores(numberText, subject, [(0.95m, 10m), (0.5m, 0m)]);
            }
        }, 300, subject => Scheme(subject, "按比例 …"));

    private static string Scheme(SubjectModel subject, string rule) =>
        $"方案 乘一百\n总分 10\n百分比数据 小数\n等级 合格 ≥ 0\n数据\n{string.Concat(subject.DataLines.Select(line => $"  {line}\n"))}A 完成情况 10分\n  {rule}\n";

    private static void RequireScores(string text, SubjectModel subject, (decimal Ratio, decimal Score)[] cases)
    {
        var compilation = SchemeEngine.Compile(text);
        if (compilation.HasErrors)
        {
            throw new PropertyFailure($"照提示改写后仍有错误：{string.Join("；", compilation.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Message}"))}\n{text}");
        }

        var score = SchemeEngine.Scorer(compilation);
        foreach (var (ratio, expected) in cases)
        {
            var formula = subject.Formula!;
            var values = formula.InputsFor(ratio, 0);
            var fields = formula.Inputs.Select((input, i) => (input.Name, input.Text(values[i], 0))).ToDictionary(StringComparer.Ordinal);
            var result = score(new DataRecord("r1", fields));
            if (!result.Succeeded || result.Total != expected)
            {
                throw new PropertyFailure($"比率 {ratio:P0} 应得 {expected} 分，结果：{(result.Succeeded ? result.Total.ToString() : string.Join("；", result.Errors))}\n{text}");
            }
        }
    }
}
