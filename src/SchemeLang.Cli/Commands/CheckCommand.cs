using System.CommandLine;
using SchemeLang.Cli.Output;

namespace SchemeLang.Cli.Commands;

/// <summary>schemelang check FILE... [--format text|json]: 0 clean or warnings only, 1 errors.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output)
    {
        var files = new Argument<string[]>("files") { Description = "方案文件（*.scheme）", Arity = ArgumentArity.OneOrMore };
        var format = new Option<OutputFormat>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => OutputFormat.Text };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "检查方案：权重、区间、等级、公式与约束") { files, format };
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

            return compilations.Any(compilation => compilation.HasErrors) ? SchemeLangCli.Failure : SchemeLangCli.Success;
        });
        return command;
    }
}
