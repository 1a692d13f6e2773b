using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using CsCheck;
using SchemeLang.Data;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Examples;
using SchemeLang.Tests.Properties.Generators;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Properties;

/// <summary>
/// The interpreter and the generated scorer are one engine in two forms: for every example and every generated
/// scheme, any record — scored, 不适用, vetoed or refused — gets the same <see cref="Engines.Describe"/> text from
/// both, errors included. A disagreement is shrunk by CsCheck, then cut down field by field, and printed with both
/// texts.
/// </summary>
[Trait("Category", "Slow")]
public class EngineAgreementProperties
{
    /// <summary>
    /// One record per iteration, so CsCheck shrinks a single record. Measured on an idle 2-core machine, Debug build
    /// as the suite runs: 1–3 s per example (0.2–0.45 ms of CPU a record, almost all of it the two engines scoring
    /// and describing), about 18 s for all eight.
    /// </summary>
    private const long RecordsPerExample = 10_000;

    /// <summary>
    /// Each generated scheme costs one Roslyn compilation of its scorer: median 140 ms, 45–600 ms over 30 generated
    /// schemes (the first compilation in a process ~2.5 s more, warming Roslyn up). 50 schemes with 5–16 records
    /// each took 9 s on an idle 2-core machine. SCHEMELANG_PROPERTY_ITERATIONS raises it for a long run.
    /// </summary>
    private const long GeneratedSchemes = 50;

    /// <summary>Below this share of scored records the example property would mostly compare error lists: too weak a proof.</summary>
    private const double LeastScoredShare = 0.20;

    /// <summary>Refusals must be compared too: at least this share of records must have errors.</summary>
    private const double LeastRefusedShare = 0.05;

    [Theory]
    [MemberData(nameof(ExampleTests.ExampleNames), MemberType = typeof(ExampleTests))]
    public void Both_engines_score_random_records_of_each_example_identically(string name) =>
        RequireAgreementOnRandomRecords(EnginePair.ForExample(name), name);

    /// <summary>
    /// Random records through both engines, filled in as an evaluator would; most must score and some must be refused,
    /// so that both scores and errors are compared.
    /// </summary>
    private static void RequireAgreementOnRandomRecords(EnginePair engines, string name)
    {
        // Outside the query: a generator named inside a second `from` is rebuilt for every record.
        var records = PlanRecordGen.For(engines.Plan);
        long compared = 0, succeeded = 0;
        PropertyRun.Check(
            from reading in PlanRecordGen.Reading
            from record in records
            select (reading, record: engines.AsAnEvaluatorWould(reading, record)),
            sample =>
            {
                var ok = engines.RequireAgreement(sample.reading, sample.record);
                Interlocked.Increment(ref compared);
                if (ok)
                {
                    Interlocked.Increment(ref succeeded);
                }
            },
            RecordsPerExample,
            sample => engines.Explain(sample.reading, sample.record));

        // A replayed seed runs too few records for a share to mean anything.
        if (PropertyRun.Seed is not null)
        {
            return;
        }

        Assert.True(compared >= RecordsPerExample, $"只比较了 {compared} 条记录");
        var share = (double)succeeded / compared;
        Assert.True(share >= LeastScoredShare, $"{name}：{compared} 条记录中只有 {succeeded} 条计分成功（{share:P1}），比较的多半只是错误");
        Assert.True(1 - share >= LeastRefusedShare, $"{name}：{compared} 条记录中只有 {compared - succeeded} 条被拒（{1 - share:P1}），错误几乎没有比较");
    }

    [Fact]
    public void Both_engines_score_generated_schemes_identically() =>
        PropertyRun.Check(
            from scheme in SchemeGen.Scheme(SchemeOptions.Everything)
            let compilation = SchemeEngine.Compile(scheme.Text)
            // A scheme that does not check clean fails below with its diagnostics; it gets no plan records.
            let plan = compilation.HasErrors ? null : new Evaluator(compilation).Plan
            from modelled in RecordGen.For(scheme).Array[1, 4]
            from planned in plan is null ? Gen.Const(Array.Empty<PlanRecord>()) : PlanRecordGen.For(plan).Array[4, 12]
            from reading in PlanRecordGen.Reading
            select (scheme, reading, records: modelled.Select(record => new PlanRecord([.. record.Fields.Select(f => (f.Key, (string?)f.Value))])).Concat(planned).ToArray()),
            sample =>
            {
                var compilation = SchemeEngine.Compile(sample.scheme.Text);
                if (compilation.HasErrors)
                {
                    throw new PropertyFailure($"生成的方案有错误：{string.Join("；", compilation.Diagnostics.Where(d => d.IsError).Select(Schemes.Describe))}");
                }

                var engines = new EnginePair(compilation);
                engines.RequireSamePlan();
                foreach (var record in sample.records)
                {
                    engines.RequireAgreement(sample.reading, record);
                }
            },
            GeneratedSchemes,
            sample => $"\n{sample.scheme.Text}\n{ExplainFirstFailure(sample.scheme.Text, sample.reading, sample.records)}");

    /// <summary>
    /// Schemes written to trip the printing of a plan into C#: literals that carry a scale (10.00, 5.50分, 1.0个百分点),
    /// × -0.0, a name with a quote, a backslash and U+2028 (a line break to C#, added below), keys that make the same
    /// or a reserved C# identifier (A-1 and A_1, Input, class), a quoted level name.
    /// </summary>
    public static TheoryData<string> SchemesThatTripThePrinter() => [
        """
        方案 标度
        总分 10.00
        等级 优 ≥ 9.50；差 < 9.50
        数据
          甲：金额（万元） 范围 (0.00万元, +∞)
          乙：金额（万元）
          率：百分比 范围 (-∞, +∞) = (乙 − 甲) ÷ 甲 × 1.0 + 0.00
          负：金额（万元） 范围 (-∞, +∞) = 乙 × -1 - 甲 × -0.0
        A 「引号"与\反斜杠」 5.50分
          区间 率
            ≥ 10.0% 得5.50分
            [0.00%, 10.0%) 自5.50分起，每低1.0个百分点扣0.50分，不满1.0个百分点按1.0个百分点计
            < 0.00% 不得分
        B class 4.50分
          负 ≥ 100.00万元 得满分，每低10.0万元扣1.50分，不足一档不扣，扣完为止
        否决
          ① 违纪 扣0.50分
        """,
        """
        方案 冲突
        总分 4
        等级 合格 ≥ 0
        A-1 甲 1分
          是否 达到
        A_1 乙 1分
          是否 达到
        A１ 丙 1分
          等次 好 得1分；"坏" 不得分
        Input 丁 1分
          酌情 看情况
        """,
    ];

    /// <summary>
    /// The written forms no seed example uses, each in a scheme of its own: a leaf scored in parts (a part 不适用 either
    /// way, a 分项 with 其他问题酌情扣分 inside a part), a 等次 table with a 酌情 level and a deduction after it, bands
    /// that give grades from their own table and from a group's 以下各项 grid, and thresholds over a leaf's own 实际完成值.
    /// </summary>
    public static TheoryData<string> SchemesInEveryWrittenForm() => [
        """
        方案 分部分
        总分 10
        等级 合格 ≥ 6；不合格 < 6
        数据
          到位率：百分比 范围 [0%, 100%]
          使用率：百分比 范围 [0%, 120%]
        A 资金管理 6分
          其中 资金到位率 占40%
            区间 到位率：100%得满分；[90%, 100%)得1分；低于90%不得分
          其中 资金使用率 占60%
            按比例 使用率，封顶 100%
            不适用 重新分配
        B 政府采购 4分
          不适用 重新分配
          两项平均分配
          其中 采购程序
            是否 采购程序合规 得满分，否则酌情扣分
          其中 采购公开
            分项 ①公开采购意向 得1分；②公开采购结果 得1分；其他问题酌情扣分
            不适用 得满分
        """,
        """
        方案 等次与评定
        总分 30
        等级 合格 ≥ 18；不合格 < 18
        数据
          满意度：百分比 范围 [0%, 100%]
          合格率：百分比 范围 [0%, 100%]
        A 档案管理 10分
          等次 规范 得满分；基本规范 得6分；其他：酌情扣分；存在其他问题的酌情扣分
        B 效益 20分
          以下各项：等次 优秀 得满分；良好 得80%；一般 得60%；差 不得分
          B1 满意度 10分
            区间 满意度：≥90%为优秀；[80%, 90%)为良好；[60%, 80%)为一般；<60%为差
          B2 合格率 10分
            区间 合格率
              = 100% 评为优秀
              [95%, 100%) 为良好
              < 95% 为差
            等次 优秀 得满分；良好 得7.5分；差 不得分
        """,
        """
        方案 自评表
        总分 4
        等级 合格 ≥ 3；不合格 < 3
        A 产出指标
          A1 数量指标
            A11 开展宣传活动次数 1分
              ≥ 2次 得满分，否则不得分
            A12 培训合格率 1分
              ≥ 90% 得满分，否则不得分
            A13 成本 1分
              ≤ 30万元 得满分，否则不得分
            A14 覆盖率 1分
              ≥ 95% 得满分，每低1个百分点扣0.2分，不满1个百分点按1个百分点计，扣完为止
        """,
    ];

    [Theory]
    [MemberData(nameof(SchemesInEveryWrittenForm))]
    public void Both_engines_score_random_records_of_every_written_form_identically(string text)
    {
        var compilation = SchemeEngine.Compile(text);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(Schemes.Describe)));
        var engines = new EnginePair(compilation);
        engines.RequireSamePlan();
        RequireAgreementOnRandomRecords(engines, compilation.Scheme!.Title);
    }

    [Theory]
    [MemberData(nameof(SchemesThatTripThePrinter))]
    public void Both_engines_score_schemes_written_to_trip_the_printer_identically(string text)
    {
        var compilation = SchemeEngine.Compile(text.Replace("反斜杠", "反斜杠\u2028", StringComparison.Ordinal));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(Schemes.Describe)));
        var engines = new EnginePair(compilation);
        engines.RequireSamePlan();
        var records = PlanRecordGen.For(engines.Plan);
        PropertyRun.Check(
            from reading in PlanRecordGen.Reading
            from record in records
            select (reading, record),
            sample => engines.RequireAgreement(sample.reading, sample.record),
            2_000,
            sample => engines.Explain(sample.reading, sample.record));
    }

    [Theory]
    [MemberData(nameof(ExampleTests.ExampleNames), MemberType = typeof(ExampleTests))]
    public void The_generated_scorer_carries_exactly_the_interpreters_plan(string name) =>
        EnginePair.ForExample(name).RequireSamePlan();

    /// <summary>Each example's bundled records, read as `schemelang score --data` reads them, under every percent reading.</summary>
    [Fact]
    public void Both_engines_score_the_bundled_example_records_identically()
    {
        foreach (var name in ExampleTests.ExampleNames())
        {
            var engines = EnginePair.ForExample(name);
            var path = Path.Combine(Repository.Examples, name + ".data.json");
            Assert.True(DataFileReader.TryOpen(path, out var file, out var error), error);
            using (file)
            {
                var readable = 0;
                while (file.Records.Next() is { } entry)
                {
                    var record = entry switch
                    {
                        DataEntry.Readable r => r.Record,
                        DataEntry.Stop stop => throw new InvalidOperationException($"{path}：{stop.Message}"),
                        _ => null,
                    };
                    if (record is null)
                    {
                        continue;
                    }

                    readable++;
                    foreach (var reading in EnginePair.Readings)
                    {
                        engines.RequireAgreement(reading, record);
                    }
                }

                Assert.True(readable > 0, $"{path} 没有可读的记录");
            }
        }
    }

    /// <summary>For a failing generated scheme: the first record that fails, cut down, with both texts.</summary>
    private static string ExplainFirstFailure(string text, PercentReading? reading, PlanRecord[] records)
    {
        var compilation = SchemeEngine.Compile(text);
        if (compilation.HasErrors)
        {
            return "（方案有错误）";
        }

        var engines = new EnginePair(compilation);
        var failing = records.FirstOrDefault(record => engines.Fails(reading, record));
        return failing is null ? "（每条记录两个引擎都一致：见上面的异常，或两份计划不同）" : engines.Explain(reading, failing);
    }

    /// <summary>The interpreter and the generated scorer for one scheme, under each percent reading.</summary>
    private sealed class EnginePair
    {
        public static readonly PercentReading?[] Readings = [null, PercentReading.SignRequired, PercentReading.Ratio, PercentReading.Percent];

        private readonly (IRecordScorer Interpreter, IRecordScorer Compiled)[] _scorers;

        public EnginePair(SchemeCompilation compilation)
        {
            var interpreter = Engines.Create(compilation, Engine.Interpreter);
            var compiled = Engines.Create(compilation, Engine.Compiled);
            Plan = interpreter.Plan;
            // The other readings as Engines.Create makes them, without printing the scorer's C# again for each
            // (about 80 ms an example): an interpreter over the same plan, the same loaded type constructed anew.
            _scorers = [.. Readings.Select(reading => reading is null
                ? (interpreter, compiled)
                : ((IRecordScorer)new PlanInterpreter(Plan, reading), (IRecordScorer)Activator.CreateInstance(compiled.GetType(), [reading])!))];
        }

        /// <summary>An example's engines, shared by the tests of this class: each example is lowered and printed once.</summary>
        public static EnginePair ForExample(string name) =>
            Examples.GetOrAdd(name, _ => new Lazy<EnginePair>(() => new EnginePair(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme"))))).Value;

        private static readonly ConcurrentDictionary<string, Lazy<EnginePair>> Examples = new(StringComparer.Ordinal);

        public SchemePlan Plan { get; }

        /// <summary>Each engine's whole answer: its result described, or the exception it threw.</summary>
        public (string Interpreter, string Compiled) Both(PercentReading? reading, DataRecord record)
        {
            var (interpreted, compiled, _) = Score(reading, record);
            return (interpreted, compiled);
        }

        /// <summary>Both answers, and whether the interpreter scored the record.</summary>
        private (string Interpreter, string Compiled, bool Scored) Score(PercentReading? reading, DataRecord record)
        {
            var (interpreter, compiled) = _scorers[Array.IndexOf(Readings, reading)];
            var (interpreted, scored) = Outcome(interpreter, record);
            return (interpreted, Outcome(compiled, record).Text, scored);
        }

        /// <summary>What <see cref="RequireAgreement"/> refuses: the engines disagree, or both threw.</summary>
        public bool Fails(PercentReading? reading, PlanRecord record)
        {
            var (interpreted, compiled) = Both(reading, record.ToDataRecord());
            return interpreted != compiled || interpreted.StartsWith(Threw, StringComparison.Ordinal);
        }

        public bool RequireAgreement(PercentReading? reading, PlanRecord record) => RequireAgreement(reading, record.ToDataRecord());

        /// <summary>Throws unless both engines describe the record identically and neither throws; true when it scored.</summary>
        public bool RequireAgreement(PercentReading? reading, DataRecord record)
        {
            var (interpreted, compiled, scored) = Score(reading, record);
            if (interpreted != compiled)
            {
                throw new PropertyFailure($"记录「{record.Id}」两个引擎结果不同（百分比读法 {Describe(reading)}）。\n解释器：\n{interpreted}\n生成的计分器：\n{compiled}");
            }

            if (interpreted.StartsWith(Threw, StringComparison.Ordinal))
            {
                throw new PropertyFailure($"记录「{record.Id}」两个引擎都抛出了异常（百分比读法 {Describe(reading)}）：{interpreted}");
            }

            return scored;
        }

        /// <summary>
        /// An evaluator fills in a 酌情 score only where the standard asks for one; a random record does so at random. This
        /// takes out the scores the standard did not ask for (SL5017) and puts 0 with a reason where one was asked and
        /// left out, so that records of a scheme with many 酌情 bands (003) still mostly score. Every other field stays as
        /// generated, odd ones included.
        /// </summary>
        public PlanRecord AsAnEvaluatorWould(PercentReading? reading, PlanRecord record)
        {
            var errors = _scorers[Array.IndexOf(Readings, reading)].Interpreter.Score(record.ToDataRecord()).Errors;
            var unasked = errors.Where(error => error.Code == RecordDiagnostics.JudgedScoreNotAskedDefinition.Code).Select(error => error.Field).ToHashSet(StringComparer.Ordinal);
            var lacking = errors
                .Where(error => error.Code == RecordDiagnostics.MissingFieldDefinition.Code && Plan.SlotIndex.TryGetValue(error.Field ?? string.Empty, out var slot) && Plan.Slots[slot].Kind == SlotKind.Score)
                .Select(error => Plan.SlotIndex[error.Field!])
                .ToArray();
            if (unasked.Count == 0 && lacking.Length == 0)
            {
                return record;
            }

            var reasons = lacking.Select(slot => Plan.Slots[PlanRecordGen.Scored(Plan).First(indicator => indicator.Leaf?.Inputs.Contains(slot) == true).Leaf!.Reason].Key).ToHashSet(StringComparer.Ordinal);
            return new PlanRecord([
                .. record.Fields.Where(field => !unasked.Contains(field.Key) && !reasons.Contains(field.Key)),
                .. lacking.Select(slot => (Plan.Slots[slot].Key, (string?)"0")),
                .. reasons.Select(reason => (reason, (string?)"按完成情况")),
            ]);
        }

        /// <summary>The generated scorer rebuilds its plan from printed C#: every value, scale and flag must come back as the interpreter has it.</summary>
        public void RequireSamePlan() => Assert.Equal(PlanDump.Of(_scorers[0].Interpreter.Plan), PlanDump.Of(_scorers[0].Compiled.Plan));

        /// <summary>
        /// A counterexample for a reader: the record as CsCheck shrank it, then cut down further — every field whose
        /// removal keeps it failing is removed — and both engines' texts for what is left.
        /// </summary>
        public string Explain(PercentReading? reading, PlanRecord record)
        {
            var minimal = record;
            for (var changed = true; changed;)
            {
                changed = false;
                for (var i = minimal.Fields.Count - 1; i >= 0; i--)
                {
                    var smaller = minimal.Without(i);
                    if (Fails(reading, smaller))
                    {
                        (minimal, changed) = (smaller, true);
                    }
                }
            }

            var (interpreted, compiled) = Both(reading, minimal.ToDataRecord());
            return $"""

                百分比读法：{Describe(reading)}
                记录：{record}
                最小记录：{minimal}
                第一处不同：{FirstDifference(interpreted, compiled)}
                解释器：
                {interpreted}
                生成的计分器：
                {compiled}
                """;
        }

        private static string FirstDifference(string interpreted, string compiled)
        {
            var (left, right) = (interpreted.Split('\n'), compiled.Split('\n'));
            var line = Enumerable.Range(0, Math.Max(left.Length, right.Length))
                .FirstOrDefault(i => i >= left.Length || i >= right.Length || left[i] != right[i], -1);
            return line < 0 ? "无：两个引擎一致" : $"第 {line + 1} 行\n  解释器：{(line < left.Length ? left[line] : "（无）")}\n  计分器：{(line < right.Length ? right[line] : "（无）")}";
        }

        private static string Describe(PercentReading? reading) => reading?.ToString() ?? "方案所写";

        private const string Threw = "抛出 ";

        /// <summary>
        /// The scores-only entry's answer, digits as held (1.50 is not 1.5): for a generated scorer its fast path
        /// wherever that takes the record, so each record is scored by three engines — the interpreter, the generated
        /// general path and the generated fast path — and all three must agree.
        /// </summary>
        private static string ScoresOnly(IRecordScorer scorer, DataRecord record)
        {
            var scores = new decimal[scorer.Plan.Indicators.Length];
            var card = scorer.ScoreOnly(record, scores);
            return card.Succeeded
                ? $"scores-only total={card.Total} grade={card.Grade} [{string.Join(" ", scores.Select(score => score.ToString(CultureInfo.InvariantCulture)))}]\n"
                : "scores-only none\n";
        }

        private static (string Text, bool Scored) Outcome(IRecordScorer scorer, DataRecord record)
        {
            try
            {
                var result = scorer.Score(record);
                return (Engines.Describe(result) + ScoresOnly(scorer, record), result.Succeeded);
            }
            catch (Exception exception)
            {
                return ($"{Threw}{exception.GetType().Name}：{exception.Message}", false);
            }
        }
    }

    /// <summary>
    /// A plan written out through its records' primary constructors — exactly what the emitter must print — with each
    /// decimal's scale and sign kept (1.10 is not 1.1; −0 is marked), so that two plans compare as text.
    /// </summary>
    private static class PlanDump
    {
        public static string Of(SchemePlan plan)
        {
            var text = new StringBuilder();
            Write(text, plan, 0);
            return text.ToString();
        }

        private static void Write(StringBuilder text, object? value, int depth)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    return;
                case string s:
                    text.Append('"').Append(s).Append('"');
                    return;
                case decimal d:
                    text.Append(d.ToString(CultureInfo.InvariantCulture)).Append('m');
                    if (d == 0m && decimal.IsNegative(d))
                    {
                        text.Append("(−0)");
                    }

                    return;
                case bool or int or Enum:
                    text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
                case IEnumerable items:
                    text.Append('[');
                    foreach (var item in items)
                    {
                        Line(text, depth + 1);
                        Write(text, item, depth + 1);
                    }

                    text.Append(']');
                    return;
            }

            var type = value.GetType();
            var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)
                ?? throw new InvalidOperationException($"{type.Name} has no public constructor");
            text.Append(type.Name).Append('(');
            foreach (var parameter in constructor.GetParameters())
            {
                var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new InvalidOperationException($"{type.Name}.{parameter.Name} is not a property");
                Line(text, depth + 1);
                text.Append(parameter.Name).Append(" = ");
                Write(text, property.GetValue(value), depth + 1);
            }

            text.Append(')');
        }

        private static void Line(StringBuilder text, int depth) => text.Append('\n').Append(' ', depth * 2);
    }
}
