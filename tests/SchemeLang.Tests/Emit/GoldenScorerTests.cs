using Microsoft.CodeAnalysis;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Examples;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>
/// The generated C# of every example, kept as reviewed golden files in Emit/Golden (named *.cs.txt, so the test
/// project does not compile them): a change to what the emitter prints shows as a diff an auditor can read — the
/// standard's words beside the comparisons that implement it. Set SCHEMELANG_ACCEPT=1 to rewrite the files after a
/// deliberate change, then review the diff.
/// </summary>
public class GoldenScorerTests
{
    private static readonly string Folder = Repository.InTests("Emit", "Golden");

    [Theory]
    [MemberData(nameof(ExampleTests.ExampleNames), MemberType = typeof(ExampleTests))]
    public void The_generated_scorer_matches_its_golden_file(string name)
    {
        var plan = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme"))).Plan;
        var actual = ScorerEmitter.EmitText(plan);
        GoldenFile.Matches(Folder, name + ".cs.txt", actual);
    }

    /// <summary>
    /// The linear layout is Roslyn's <c>NormalizeWhitespace</c>, except that the normalizer glues a pattern's <c>is</c> to
    /// the call before it (<c>得分_X(x)is not { } 得分</c>, in 5 of the 13 examples) and the layout puts the space back.
    /// </summary>
    [Theory]
    [MemberData(nameof(ExampleTests.ExampleNames), MemberType = typeof(ExampleTests))]
    public void A_pattern_after_a_call_is_spaced_as_written_by_hand(string name)
    {
        var plan = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, name + ".scheme"))).Plan;
        // The namespace without the file's header, which is added after the layout.
        var laidOut = ScorerEmitter.Emit(plan).Members.Single().WithoutLeadingTrivia();

        Assert.DoesNotContain(")is ", laidOut.ToFullString(), StringComparison.Ordinal);
        var roslyn = laidOut.NormalizeWhitespace(eol: "\n").ToFullString();
        Assert.Equal(roslyn.Replace(")is ", ") is ", StringComparison.Ordinal), laidOut.ToFullString());
    }

    /// <summary>What an auditor looks for in each golden scorer: the standard in words on the method that scores it.</summary>
    [Fact]
    public void Each_leaf_method_of_004_carries_its_standard_in_words()
    {
        var plan = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme"))).Plan;
        var source = ScorerEmitter.EmitText(plan);
        foreach (var leaf in plan.Indicators.Where(indicator => indicator.Leaf is not null))
        {
            Assert.Contains($"/// <summary>{leaf.Code} {leaf.Name}（", source, StringComparison.Ordinal);
            Assert.Contains(leaf.Leaf!.Standard, source, StringComparison.Ordinal);
        }

        // Each band's row in the page's words, above the comparison that implements it.
        foreach (var band in plan.Indicators.Select(indicator => indicator.Leaf?.Rule).OfType<BandTablePlan>().SelectMany(rule => rule.Bands))
        {
            Assert.False(string.IsNullOrEmpty(band.Words));
            Assert.Contains($"// {band.Words}\n", source, StringComparison.Ordinal);
        }

        Assert.Contains("// 95%（含）至100%（不含）得3.6分\n", source, StringComparison.Ordinal);
        Assert.Contains("if (收入预算完成率 >= 0.95m && 收入预算完成率 < 1.00m)", source, StringComparison.Ordinal);
    }
}
