using SchemeLang.Cli.Scorers;
using SchemeLang.Emit.Compiling;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>A compile error in generated code names the scheme line whose indicator, data item or veto the code prints.</summary>
public class CodeOriginsTests
{
    private static readonly string SchemePath = Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme");

    private static (SchemeCompilation Compilation, BuiltScorer Built) Build()
    {
        var compilation = SchemeCompilation.FromFile(SchemePath);
        return (compilation, ScorerBuilder.Build(new Evaluator(compilation).Plan, "test"));
    }

    private static string[] Lines(BuiltScorer built, CodeOrigin origin) =>
        built.Source.Split('\n')[origin.StartLine..(origin.EndLine + 1)];

    [Fact]
    public void Each_leaf_data_item_and_veto_statement_is_traced_to_its_scheme_entry()
    {
        var (_, built) = Build();

        var leaf = Assert.Single(built.Origins, origin => origin.Kind == OriginKind.Indicator && origin.Name == "C31" && Lines(built, origin).Any(line => line.Contains("LeafRules.Band(", StringComparison.Ordinal)));
        Assert.Single(Lines(built, leaf));
        var formula = Assert.Single(built.Origins, origin => origin.Kind == OriginKind.DataItem && origin.Name == "缴费基数做实率" && Lines(built, origin).Any(line => line.Contains("try", StringComparison.Ordinal)));
        Assert.Contains(Lines(built, formula), line => line.Contains("Formulas.Divide(global::SchemeLang.Runtime.CompilerServices.Formulas.Divide(global::SchemeLang.Runtime.CompilerServices.Formulas.Divide(items.单位缴费基数总额", StringComparison.Ordinal));
        Assert.Contains("Leaves.Rule<global::SchemeLang.Runtime.BandTablePlan>(", Lines(built, leaf)[0], StringComparison.Ordinal);
        Assert.StartsWith("        // C31 ", built.Source.Split('\n')[leaf.StartLine - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_compile_error_in_a_leafs_code_is_reported_at_the_leafs_scheme_line()
    {
        var (compilation, built) = Build();
        var lines = built.Source.Split('\n');
        var leaf = built.Origins.Single(origin => origin.Kind == OriginKind.Indicator && origin.Name == "C31" && Lines(built, origin).Any(line => line.Contains("LeafRules.Band(", StringComparison.Ordinal)));
        lines[leaf.StartLine] = lines[leaf.StartLine].Replace("LeafRules.Band(", "LeafRules.Bnd(", StringComparison.Ordinal);
        var broken = string.Join('\n', lines);
        var failed = built with { Compiled = ScorerCompiler.Compile(built.AssemblyName, new Version(1, 0, 0, 0), broken, new Dictionary<string, string>()) };

        var error = Assert.Single(failed.Compiled.Errors);
        Assert.Equal(new CodeOrigin(error.Location.GetLineSpan().StartLinePosition.Line, error.Location.GetLineSpan().StartLinePosition.Line, OriginKind.Indicator, "C31"), failed.OriginOf(error));

        var c31 = compilation.Scheme!.AllIndicators.Single(indicator => indicator.Key == "C31");
        var line = compilation.Scheme.Source.GetPosition(c31.Span.Span.Start).Line + 1;
        var report = Assert.Single(GeneratedCodeErrors.Describe(failed, compilation.Scheme));
        Assert.StartsWith($"{SchemePath}:{line}:", report, StringComparison.Ordinal);
        Assert.Contains("指标「C31」生成的代码", report, StringComparison.Ordinal);
        Assert.Contains("CS0117", report, StringComparison.Ordinal);
    }
}
