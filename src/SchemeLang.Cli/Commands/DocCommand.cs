using System.CommandLine;
using System.Text;
using SchemeLang.Cli.Output;
using SchemeLang.Docs.Rendering;

namespace SchemeLang.Cli.Commands;

/// <summary>
/// schemelang doc SCHEME [--out FILE.html]: the scheme's 评分标准 page, one self-contained HTML file generated from
/// the same source the scorer is compiled from (default: the scheme's file name with .html, in the current
/// directory). 0 written; 1 the scheme has errors.
/// </summary>
internal static class DocCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scheme = new Argument<string>("scheme") { Description = "方案文件（*.scheme）", HelpName = "SCHEME" };
        var outFile = new Option<string?>("--out") { Description = "输出的 HTML 文件（默认为方案文件名加 .html，写在当前文件夹）", HelpName = "FILE.html" };
        var command = new Command("doc", "生成评分标准页面（一个 HTML 文件，可直接打印为 A4 横向）") { scheme, outFile };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(scheme)!;
            if (!CleanScheme.TryCompile(path, error, out _, out var bound))
            {
                return SchemeLangCli.Failure;
            }

            var target = parse.GetValue(outFile) ?? Path.GetFileNameWithoutExtension(path) + ".html";
            OutputPath.EnsureFileFolder(target);
            var page = PageRenderer.Standard(bound);
            OutputPath.Write(target, () => File.WriteAllText(target, page, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
            output.WriteLine($"已生成 {target}（「{bound.Title}」评分标准）");
            return SchemeLangCli.Success;
        });
        return command;
    }
}
