using System.CommandLine;
using SchemeLang.Diagnostics;

namespace SchemeLang.Cli.Commands;

/// <summary>schemelang explain SL3101: prints the code's page (its meaning and a failing example).</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var code = new Argument<string>("code") { Description = "诊断代码，如 SL3101", HelpName = "CODE" };
        var command = new Command("explain", "说明一个诊断代码：含义、出错的例子和改法") { code };
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(code)!.Trim().ToUpperInvariant();
            if (DiagnosticPages.Find(requested) is { } page)
            {
                output.WriteLine(page);
                return SchemeLangCli.Success;
            }

            error.WriteLine($"没有诊断代码 {requested}。已有的代码：{string.Join(" ", DiagnosticCatalog.All.Select(d => d.Code))}");
            return SchemeLangCli.Usage;
        });
        return command;
    }
}
