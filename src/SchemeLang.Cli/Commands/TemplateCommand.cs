using System.CommandLine;
using System.Text;
using SchemeLang.Cli.Output;
using SchemeLang.Cli.Scorers;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Workbooks;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Commands;

/// <summary>
/// schemelang template SCHEME [--out FILE] [--format xlsx|csv]: the data-entry workbook for the scheme (sheet 填报 with
/// a column per record field, notes and checks; sheet 说明), or with csv just its header row, UTF-8 with a BOM so
/// Chinese Excel reads it. Default file: the scheme's name with 「-填报模板」 in the current directory. 0 written; 1 the
/// scheme has errors or the file cannot be written.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scheme = new Argument<string>("scheme") { Description = "方案文件（*.scheme）", HelpName = "SCHEME" };
        var format = new Option<string>("--format") { Description = "模板格式：xlsx（填报工作簿）或 csv（只有表头）", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "csv");
        var outFile = new Option<string?>("--out") { Description = "输出文件（默认为方案文件名加「-填报模板」，写在当前目录）", HelpName = "FILE" };
        var command = new Command("template", "生成评价数据的填报模板（Excel 工作簿或 CSV 表头）") { scheme, format, outFile };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(scheme)!;
            if (!CleanScheme.TryCompile(path, error, out _, out var bound))
            {
                return SchemeLangCli.Failure;
            }

            var extension = parse.GetValue(format)!;
            var target = parse.GetValue(outFile) ?? $"{Path.GetFileNameWithoutExtension(path)}-填报模板.{extension}";
            var fields = RecordFieldsBuilder.Build(bound);
            var bytes = extension == "csv"
                ? HeaderRow(fields)
                : TemplateWorkbook.Write(bound, fields, CompiledScorers.Sha256(bound.Source.Text));
            OutputPath.EnsureFileFolder(target);
            OutputPath.Write(target, () => File.WriteAllBytes(target, bytes));
            output.WriteLine($"已生成 {target}（「{bound.Title}」的填报模板，{fields.Count} 个字段）");
            return SchemeLangCli.Success;
        });
        return command;
    }

    /// <summary>The template's header row as CSV: a BOM, then the identity columns and every field key, each a spreadsheet-safe cell.</summary>
    private static byte[] HeaderRow(IReadOnlyList<RecordField> fields)
    {
        var cells = TemplateColumn.For(fields).Select(column => Quote(SpreadsheetText.Cell(column.Header)));
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join(",", cells) + "\r\n")];
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
