using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using SchemeLang.Emit.Generation;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Tests.Properties;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>
/// Scheme names that are also names the generated code uses: every public runtime type, the System types the code
/// names, the generated types and members, and every C# keyword. Fuzzing found a 方案 named RowReader, a data item
/// named Formulas and a leaf named SlotKind or Scheme giving a scorer that did not compile (or an emitter that threw)
/// while the interpreter scored them. Whatever the names, the compiled scorer must build and agree with the interpreter.
/// </summary>
public class ShadowingTests
{
    /// <summary>Names the generated code could collide with: the runtime's public types and the code's own names.</summary>
    public static readonly string[] CodeNames =
    [
        .. typeof(LeafRules).Assembly.GetExportedTypes().Where(type => !type.IsNested).Select(type => type.Name.Split('`')[0]).Distinct().Order(StringComparer.Ordinal),
        "System", "SchemeLang", "Runtime", "Span", "Decimal", "String", "Boolean", "OverflowException", "Math",
        ScorerEmitter.InputTypeName, ScorerEmitter.ScorerTypeName, "Scheme", "Plan", "Read", "Evaluate", "IdOf", "Id",
        "input", "items", "scope", "leaves", "vetoes", "record", "dividedByZero", "value", "left", "right", "global", "Items", "数据项", "数据约束", "否决", "评分_达标",
    ];

    public static readonly string[] Keywords =
        [.. SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Where(text => text.Length > 0 && char.IsAsciiLetter(text[0])).Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string> SchemeNames => [.. CodeNames.Distinct(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SchemeNames))]
    public void A_scheme_named_like_the_code_compiles_and_agrees(string name) =>
        AssertScoresAlike(Scheme(name, dataItems: ["完成率"], leaves: ["达标"]));

    [Fact]
    public void Data_items_named_like_the_code_or_keywords_compile_and_agree() =>
        AssertScoresAlike(Scheme("命名测试", dataItems: [.. CodeNames.Concat(Keywords).Distinct(StringComparer.Ordinal)], leaves: []));

    [Fact]
    public void Leaves_named_like_the_code_or_keywords_compile_and_agree() =>
        AssertScoresAlike(Scheme("命名测试", dataItems: [], leaves: [.. CodeNames.Concat(Keywords).Distinct(StringComparer.Ordinal)]));

    /// <summary>Any mix of such names in every position, a few at a time: each scheme compiles and both engines agree.</summary>
    [Fact]
    public void Any_mix_of_code_names_and_keywords_compiles_and_agrees()
    {
        var names = CodeNames.Concat(Keywords).Distinct(StringComparer.Ordinal).ToArray();
        var pick = Gen.Int[0, names.Length - 1].Select(i => names[i]);
        var gen = Gen.Select(pick, pick.Array[1, 4], pick.Array[0, 4])
            .Where((scheme, items, leaves) => items.Concat(leaves).Distinct(StringComparer.Ordinal).Count() == items.Length + leaves.Length);
        PropertyRun.Check(gen, sample => AssertScoresAlike(Scheme(sample.Item1, sample.Item2, sample.Item3)), iterations: 15,
            print: sample => $"方案 {sample.Item1}; 数据 {string.Join("、", sample.Item2)}; 指标 {string.Join("、", sample.Item3)}");
    }

    /// <summary>
    /// One percentage data item per name, scored in proportion by a leaf of its own, and one 是否 leaf per name: the
    /// record field, input property and local of each carry the name itself.
    /// </summary>
    private static string Scheme(string name, string[] dataItems, string[] leaves)
    {
        var text = new StringBuilder();
        text.Append($"方案 「{name}」\n总分 {dataItems.Length + leaves.Length}\n等级 合格 ≥ 0\n");
        if (dataItems.Length > 0)
        {
            text.Append("数据\n");
            foreach (var item in dataItems)
            {
                text.Append($"  「{item}」：百分比\n");
            }
        }

        foreach (var item in dataItems)
        {
            text.Append($"「{item}的得分」 1分\n  按比例 「{item}」，封顶 100%\n");
        }

        foreach (var leaf in leaves)
        {
            text.Append($"「{leaf}」 1分\n  是否 达标 得满分，否则不得分\n");
        }

        return text.ToString();
    }

    private static void AssertScoresAlike(string text)
    {
        var compilation = Schemes.Compile(text);
        Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.Severity == SchemeLang.Diagnostics.Severity.Error);
        var fields = new SchemeLang.Evaluation.Evaluator(compilation).Plan.Slots.Select((slot, i) => (slot.Key, slot.Kind == SlotKind.Boolean ? (i % 2 == 0 ? "是" : "否") : $"{i % 100}%")).ToArray();
        var result = Schemes.Score(compilation, fields);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }
}
