using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Text;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>
/// Scheme text that would be code if it were pasted into C#: quotes, backslashes, comment ends, braces, line and
/// paragraph separators, a statement that deletes a file, a preprocessor line, keywords, a \u escape, bidi and other
/// format characters, a lone surrogate, emoji and 500-character names. The scorer must compile, load, score exactly
/// as the interpreter does, and carry that text only as literals and escaped doc comments. (U+0085 and other C0/C1
/// controls never reach the emitter: a source holding one is SL0004. DocCommentsTests covers them.)
/// </summary>
public class InjectionTests
{
    internal const string Statement = "\"; System.IO.File.Delete(\"x\"); //";

    internal static readonly string Long = new('长', 500);

    /// <summary>
    /// Names in 「」, which take any character but 」 and CR/LF. The source is in memory, so it can hold a lone
    /// surrogate; the parser reads one as U+FFFD (a file cannot hold one at all), so none reaches the emitter.
    /// </summary>
    private static readonly string Scheme = $"""
        方案 「注入"测试\方案*/{'{'}{'}'}#if class」
        年度 2024
        总分 100
        等级
          「优\u0022 namespace」 ≥ 90
          「其他*/{'\u2029'}」 < 90
        数据
          「完成率{Statement}」：百分比
          「{Long}」：金额（元）
        A 「决策{'\u202E'}指标{'{'}{'}'}{'\u200B'}」 40分
          A1 「class」 20分
            是否 「{Statement}」 得20分，否则不得分
          A2 「#if DEBUG{'\u2028'}#endif」 20分
            区间 「完成率{Statement}」
              ≥ 90% 得20分
              < 90% 得0分
        B 「产出😀指标{'\u2028'}{'\uD800'}」 60分
          B1 「等次\u0022 @this */ /*」 30分
            等次
              「好"{'}'}」 得30分
              「差*/\\」 得0分
          B2 「{Long}」 30分
            按比例 「{Long}」，封顶 100%
        测试 「注入"; //测试{'\u2028'}」
          输入 A1 = 是，「完成率{Statement}」 = 95%，B1 = 「好"{'}'}」，「{Long}」 = 1元
          期望 总分 = 100分
        """;

    internal static SchemeCompilation Compile()
    {
        var compilation = SchemeCompilation.FromSource(new SourceFile("injection.scheme", Scheme));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(Schemes.Describe)));
        return compilation;
    }

    [Fact]
    public void The_scheme_compiles_loads_and_scores_the_same_on_both_engines()
    {
        var result = Schemes.Score(
            Compile(),
            ("A1", "是"), ($"完成率{Statement}", "95%"), ("B1", "好\"}"), (Long, "1元"));

        Assert.Equal(100m, result.Total);
        Assert.Equal("优\\u0022 namespace", result.Grade);
        Assert.Contains(result.Indicators, indicator => indicator.Name.StartsWith("产出😀指标", StringComparison.Ordinal) && indicator.Name.EndsWith('\uFFFD'));
    }

    [Fact]
    public void The_schemes_own_test_passes()
    {
        var results = SchemeLang.Testing.SchemeTestRunner.Run(Compile());
        Assert.All(results, test => Assert.True(test.Passed, string.Join("；", test.Failures)));
    }

    [Fact]
    public void Scheme_text_becomes_no_code_no_directive_and_only_one_line_comments()
    {
        var source = ScorerEmitter.EmitText(new Evaluator(Compile()).Plan);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp14, DocumentationMode.Diagnose));
        var root = tree.GetRoot();

        Assert.Empty(tree.GetDiagnostics());
        Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), trivia => trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia));
        Assert.DoesNotContain(root.DescendantTrivia(), trivia => trivia.IsKind(SyntaxKind.MultiLineCommentTrivia));

        // The standard's words stand in // comments beside the comparisons: each stays one line, with nothing that could
        // end it early or reorder what a reviewer sees (Trojan Source), so the statement after it is still code.
        var comments = root.DescendantTrivia().Where(trivia => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)).Select(trivia => trivia.ToFullString()).ToList();
        Assert.Contains(comments, comment => comment.Contains(Statement, StringComparison.Ordinal));
        Assert.All(comments, comment => Assert.DoesNotContain(comment, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\u202E'));

        // Every identifier is one the emitter chose: none is File, Delete, System.IO or a keyword escaped with @.
        var identifiers = root.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.Text).ToHashSet();
        Assert.DoesNotContain("Delete", identifiers);
        Assert.DoesNotContain("File", identifiers);
        Assert.DoesNotContain(identifiers, identifier => identifier.StartsWith('@'));
        Assert.All(identifiers, identifier => Assert.True(SyntaxFacts.IsValidIdentifier(identifier), identifier));

        // Each doc comment is one line, and the text it holds went through the escaper.
        foreach (var doc in root.DescendantTrivia().Where(trivia => trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)))
        {
            var lines = doc.ToFullString().TrimEnd('\n').Split('\n');
            Assert.Single(lines);
            Assert.DoesNotContain(lines[0], c => c is '\u2028' or '\u2029' or '\u0085' or '\u202E' || char.IsSurrogate(c) && !char.IsSurrogatePair(lines[0], lines[0].IndexOf(c)));
        }

        // The strings survive exactly: the plan the scorer carries as its resource reads back the names the scheme wrote.
        var plan = PlanJson.Read(Encoding.UTF8.GetString(ScorerBuilder.Build(new Evaluator(Compile()).Plan, "test").Plan));
        var names = plan.DataItems.Select(item => item.Name).Concat(plan.Indicators.Select(indicator => indicator.Name)).ToHashSet();
        Assert.Contains($"完成率{Statement}", names);
        Assert.Contains(names, name => name.StartsWith("产出😀指标", StringComparison.Ordinal) && name.EndsWith('\uFFFD'));
        Assert.Contains(Long, names);
    }

    [Fact]
    public void The_generated_names_are_valid_distinct_and_keep_the_original_in_the_attribute()
    {
        var plan = new Evaluator(Compile()).Plan;
        var built = ScorerBuilder.Build(plan, "test");
        Assert.True(built.Compiled.Succeeded, string.Join("\n", built.Compiled.Errors));

        using var loaded = LoadedScorer.Load(built.Compiled);
        var input = loaded.Assembly.GetType($"{built.AssemblyName}.{ScorerEmitter.InputTypeName}", throwOnError: true)!;
        var fields = input.GetProperties()
            .Select(property => (Property: property.Name, Attribute: property.GetCustomAttributes(typeof(SchemeFieldAttribute), false).Cast<SchemeFieldAttribute>().SingleOrDefault()))
            .Where(entry => entry.Attribute is not null)
            .ToDictionary(entry => entry.Attribute!.Key, entry => entry.Property);

        Assert.Equal(plan.Slots.Select(slot => slot.Key).Order(StringComparer.Ordinal), fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("完成率_System_IO_File_Delete_x", fields[$"完成率{Statement}"]);
        Assert.Equal(fields.Count, fields.Values.Distinct().Count());
        Assert.All(fields.Values, name => Assert.True(name.Length <= 200, name));
    }
}
