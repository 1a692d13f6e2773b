using System.CommandLine;
using SchemeLang.Cli.Data;
using SchemeLang.Cli.Output;
using SchemeLang.Evaluation;

namespace SchemeLang.Cli.Commands;

/// <summary>schemelang score SCHEME --data FILE [--format json|csv]: every record is scored or gets its own errors.</summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scheme = new Argument<string>("scheme") { Description = "方案文件（*.scheme）" };
        var data = new Option<string>("--data") { Description = "评价数据：JSON 数组或带表头的 CSV，每条记录有 id", Required = true };
        var format = new Option<OutputFormat>("--format") { Description = "输出格式：json 或 csv", DefaultValueFactory = _ => OutputFormat.Json };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("score", "按方案为每条评价数据计分") { scheme, data, format };
        command.SetAction(parse =>
        {
            var compilation = Compilation.FromFile(parse.GetValue(scheme)!);
            if (compilation.HasErrors || compilation.Scheme is null)
            {
                DiagnosticTextRenderer.Render(error, compilation.Diagnostics);
                return SchemeLangCli.Failure;
            }

            var file = DataFileReader.Read(parse.GetValue(data)!);
            if (file.FileError is { } fileError)
            {
                error.WriteLine($"错误：{fileError}");
                return SchemeLangCli.Failure;
            }

            var evaluator = new Evaluator(compilation);
            var results = file.Records.Select(evaluator.Evaluate)
                .Concat(file.Unreadable.Select(unreadable => new RecordResult(unreadable.RecordId, null, null, [], [], [unreadable])))
                .ToArray();
            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                var columns = compilation.Scheme.AllIndicators.Select(indicator => (indicator.Key, indicator.DisplayName)).ToArray();
                ResultWriter.WriteCsv(output, results, columns);
            }
            else
            {
                ResultWriter.WriteJson(output, results);
            }

            foreach (var failure in results.SelectMany(result => result.Errors))
            {
                error.WriteLine(failure);
            }

            return results.All(result => result.Succeeded) ? SchemeLangCli.Success : SchemeLangCli.Failure;
        });
        return command;
    }
}
