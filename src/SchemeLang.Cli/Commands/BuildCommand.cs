using System.CommandLine;
using System.Diagnostics;
using SchemeLang.Cli.Output;
using SchemeLang.Cli.Scorers;
using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Cli.Commands;

/// <summary>
/// schemelang build SCHEME [--out DIR] [--emit-source]: the scheme's scorer as DIR/&lt;方案名&gt;.dll with its PDB and
/// XML docs, and the runtime it references. 0 built; 1 the scheme has errors; 3 the generated C# did not compile
/// (a SchemeLang bug, reported as such).
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scheme = new Argument<string>("scheme") { Description = "方案文件（*.scheme）", HelpName = "SCHEME" };
        var outDirectory = new Option<string>("--out") { Description = "计分器 DLL 写入的文件夹（默认为当前文件夹）", HelpName = "DIR", DefaultValueFactory = _ => "." };
        var emitSource = new Option<bool>("--emit-source") { Description = "同时写出生成的 C# 源代码（<方案名>.cs）" };
        var command = new Command("build", "把方案编译成计分器 DLL（连同 PDB、XML 文档和它引用的运行库），供信息系统调用") { scheme, outDirectory, emitSource };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(scheme)!;
            if (Plan(path, error) is not { } planned)
            {
                return SchemeLangCli.Failure;
            }

            var plan = planned.Plan;
            var built = ScorerBuilder.Build(plan, planned.SourceSha256);
            if (!built.Compiled.Succeeded)
            {
                error.WriteLine("内部错误：生成的计分器代码未能编译，这是 SchemeLang 的缺陷，请连同方案文件报告：");
                // The scheme is bound again only here, from the text read at first, to say where in it each error comes from.
                var bound = SchemeCompilation.FromSource(planned.Source).Scheme
                    ?? throw new UnreachableException("a text that compiled once compiles again");
                foreach (var failure in GeneratedCodeErrors.Describe(built, bound))
                {
                    error.WriteLine($"  {failure}");
                }

                return SchemeLangCli.InternalError;
            }

            var directory = parse.GetValue(outDirectory)!;
            OutputPath.EnsureFolder(directory);
            var dll = string.Empty;
            OutputPath.Write(directory, () => dll = ScorerFiles.Write(built, directory, parse.GetValue(emitSource), withRuntime: true));
            output.WriteLine($"已生成 {dll}（「{plan.Name}」，{plan.Indicators.Length} 个指标，{plan.Slots.Length} 个输入字段）");
            return SchemeLangCli.Success;
        });
        return command;
    }

    /// <summary>
    /// The scheme's plan, its text and the text's hash, in a method of their own so that the syntax and bound model are
    /// garbage before the C# is printed and compiled: held through the compile, a large scheme's model made every
    /// collection slower.
    /// </summary>
    private static (SchemePlan Plan, SourceFile Source, string SourceSha256)? Plan(string path, TextWriter error) =>
        CleanScheme.TryCompile(path, error, out var compilation, out var bound)
            ? (new Evaluator(compilation).Plan, bound.Source, CompiledScorers.Sha256(bound.Source.Text))
            : null;
}
