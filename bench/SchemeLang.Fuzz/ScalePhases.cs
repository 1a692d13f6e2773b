using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemeLang.Emit.Compiling;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Fuzz;

/// <summary>
/// `scale-phases [LEAVES]`: where the time and memory of one `build` of a generated scheme (<see cref="ScaleInputs.Scheme"/>,
/// 15,120 leaves unless told) go, phase by phase in one process, holding what the CLI holds between phases: the
/// scheme's parse and checks, the plan, the C# syntax with its layout, its text and origins (the syntax then dropped),
/// the plan JSON, Roslyn's parse, then its compile and emit. After each phase: its time, the bytes allocated so far,
/// and the process's peak working set so far.
/// </summary>
internal static class ScalePhases
{
    public static int Run(int leaves)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("schemelang-phases-").FullName, "scale.scheme");
        File.WriteAllText(path, ScaleInputs.Scheme(leaves));
        using var self = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        void Phase(string name, string? detail = null)
        {
            self.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-20} {clock.Elapsed.TotalSeconds,7:F2} s {GC.GetTotalAllocatedBytes() >> 20,8} MB 已分配 {self.PeakWorkingSet64 >> 20,6} MB 峰值 {detail}"));
            clock.Restart();
        }

        var plan = Plan(path);
        Phase("方案与评分计划");
        var (source, origins) = Print(plan);
        Phase("C# 语法树、排版、文本", string.Create(CultureInfo.InvariantCulture, $"{source.Length:N0} 字符，{origins:N0} 处来源"));
        var planJson = PlanJson.ToResource(plan);
        Phase("计划 JSON", string.Create(CultureInfo.InvariantCulture, $"{planJson.Length:N0} B"));
        ScorerBuilder.ReleaseLayoutGarbage(source);
        Phase("回收排版的内存");
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8, SourceHashAlgorithm.Sha256), ScorerCompiler.ParseOptions, ScorerCompiler.SourcePath);
        Phase("Roslyn 解析");
        var compiled = ScorerCompiler.Compile("Phases", new Version(1, 0), tree, new Dictionary<string, string>(), planJson);
        Phase("Roslyn 编译与输出", compiled.Succeeded ? string.Create(CultureInfo.InvariantCulture, $"DLL {compiled.Dll.Length >> 10:N0} KB") : "失败");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU {self.TotalProcessorTime.TotalSeconds:F2} s，垃圾回收暂停 {GC.GetTotalPauseDuration().TotalSeconds:F2} s（0、1、2 代 {GC.CollectionCount(0)}、{GC.CollectionCount(1)}、{GC.CollectionCount(2)} 次）"));
        return compiled.Succeeded ? 0 : 1;
    }

    /// <summary>The plan, in a method of its own so that the scheme's syntax and bound model are garbage after it, as in `build`.</summary>
    private static SchemeLang.Runtime.SchemePlan Plan(string path) => new Evaluator(SchemeCompilation.FromFile(path)).Plan;

    /// <summary>The C# text and the number of its origins; the syntax tree is garbage after it, as in `build`.</summary>
    private static (string Source, int Origins) Print(SchemeLang.Runtime.SchemePlan plan)
    {
        var unit = ScorerEmitter.Emit(plan);
        return (unit.ToFullString(), CodeOrigins.Find(unit).Length);
    }
}
