using System.CommandLine;
using System.Text;
using SchemeLang.Cli.Output;
using SchemeLang.Docs.Rendering;

namespace SchemeLang.Cli.Commands;

/// <summary>
/// schemelang doc SCHEME [--format html|docx] [--out FILE]: the scheme's 评分标准, generated from the same source the
/// scorer is compiled from — one self-contained HTML page, or a Word document with the same content (default: the
/// scheme's file name with .html or .docx, in the current directory). 0 written; 1 the scheme has errors.
/// </summary>
internal static class DocCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scheme = new Argument<string>("scheme") { Description = "方案文件（*.scheme）", HelpName = "SCHEME" };
        var format = new Option<OutputFormat>("--format") { Description = "输出格式：html（网页，可直接打印为 A4 横向）或 docx（Word 文档）", DefaultValueFactory = _ => OutputFormat.Html };
        format.AcceptOnlyFromAmong("html", "docx");
        var outFile = new Option<string?>("--out") { Description = "输出文件（默认为方案文件名加 .html 或 .docx，写在当前文件夹）", HelpName = "FILE" };
        var command = new Command("doc", "生成评分标准（HTML 页面或 Word 文档）") { scheme, format, outFile };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(scheme)!;
            if (!CleanScheme.TryCompile(path, error, out _, out var bound))
            {
                return SchemeLangCli.Failure;
            }

            var word = parse.GetValue(format) == OutputFormat.Docx;
            var target = parse.GetValue(outFile) ?? Path.GetFileNameWithoutExtension(path) + (word ? ".docx" : ".html");
            OutputPath.EnsureFileFolder(target);
            if (word)
            {
                var document = WordRenderer.Standard(bound);
                OutputPath.Write(target, () => File.WriteAllBytes(target, document));
            }
            else
            {
                var page = PageRenderer.Standard(bound);
                OutputPath.Write(target, () => File.WriteAllText(target, page, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
            }

            output.WriteLine($"已生成 {target}（「{bound.Title}」评分标准）");
            return SchemeLangCli.Success;
        });
        return command;
    }
}
