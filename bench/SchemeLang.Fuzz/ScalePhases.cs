using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemeLang.Emit.Compiling;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Fuzz;

/// <summary>
/// `scale-phases [LEAVES]`: where the time of one `build` of a generated scheme (<see cref="ScaleInputs.Scheme"/>,
/// 15,120 leaves unless told) goes, phase by phase in one process: the scheme's parse and checks, the plan, the C#
/// syntax with its layout, its text, the plan JSON, the code origins, then Roslyn's parse, its checks and its emit.
/// </summary>
internal static class ScalePhases
{
    public static int Run(int leaves)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("schemelang-phases-").FullName, "scale.scheme");
        File.WriteAllText(path, ScaleInputs.Scheme(leaves));
        var clock = Stopwatch.StartNew();
        void Phase(string name, string? detail = null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {clock.Elapsed.TotalSeconds,7:F2} s {GC.GetTotalAllocatedBytes() >> 20,8} MB 已分配 {detail}"));
            clock.Restart();
        }

        var compilation = SchemeLang.SchemeCompilation.FromFile(path);
        Phase("方案：解析、绑定、检查", compilation.HasErrors ? "有错误" : string.Empty);
        var plan = new Evaluator(compilation).Plan;
        Phase("评分计划");
        var unit = ScorerEmitter.Emit(plan);
        Phase("C# 语法树与排版");
        var source = unit.ToFullString();
        Phase("C# 文本", string.Create(CultureInfo.InvariantCulture, $"{source.Length:N0} 字符"));
        var planJson = PlanJson.ToResource(plan);
        Phase("计划 JSON");
        var origins = CodeOrigins.Find(unit);
        Phase("代码来源", string.Create(CultureInfo.InvariantCulture, $"{origins.Length:N0} 处"));
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8, SourceHashAlgorithm.Sha256), ScorerCompiler.ParseOptions, ScorerCompiler.SourcePath);
        Phase("Roslyn 解析");
        var checks = CSharpCompilation.Create("Phases", [tree], [Basic.Reference.Assemblies.Net100.References.SystemRuntime, Basic.Reference.Assemblies.Net100.References.SystemCollections, Basic.Reference.Assemblies.Net100.References.SystemCollectionsImmutable, MetadataReference.CreateFromFile(typeof(SchemeLang.Runtime.SchemePlan).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)).GetDiagnostics();
        Phase("Roslyn 检查（未计入合计）", string.Create(CultureInfo.InvariantCulture, $"{checks.Count(d => d.Severity == DiagnosticSeverity.Error)} 个错误"));
        var compiled = ScorerCompiler.Compile("Phases", new Version(1, 0), tree, new Dictionary<string, string>(), planJson);
        Phase("Roslyn 编译与输出", compiled.Succeeded ? string.Create(CultureInfo.InvariantCulture, $"DLL {compiled.Dll.Length >> 10:N0} KB") : "失败");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU {self.TotalProcessorTime.TotalSeconds:F2} s，垃圾回收暂停 {GC.GetTotalPauseDuration().TotalSeconds:F2} s（0、1、2 代 {GC.CollectionCount(0)}、{GC.CollectionCount(1)}、{GC.CollectionCount(2)} 次），峰值内存 {self.PeakWorkingSet64 >> 20} MB"));
        return compiled.Succeeded ? 0 : 1;
    }
}
