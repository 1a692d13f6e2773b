using System.Text;
using SchemeLang.Evaluation;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Syntax;

/// <summary>
/// Everything the parser and later phases recurse over is bounded before they recurse: input far past each limit gets
/// one diagnostic, never a stack overflow. These run on the ordinary test thread, with its ordinary stack.
/// </summary>
public class InputGuardTests
{
    private static string WithFormula(string formula, string moreData = "") => $"""
        方案 深度测试
        总分 5
        等级 合格 ≥ 0
        数据
          甲：百分比 范围 [0%, 100%]
          乙 = {formula}
        {moreData}A 测试 5分
          按比例 乙，封顶 100%
        """;

    [Fact]
    public void A_run_of_1900_minus_signs_is_one_diagnostic_at_the_first_sign_past_the_limit()
    {
        var compilation = Compile(WithFormula(new string('-', 1_900) + "甲"));

        Assert.Equal(["test.scheme:6:107 SL0008 此行有 1900 个运算符号（+ - × ÷），超过上限 100 个"], compilation.Diagnostics.Select(Describe));
    }

    [Fact]
    public void A_run_of_100000_minus_signs_is_one_diagnostic()
    {
        var compilation = Compile(WithFormula(new string('-', 100_000) + "甲"));

        Assert.Equal(["SL0006@6"], CodesWithLines(compilation));
    }

    [Theory]
    [InlineData(990, "SL0008@6")]
    [InlineData(5_000, "SL0006@6")]
    public void A_long_sum_is_one_diagnostic(int terms, string expected)
    {
        var compilation = Compile(WithFormula(string.Join("+", Enumerable.Repeat("甲", terms))));

        Assert.Equal([expected], CodesWithLines(compilation));
    }

    [Theory]
    [InlineData(65, "test.scheme:6:71 SL0005 括号嵌套 65 层，超过上限 64 层")]
    [InlineData(100_000, "test.scheme:6:1 SL0006 此行有 200007 个字符，超过上限 2000 个")]
    public void Deep_brackets_are_one_diagnostic(int depth, string expected)
    {
        var compilation = Compile(WithFormula(new string('(', depth) + "甲" + new string(')', depth)));

        Assert.Equal([expected], compilation.Diagnostics.Select(Describe));
    }

    [Fact]
    public void Brackets_and_operators_in_comments_and_quoted_names_count_for_nothing()
    {
        var name = $"「{new string('—', 300)}{new string('(', 100)}」";

        var scheme = Clean(WithFormula($"{name} × 甲 # {new string('-', 300)}{new string('(', 100)}", $"  {name}：百分比 范围 [0%, 100%]\n"));

        Assert.Equal(3, scheme.Scheme!.DataItems.Count);
    }

    [Fact]
    public void A_formula_at_every_limit_checks_clean_and_scores()
    {
        var formula = new string('(', 64) + new string('-', 100) + "甲" + new string(')', 64);

        var scheme = Clean(WithFormula(formula));

        Assert.Equal(4.5m, Score(scheme, ("甲", "90%")).Indicator("A").Score);
    }

    [Fact]
    public void An_indicator_tree_nested_1990_levels_deep_is_one_diagnostic_at_the_first_line_past_the_limit()
    {
        var text = new StringBuilder("方案 深度测试\n总分 5\n等级 合格 ≥ 0\n");
        for (var level = 0; level < 1_990; level++)
        {
            text.Append(' ', level).Append("深 5分\n");
        }

        var compilation = Compile(text.Append(' ', 1_990).Append("是否 达到\n").ToString());

        Assert.Equal(["test.scheme:69:1 SL0009 此行缩进 65 格，超过上限 64 格"], compilation.Diagnostics.Select(Describe));
    }

    // ---------------------------------------------------------------- chains of formulas across data items

    /// <summary>
    /// 乙 = 「x0」, 「x0」 = 「x1」, … 「x(n-1)」 = 甲: evaluation goes two levels deeper per item. Declared dependents
    /// first, the binder meets the chain by recursing into it; dependencies first, each item is bound on its own.
    /// </summary>
    private static string Chain(int items, bool dependenciesFirst)
    {
        var lines = Enumerable.Range(0, items).Select(i => $"  「x{i}」 = {(i + 1 < items ? $"「x{i + 1}」" : "甲")}\n").Prepend("  乙 = 「x0」\n");
        return $"""
            方案 深度测试
            总分 5
            等级 合格 ≥ 0
            数据
              甲：百分比 范围 [0%, 100%]
            {string.Concat(dependenciesFirst ? lines.Reverse() : lines)}A 测试 5分
              按比例 乙，封顶 100%
            """;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_chain_of_formulas_as_deep_as_the_limit_checks_clean_and_scores(bool dependenciesFirst)
    {
        var scheme = Clean(Chain(63, dependenciesFirst));

        Assert.Equal(4.5m, Score(scheme, ("甲", "90%")).Indicator("A").Score);
    }

    [Theory]
    [InlineData(64, false, "test.scheme:6:3 SL2021 数据项「乙」的公式连同它层层引用的数据项公式，嵌套超过 128 层")]
    [InlineData(64, true, "test.scheme:70:3 SL2021 数据项「乙」的公式连同它层层引用的数据项公式，嵌套超过 128 层")]
    [InlineData(5_000, false, "test.scheme:6:3 SL2021 数据项「乙」的公式连同它层层引用的数据项公式，嵌套超过 128 层")]
    [InlineData(5_000, true, "test.scheme:70:3 SL2021 数据项「x4935」的公式连同它层层引用的数据项公式，嵌套超过 128 层")]
    public void A_chain_of_formulas_past_the_limit_is_one_diagnostic_and_is_never_run(int items, bool dependenciesFirst, string expected)
    {
        var compilation = Compile(Chain(items, dependenciesFirst));

        Assert.Equal([expected], compilation.Diagnostics.Select(Describe));
        Assert.Throws<SchemeHasErrorsException>(() => new Evaluator(compilation));
    }
}
