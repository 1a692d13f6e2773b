using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Tests.Support;

/// <summary>Compiles scheme text in memory; scores records through both engines.</summary>
internal static class Schemes
{
    public static SchemeCompilation Compile(string text, string path = "test.scheme") => SchemeCompilation.FromSource(new SourceFile(path, text));

    /// <summary>A scheme that must compile without any diagnostic at all.</summary>
    public static SchemeCompilation Clean(string text)
    {
        var compilation = Compile(text);
        Assert.True(compilation.Diagnostics.IsEmpty, string.Join("\n", compilation.Diagnostics.Select(Describe)));
        return compilation;
    }

    /// <summary>Scores on both engines, requires them to agree in every detail, and returns the result.</summary>
    public static RecordResult Score(SchemeCompilation scheme, params (string Key, string Value)[] fields) =>
        Score(scheme, null, new DataRecord("r1", fields.ToDictionary(field => field.Key, field => field.Value)));

    public static RecordResult Score(SchemeCompilation scheme, PercentReading? reading, DataRecord record)
    {
        var interpreted = Engines.Create(scheme, Engine.Interpreter, reading).Score(record);
        var compiled = Engines.Create(scheme, Engine.Compiled, reading).Score(record);
        Assert.Equal(Engines.Describe(interpreted), Engines.Describe(compiled));
        return interpreted;
    }

    public static IndicatorResult Indicator(this RecordResult result, string key)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Assert.Single(result.Indicators, indicator => indicator.Key == key);
    }

    public static string Describe(SchemeDiagnostic diagnostic) => $"{diagnostic.Location} {diagnostic.Code} {diagnostic.Message}";

    /// <summary>Codes with their 1-based line, in the order the compiler sorts them.</summary>
    public static string[] CodesWithLines(SchemeCompilation compilation) =>
        [.. compilation.Diagnostics.Select(d => $"{d.Code}@{d.Location.Start.Line + 1}")];

    /// <summary>A one-leaf scheme: header, grades over [0, weight], the given data section, the leaf and its rule.</summary>
    public static string OneLeaf(decimal weight, string data, string rule) => $"""
        方案 测试方案
        总分 {weight}
        等级 合格 ≥ 0
        数据
          {Indent(data, 2)}
        A1 测试指标 {weight}分
          {Indent(rule, 2)}
        """;

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select((line, index) => index == 0 ? line : new string(' ', spaces) + line));
}
