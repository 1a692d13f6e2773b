using System.CommandLine;
using SchemeLang.Cli.Output;
using SchemeLang.Diagnostics;

namespace SchemeLang.Cli.Commands;

/// <summary>schemelang check FILE... [--format text|json] [--strict]: 0 clean or warnings only, 1 errors (or, with --strict, warnings).</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output)
    {
        var files = new Argument<string[]>("files") { Description = "方案文件（*.scheme），可以给多个", HelpName = "FILE", Arity = ArgumentArity.OneOrMore };
        var format = new Option<OutputFormat>("--format") { Description = "输出格式：text（默认，带原文行和 ^ 标记）或 json", DefaultValueFactory = _ => OutputFormat.Text };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict") { Description = "警告也视为不通过（如发布前确认没有待定的评分标准）" };
        var command = new Command("check", "检查方案：权重、区间、等级、公式与约束；列出错误和警告") { files, format, strict };
        command.SetAction(parse =>
        {
            var compilations = parse.GetValue(files)!.Select(SchemeCompilation.FromFile).ToArray();
            var diagnostics = compilations.SelectMany(compilation => compilation.Diagnostics).ToArray();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                DiagnosticJsonWriter.Write(output, diagnostics);
            }
            else
            {
                DiagnosticTextRenderer.Render(output, diagnostics);
                foreach (var compilation in compilations.Where(compilation => !compilation.HasErrors))
                {
                    DerivedWeightRenderer.Render(output, compilation.Scheme!);
                }
            }

            var failed = compilations.Any(compilation => compilation.HasErrors)
                || (parse.GetValue(strict) && diagnostics.Any(diagnostic => diagnostic.Severity == Severity.Warning));
            return failed ? SchemeLangCli.Failure : SchemeLangCli.Success;
        });
        return command;
    }
}
