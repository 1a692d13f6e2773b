using System.CommandLine;
using SchemeLang.Cli.Output;
using SchemeLang.Testing;

namespace SchemeLang.Cli.Commands;

/// <summary>schemelang test SCHEME: runs the scheme's own 测试 blocks; 0 when all pass.</summary>
internal static class TestCommand
{
    public static Command Create(TextWriter output)
    {
        var scheme = new Argument<string>("scheme") { Description = "方案文件（*.scheme）", HelpName = "SCHEME" };
        var command = new Command("test", "运行方案中「测试」块写的测试") { scheme };
        command.SetAction(parse =>
        {
            var compilation = SchemeCompilation.FromFile(parse.GetValue(scheme)!);
            if (compilation.HasErrors || compilation.Scheme is null)
            {
                DiagnosticTextRenderer.Render(output, compilation.Diagnostics);
                return SchemeLangCli.Failure;
            }

            var results = SchemeTestRunner.Run(compilation);
            foreach (var result in results)
            {
                output.WriteLine($"{(result.Passed ? "通过" : "失败")}  {result.Name}");
                foreach (var failure in result.Failures)
                {
                    output.WriteLine($"      {failure}");
                }
            }

            var failed = results.Count(result => !result.Passed);
            output.WriteLine($"{results.Length - failed} 个测试通过，{failed} 个失败。");
            return failed == 0 ? SchemeLangCli.Success : SchemeLangCli.Failure;
        });
        return command;
    }
}
