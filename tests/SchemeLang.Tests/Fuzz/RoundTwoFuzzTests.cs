using System.Globalization;
using System.Text;
using CsCheck;
using CsvHelper;
using SchemeLang.Cli;
using SchemeLang.Runtime;
using SchemeLang.Tests.Emit;
using SchemeLang.Tests.Properties;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Fuzz;

/// <summary>
/// The shapes the second outside fuzz run found, kept in the suite as generated cases: bonus points under any
/// 小数位, hostile names through <c>build</c>, and hostile text through CSV output.
/// </summary>
public sealed class RoundTwoFuzzTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("schemelang-fuzz2-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>
    /// A leaf with 附加分 scored in proportion with a cap above 100%, under any 小数位: either the checker refuses the
    /// scheme, or every record's leaf stays within weight + bonus, the total within 总分 + bonus, and a grade is given.
    /// </summary>
    [Fact]
    public void Bonus_points_never_round_past_their_ceiling()
    {
        var places = Gen.Int[0, 3];
        var bonus = Gen.Int[1, 2000].Select(n => n / 100m);
        var cap = Gen.Int[100, 150];
        var rate = Gen.Int[0, 20_000].Select(n => n / 100m);
        var gen = Gen.Select(places, bonus, cap, rate.Array[1, 5]);
        PropertyRun.Check(gen, sample =>
        {
            var (decimals, extra, capPercent, rates) = sample;
            var compilation = Schemes.Compile($"""
                方案 附加分测试
                总分 100
                小数位 {decimals}
                等级 优 ≥ 90；合格 [60, 90)；不合格 < 60
                数据
                  完成率：百分比 范围 [0%, 200%]
                A 目标完成情况 10分，附加分{extra}分
                  按比例 完成率，封顶 {capPercent}%
                B 过程 90分
                  是否 过程规范
                """);
            if (compilation.HasErrors)
            {
                Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code is "SL3005" or "SL3105");
                return;
            }

            foreach (var completion in rates)
            {
                var result = Schemes.Score(compilation, ("完成率", completion.ToString(CultureInfo.InvariantCulture) + "%"), ("B", "是"));
                Assert.InRange(result.Indicator("A").Score, 0m, 10m + extra);
                Assert.InRange(result.Total!.Value, 0m, 100m + extra);
                Assert.NotNull(result.Grade);
            }
        }, iterations: 60, print: sample => $"小数位 {sample.Item1}，附加分 {sample.Item2}，封顶 {sample.Item3}%，完成率 {string.Join("、", sample.Item4)}%");
    }

    /// <summary>Schemes whose 方案, data items and leaves carry code names and keywords build with the command, as a user runs it.</summary>
    [Fact]
    public void Hostile_names_build_with_the_command()
    {
        var names = ShadowingTests.CodeNames.Concat(ShadowingTests.Keywords).Distinct(StringComparer.Ordinal).ToArray();
        var pick = Gen.Int[0, names.Length - 1].Select(i => names[i]);
        var gen = Gen.Select(pick, pick.Array[1, 3]).Where((scheme, leaves) => leaves.Distinct(StringComparer.Ordinal).Count() == leaves.Length);
        var run = 0;
        PropertyRun.Check(gen, sample =>
        {
            var text = new StringBuilder($"方案 「{sample.Item1}」\n总分 {sample.Item2.Length}\n等级 合格 ≥ 0\n");
            foreach (var leaf in sample.Item2)
            {
                text.Append($"「{leaf}」 1分\n  是否 达标 得满分，否则不得分\n");
            }

            var folder = Path.Combine(_directory, "build" + Interlocked.Increment(ref run).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var scheme = Path.Combine(folder, "s.scheme");
            File.WriteAllText(scheme, text.ToString());
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.True(SchemeLangCli.Run(["build", scheme, "--out", folder], output, error) == 0, error.ToString());
            Assert.Single(Directory.GetFiles(folder, "*.dll"), path => !Path.GetFileName(path).StartsWith("SchemeLang.", StringComparison.Ordinal));
        }, iterations: 6, print: sample => $"方案 {sample.Item1}; 指标 {string.Join("、", sample.Item2)}");
    }

    /// <summary>Record ids, grade names, veto text and indicator names of any text: no CSV text cell can run as a formula or hide a character.</summary>
    [Fact]
    public void Csv_output_never_holds_a_formula_or_a_hidden_character()
    {
        var hostile = Gen.OneOf(
            Gen.Const("=1+1"), Gen.Const("+1"), Gen.Const("-1+1"), Gen.Const("@SUM(1)"), Gen.Const("\t=1"), Gen.Const("\r=1"),
            Gen.Const("=HYPERLINK(\"http://x\",\"y\")"), Gen.Const("=cmd|' /C calc'!A0"), Gen.Const("甲\u202E乙"), Gen.Const("\u200B=1"));
        var plain = Gen.Char['一', '龥'].Array[1, 4].Select(chars => new string(chars));
        var text = Gen.Frequency((3, hostile), (1, plain));
        var gen = Gen.Select(text, text, text, text.Array[1, 6]);
        var run = 0;
        PropertyRun.Check(gen, sample =>
        {
            var (grade, leaf, veto, ids) = sample;
            // Samples run on several threads: each has files of its own.
            var stem = Path.Combine(_directory, "csv" + Interlocked.Increment(ref run).ToString(CultureInfo.InvariantCulture));
            var scheme = stem + ".scheme";
            File.WriteAllText(scheme, $"方案 测试\n总分 10\n等级 「{Quoted(grade)}」 ≥ 0\n「{Quoted(leaf)}」 10分\n  是否 达标\n否决\n  ① 「{Quoted(veto)}」 扣3分\n");
            var rows = new StringBuilder($"id,\"{Csv(Quoted(leaf))}\",否决.1\n");
            for (var i = 0; i < ids.Length; i++)
            {
                rows.Append($"\"{Csv(ids[i] + i.ToString(CultureInfo.InvariantCulture))}\",是,{(i % 2 == 0 ? "是" : "否")}\n");
            }

            var data = stem + ".csv";
            File.WriteAllText(data, rows.ToString());
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.True(SchemeLangCli.Run(["score", scheme, "--data", data, "--format", "csv"], output, error) == 0, error.ToString());

            using var csv = CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(output.ToString())), new CsvReaderOptions(), leaveOpen: false);
            var cells = new List<string>(csv.Headers);
            var lines = 1;
            while (csv.Read())
            {
                lines++;
                cells.AddRange(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)));
            }

            foreach (var cell in cells)
            {
                Assert.False(SpreadsheetText.StartsLikeFormula(cell) && !decimal.TryParse(cell, CultureInfo.InvariantCulture, out _), cell);
                Assert.False(VisibleText.HasHidden(cell), cell);
            }

            Assert.Equal(ids.Length + 1, lines);
        }, iterations: 40);
    }

    /// <summary>Scheme names in 「」 take anything but 」 and line breaks.</summary>
    private static string Quoted(string text) => text.Replace("」", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    private static string Csv(string text) => text.Replace("\"", "\"\"", StringComparison.Ordinal);
}
