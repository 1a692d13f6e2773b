using System.Collections.Immutable;
using System.Reflection;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>
/// The generated <c>Input</c> in the scheme's own terms: a 等次 field is an enum of its levels, an amount is in the
/// unit its item is declared in. Inputs are built here as a C# caller builds them (through reflection, the scorer
/// being compiled at test time) and must score exactly as the interpreter scores the same data written as text.
/// </summary>
public class TypedInputTests
{
    private const string Nanchang = "001-nanchang-working-funds";

    /// <summary>001's reported figures, as a row: amounts in 万元, each level written out.</summary>
    private static readonly Dictionary<string, string> NanchangRow = new(StringComparer.Ordinal)
    {
        ["预算资金"] = "117.42万元", ["实际到位资金"] = "117.42万元", ["实际支出资金"] = "117.42万元",
        ["核查完成率"] = "100%", ["培训完成率"] = "100%", ["信息系统建设完成率"] = "70%", ["核查合规率"] = "100%",
        ["培训合格率"] = "100%", ["信息系统验收合格率"] = "0%", ["核查及时性"] = "100%", ["培训及时性"] = "100%",
        ["信息系统建设及时性"] = "0%", ["工作与培训成本控制率"] = "100%", ["信息系统成本控制率"] = "100%", ["参保人员满意度"] = "95%",
        ["立项依据充分性.1"] = "是", ["立项依据充分性.2"] = "是", ["立项程序规范性.1"] = "是", ["立项程序规范性.2"] = "是",
        ["绩效目标合理性.1"] = "是", ["绩效目标合理性.2"] = "是", ["绩效指标明确性.1"] = "是", ["绩效指标明确性.2"] = "是",
        ["预算编制科学性.1"] = "是", ["预算编制科学性.2"] = "是", ["资金分配合理性.1"] = "是", ["资金分配合理性.2"] = "是",
        ["资金使用合规性.1"] = "是", ["资金使用合规性.2"] = "是", ["管理制度健全性.1"] = "是", ["管理制度健全性.2"] = "是",
        ["制度执行有效性"] = "不完善", ["改善社会医疗保障流程"] = "有效改善社会医疗保障流程",
        ["完善城乡居民医保政策"] = "较为完善城乡居民医保政策", ["医疗保险制度体系健全性"] = "是",
    };

    [Fact]
    public void An_input_built_in_万元_scores_as_the_interpreter_scores_the_row()
    {
        var (interpreter, compiled) = Both(Nanchang);
        var row = Row(("实际支出资金", "1000000元"));
        var input = Build(compiled, row, ("预算资金", 117.42m), ("实际到位资金", 117.42m), ("实际支出资金", 100m));

        var expected = interpreter.Score(new DataRecord("r", row));
        Assert.True(expected.Succeeded, string.Join("\n", expected.Errors));
        Assert.Equal(Engines.Describe(expected), Engines.Describe(compiled.Score(input)));
        Assert.Equal(new ScoreCard(expected.Total, expected.Grade), compiled.ScoreOnly(input));
        Assert.True(compiled.TakesFastPath(input), "全部数据齐全的记录应走快速计分");
    }

    [Theory]
    [InlineData("117.42", 117.42)]
    [InlineData("117.42万元", 117.42)]
    [InlineData("1174200元", 117.42)]
    [InlineData("1,174,200.00元", 117.42)]
    [InlineData("0.011742亿元", 117.42)]
    [InlineData("0.0001元", 0.00000001)]
    public void A_row_amount_is_read_in_its_items_unit_whatever_unit_the_row_writes(string text, decimal wan)
    {
        var (_, compiled) = Both(Nanchang);
        var input = compiled.ReadRow(Row(("预算资金", text)), out var errors);
        Assert.Empty(errors);
        Assert.Equal(wan, compiled.Property(input, "预算资金"));
    }

    [Fact]
    public void An_amount_too_precise_for_its_items_unit_or_too_large_in_yuan_is_the_records_error_in_both_engines()
    {
        // 25 decimal places of 元 need 29 of 万元; decimal holds 28.
        var tooPrecise = Schemes.Score(Schemes.Compile(File.ReadAllText(SchemePath(Nanchang))), null, new DataRecord("r", Row(("预算资金", "0.0000000000000000000000001元"))));
        Assert.Contains(tooPrecise.Errors, error => error is { Code: "SL5003", Field: "预算资金" } && error.Message.Contains("折合为万元后无法精确表示", StringComparison.Ordinal));

        // An input built in C# may hold an amount that is beyond decimal once in yuan: an error, never an exception.
        var (_, compiled) = Both(Nanchang);
        var huge = Build(compiled, Row(), ("预算资金", decimal.MaxValue / 1000m));
        var result = compiled.Score(huge);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5013", "预算资金"), (error.Code, error.Field));
        Assert.False(compiled.ScoreOnly(huge).Succeeded);
    }

    [Fact]
    public void A_level_reads_as_its_enum_member_in_the_order_written_and_scores_as_its_text()
    {
        var (interpreter, compiled) = Both(Nanchang);
        var levels = compiled.LevelEnum("制度执行有效性");
        Assert.Equal(["遵守相关法律法规和相关管理规定", "不完善", "未建立"], Enum.GetNames(levels));
        Assert.Equal([0, 1, 2], Enum.GetValues(levels).Cast<object>().Select(Convert.ToInt32));

        foreach (var name in Enum.GetNames(levels))
        {
            var row = Row(("制度执行有效性", $" {name} "));
            var read = compiled.ReadRow(row, out var errors);
            Assert.Empty(errors);
            Assert.Equal(Enum.Parse(levels, name), compiled.Property(read, "制度执行有效性"));

            var built = Build(compiled, row, ("制度执行有效性", Enum.Parse(levels, name)));
            Assert.Equal(Engines.Describe(interpreter.Score(new DataRecord("r", row))), Engines.Describe(compiled.Score(built)));
        }
    }

    [Fact]
    public void An_unknown_level_name_is_one_error_read_alike_by_both_engines()
    {
        var (interpreter, compiled) = Both(Nanchang);
        var row = Row(("制度执行有效性", "很好"));
        string[] expected = ["SL5009 记录「r」字段「制度执行有效性」：「很好」不是本指标的等次，应为 遵守相关法律法规和相关管理规定、不完善、未建立 之一"];

        Assert.Equal(expected, interpreter.Score(new DataRecord("r", row)).Errors.Select(error => error.ToString()));
        Assert.Equal(expected, compiled.Score(row).Errors.Select(error => error.ToString()));
        Assert.Null(compiled.Property(compiled.ReadRow(row, out var errors), "制度执行有效性"));
        Assert.Equal(expected, errors.Select(error => error.ToString()));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(99)]
    [InlineData(-1)]
    public void A_level_the_enum_does_not_define_is_the_records_error_not_a_crash_or_a_score(int value)
    {
        var (_, compiled) = Both(Nanchang);
        var input = Build(compiled, Row(), ("制度执行有效性", Enum.ToObject(compiled.LevelEnum("制度执行有效性"), value)));

        var error = Assert.Single(compiled.Score(input).Errors);
        Assert.Equal(new RecordError("SL5009", "r", "制度执行有效性", $"「{value}」不是本指标的等次，应为 遵守相关法律法规和相关管理规定、不完善、未建立 之一"), error);
        Assert.False(compiled.ScoreOnly(input).Succeeded);
        Assert.False(compiled.TakesFastPath(input));
    }

    /// <summary>
    /// Level names that are not C# identifiers as written (a keyword, a leading digit, spaces, two that sanitise alike)
    /// and a 等次 leaf whose enum's natural name is another field's property: the scorer compiles, every level reads
    /// back as its own member, and both engines agree on each.
    /// </summary>
    [Fact]
    public void Levels_named_like_keywords_digits_or_each_other_get_distinct_members_and_agree()
    {
        var scheme = Schemes.Clean("""
            方案 等次命名
            总分 3
            等级 合格 ≥ 0
            甲 1分
              等次 "class" 得1分；"1等" 得0.8分；"a b" 得0.5分；"a_b" 得0.2分；"value__" 不得分
            甲等次 1分
              等次 好 得满分；差 不得分
            乙 1分
              等次 好 得满分；其他：酌情扣分
            """);
        var compiled = new CompiledScorer(Engines.Create(scheme, Engine.Compiled));
        Assert.Equal(["class_", "_1等", "a_b", "a_b_2", "value___2"], Enum.GetNames(compiled.LevelEnum("甲")));
        Assert.NotEqual(compiled.LevelEnum("甲"), compiled.LevelEnum("甲等次"));

        foreach (var level in new[] { "class", "1等", "a b", "a_b", "value__" })
        {
            var result = Schemes.Score(scheme, ("甲", level), ("甲等次", "好"), ("乙", "好"));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }

        // A 酌情 level: the fast path leaves it to the general path, which checks the score and its reason.
        var judged = new DataRecord("r", new Dictionary<string, string> { ["甲"] = "class", ["甲等次"] = "好", ["乙"] = "其他", ["乙.酌情得分"] = "0.5", ["乙.理由"] = "部分缺失" });
        Assert.Equal(0.5m, Schemes.Score(scheme, null, judged).Indicator("乙").Score);
        Assert.False(compiled.TakesFastPath(compiled.ReadRow(judged, out _)));
        var fixedLevel = new DataRecord("r", new Dictionary<string, string> { ["甲"] = "class", ["甲等次"] = "好", ["乙"] = "好" });
        Assert.True(compiled.TakesFastPath(compiled.ReadRow(fixedLevel, out _)));
    }

    private static string SchemePath(string name) => Path.Combine(Repository.Examples, name + ".scheme");

    private static (PlanInterpreter Interpreter, CompiledScorer Compiled) Both(string name)
    {
        var interpreter = new Evaluator(SchemeCompilation.FromFile(SchemePath(name))).Interpreter;
        return (interpreter, new CompiledScorer(Engines.Load(interpreter.Plan)));
    }

    private static Dictionary<string, string> Row(params (string Key, string Text)[] changes)
    {
        var row = new Dictionary<string, string>(NanchangRow, StringComparer.Ordinal);
        foreach (var (key, text) in changes)
        {
            row[key] = text;
        }

        return row;
    }

    /// <summary>The row read into an input, then the named properties set as a C# caller sets them.</summary>
    private static object Build(CompiledScorer compiled, Dictionary<string, string> row, params (string Property, object Value)[] values)
    {
        var input = compiled.ReadRow(new DataRecord("r", row), out var errors);
        Assert.Empty(errors);
        foreach (var (property, value) in values)
        {
            compiled.InputType.GetProperty(property)!.SetValue(input, value);
        }

        return input;
    }

    /// <summary>A generated scorer's typed entries, reached through generic helpers: its Input type is compiled at test time.</summary>
    private sealed class CompiledScorer(IRecordScorer scorer)
    {
        private delegate bool FastPath<TInput>(TInput input, Span<decimal> scores, out decimal total);

        public Type InputType { get; } = scorer.GetType().BaseType!.GetGenericArguments()[0];

        public Type LevelEnum(string property) => Nullable.GetUnderlyingType(InputType.GetProperty(property)!.PropertyType)!;

        public object? Property(object input, string property) => InputType.GetProperty(property)!.GetValue(input);

        public object ReadRow(DataRecord record, out ImmutableArray<RecordError> errors)
        {
            var (input, read) = ((object, ImmutableArray<RecordError>))Typed(nameof(ReadRowOf)).Invoke(null, [scorer, record])!;
            errors = read;
            return input;
        }

        public object ReadRow(Dictionary<string, string> row, out ImmutableArray<RecordError> errors) => ReadRow(new DataRecord("r", row), out errors);

        public RecordResult Score(object input) => (RecordResult)Typed(nameof(ScoreOf)).Invoke(null, [scorer, input])!;

        public RecordResult Score(Dictionary<string, string> row) => scorer.Score(new DataRecord("r", row));

        /// <summary><c>ScoreOnly</c> of the typed input: the fast path where it applies, else the general path.</summary>
        public ScoreCard ScoreOnly(object input) => (ScoreCard)Typed(nameof(ScoreOnlyOf)).Invoke(null, [scorer, input])!;

        /// <summary>Whether the generated fast path (<c>TryScoreOnly</c>) scores the input itself.</summary>
        public bool TakesFastPath(object input) => (bool)Typed(nameof(FastPathOf)).Invoke(null, [scorer, input])!;

        private MethodInfo Typed(string helper) =>
            typeof(CompiledScorer).GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(InputType);

        private static (object, ImmutableArray<RecordError>) ReadRowOf<TInput>(SchemeScorer<TInput> scorer, DataRecord record) =>
            (scorer.ReadRow(record, out var errors)!, errors);

        private static RecordResult ScoreOf<TInput>(SchemeScorer<TInput> scorer, object input) => scorer.Score((TInput)input);

        private static ScoreCard ScoreOnlyOf<TInput>(SchemeScorer<TInput> scorer, object input) =>
            scorer.ScoreOnly((TInput)input, new decimal[scorer.Plan.Indicators.Length]);

        private static bool FastPathOf<TInput>(SchemeScorer<TInput> scorer, object input) =>
            scorer.GetType().GetMethod("TryScoreOnly", BindingFlags.NonPublic | BindingFlags.Instance)!.CreateDelegate<FastPath<TInput>>(scorer)
                ((TInput)input, new decimal[scorer.Plan.Indicators.Length], out _);
    }
}
