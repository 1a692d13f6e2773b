using System.CommandLine;
using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Cli.Batch;
using SchemeLang.Cli.Output;
using SchemeLang.Cli.Output.Workbook;
using SchemeLang.Cli.Scorers;
using SchemeLang.Cli.Usage;
using SchemeLang.Data;
using SchemeLang.Docs.Layout;
using SchemeLang.Docs.Wording;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Commands;

/// <summary>
/// schemelang score SCHEME --data FILE [--format json|csv|html|xlsx|docx] [--out FILE] [--interpret]: every record is
/// scored or gets its own errors; html is the score report (one page per record with --per-record DIR); xlsx the results
/// workbook (<see cref="ResultWorkbookWriter"/>) and docx the Word report (<see cref="WordReportWriter"/>), which need
/// --out. Records are scored on every core and written in file order, a few batches at a time, so memory stays flat
/// whatever the file's length (<see cref="ScoringPipeline"/>).
/// The scheme's compiled scorer does the scoring (built on first use and cached); --interpret uses the interpreter, with
/// the same output byte for byte. 0 when every record scored; 1 when a record failed, or the file could not be read (to
/// the end); 130 when Ctrl-C stopped the run.
/// </summary>
internal static class ScoreCommand
{
    /// <param name="terminal">Standard error when it is a terminal, for the progress line; null when redirected.</param>
    public static Command Create(TextWriter output, TextWriter error, TextWriter? terminal)
    {
        var scheme = new Argument<string>("scheme") { Description = "方案文件（*.scheme）", HelpName = "SCHEME" };
        var data = new Option<string[]>("--data") { Description = "评价数据：Excel 工作簿（.xlsx）、带表头的 CSV 或制表符分隔文本、JSON 数组，每条记录有 id（或记录编号）；文本文件为 UTF-8、GB18030（GBK）或 UTF-16 编码；可给多个文件（重复本选项或一次给多个）或文件夹（读取其中的 .xlsx、.csv、.tsv、.txt、.json，按文件名顺序）", HelpName = "FILE", Required = true, AllowMultipleArgumentsPerToken = true };
        var format = new Option<OutputFormat>("--format") { Description = "输出格式：json（默认）、csv、html（评分报告）、xlsx（结果工作簿：汇总、指标得分、得分说明、错误、统计）或 docx（Word 评分报告）；xlsx 和 docx 须给 --out", DefaultValueFactory = _ => OutputFormat.Json };
        format.AcceptOnlyFromAmong("json", "csv", "html", "xlsx", "docx");
        var outFile = new Option<string?>("--out") { Description = "结果写入此文件（已有则覆盖；不给时输出到标准输出）；csv 文件以 UTF-8 BOM 开头，Excel 可直接打开", HelpName = "FILE" };
        var perRecord = new Option<string?>("--per-record") { Description = "html 格式：每条记录一份评分报告，写入此文件夹", HelpName = "DIR" };
        var encoding = new Option<string>("--encoding") { Description = "csv 文件的编码：utf-8（默认，带 BOM）或 gb18030（旧版 Excel）", DefaultValueFactory = _ => "utf-8" };
        encoding.AcceptOnlyFromAmong("utf-8", "gb18030");
        var percent = new Option<string?>("--percent") { Description = "不带 % 的百分比数据如何读：ratio（0.9687 即 96.87%）或 percent（96.87 即 96.87%）；优先于方案中的「百分比数据」" };
        percent.AcceptOnlyFromAmong("ratio", "percent");
        var interpret = new Option<bool>("--interpret") { Description = "用解释器计分，不编译计分器（结果与编译的计分器逐字节相同）" };
        var sheet = new Option<string?>("--sheet") { Description = "数据是 Excel 工作簿时读取的工作表（默认第一个可见的工作表）", HelpName = "NAME" };
        var strictColumns = new Option<bool>("--strict-columns") { Description = "方案不读取的列也当作记录错误（默认只提示一次并忽略）" };
        var headerRow = new Option<int?>("--header-row") { Description = "表头所在的行号（从 1 起）；不给时在前 20 行中找含记录编号（或 id）列或方案字段的一行，其上的标题行跳过", HelpName = "N" };
        var command = new Command("score", "按方案为每条评价数据计分") { scheme, data, format, outFile, perRecord, encoding, percent, interpret, sheet, strictColumns, headerRow };
        command.SetAction(parse =>
        {
            if (parse.GetValue(perRecord) is not null && (parse.GetValue(format) != OutputFormat.Html || parse.GetValue(outFile) is not null))
            {
                return UsageErrors.Write(error, ["--per-record 只用于 --format html（每条记录一份评分报告），且不与 --out 同用。"], parse.CommandResult);
            }

            var workbook = parse.GetValue(format) == OutputFormat.Xlsx;
            if (workbook && (parse.GetValue(outFile) is null || parse.GetValue(perRecord) is not null))
            {
                return UsageErrors.Write(error, ["--format xlsx 写的是 Excel 工作簿（二进制文件），不能输出到屏幕：请用 --out FILE 指定文件，如 --out 结果.xlsx。"], parse.CommandResult);
            }

            var word = parse.GetValue(format) == OutputFormat.Docx;
            if (word && parse.GetValue(outFile) is null)
            {
                return UsageErrors.Write(error, ["--format docx 写的是 Word 文档（二进制文件），不能输出到屏幕：请用 --out FILE 指定文件，如 --out 评分报告.docx。"], parse.CommandResult);
            }

            if (parse.GetValue(encoding) != "utf-8" && parse.GetValue(format) != OutputFormat.Csv)
            {
                return UsageErrors.Write(error, ["--encoding 只用于 --format csv。"], parse.CommandResult);
            }

            if (parse.GetValue(headerRow) is < 1)
            {
                return UsageErrors.Write(error, ["--header-row 应是不小于 1 的行号。"], parse.CommandResult);
            }

            if (!CleanScheme.TryCompile(parse.GetValue(scheme)!, error, out var compilation, out var bound))
            {
                return SchemeLangCli.Failure;
            }

            PercentReading? reading = parse.GetValue(percent) switch
            {
                "ratio" => PercentReading.Ratio,
                "percent" => PercentReading.Percent,
                _ => null,
            };
            var evaluator = new Evaluator(compilation, reading);
            var options = new DataReadOptions { Sheet = parse.GetValue(sheet), HeaderRow = parse.GetValue(headerRow), SchemeKeys = [.. evaluator.Plan.Slots.Select(slot => slot.Key)] };
            if (!DataFileReader.TryOpen(parse.GetValue(data)!, options, out var file, out var fileError))
            {
                error.WriteLine($"错误：{fileError}");
                return SchemeLangCli.Failure;
            }

            using (file)
            {
                if (file.Notice is { } notice)
                {
                    error.WriteLine(notice);
                }

                var fingerprint = CompiledScorers.Sha256(bound.Source.Text);
                foreach (var stamp in file.Stamps.Where(stamp => stamp.Fingerprint != fingerprint))
                {
                    error.WriteLine($"警告：工作簿「{stamp.Path}」是用方案「{stamp.SchemeName}」（{(stamp.Year.Length > 0 ? $"{stamp.Year}年度" : "未写年度")}）的填报模板填写的，与本方案不同（方案指纹不一致），请确认方案与数据对应；照常计分。");
                }

                IRecordScorer scorer = parse.GetValue(interpret)
                    ? evaluator.Interpreter
                    : CompiledScorers.Load(evaluator.Plan, bound, reading);
                string[] inputs = [.. options.SchemeKeys];
                var columns = new RecordColumns(inputs, parse.GetValue(strictColumns));
                string[] identityColumns = [.. RecordColumns.Identity.Where(file.Records.Columns.Contains)];
                using var target = parse.GetValue(outFile) is { } path ? AtomicOutputFile.Create(path) : null;
                int exit;
                using (var results = target is null || workbook || word ? null : ResultText(target.Stream, parse.GetValue(format), parse.GetValue(encoding)!))
                {
                    using (IResultWriter writer = parse.GetValue(perRecord) is { } directory
                        ? new HtmlReportFolderWriter(directory, bound, output)
                        : parse.GetValue(format) switch
                        {
                            OutputFormat.Xlsx => new ResultWorkbookWriter(target!.Stream, bound, identityColumns, inputs),
                            OutputFormat.Docx => new WordReportWriter(target!.Stream, bound, error),
                            var text => CreateWriter(text, results ?? output, bound, identityColumns),
                        })
                    {
                        var pipeline = new ScoringPipeline(
                            record =>
                            {
                                var (data, identity) = columns.Split(record);
                                return scorer.Score(data) with { Identity = identity, Inputs = workbook ? data.Fields : null };
                            },
                            writer,
                            error,
                            new BatchCounts(bound),
                            terminal is null ? null : new ProgressLine(terminal),
                            scorer.HasFastPath ? (record, scores) =>
                            {
                                var (data, identity) = columns.Split(record);
                                return scorer.TryScoreQuickly(data, scores.Span, out var card) ? new ScoreRow(data.Id, identity, card, scores, scorer.Plan) : null;
                            } : null,
                            scorer.Plan.Indicators.Length);
                        using var interruption = Interruption.Watch();
                        exit = pipeline.Run(file.Records, interruption.Token);
                        if (interruption.Token.IsCancellationRequested)
                        {
                            error.WriteLine(target is null ? "已中断：已读到的记录计分并输出完毕，其余记录未读。" : $"已中断：结果文件 {parse.GetValue(outFile)} 未写出（只会有部分记录）。");
                            return SchemeLangCli.Interrupted;
                        }
                    }
                }

                if (columns.Notice() is { } ignored)
                {
                    error.WriteLine(ignored);
                }

                if (target is not null)
                {
                    target.Commit();
                    output.WriteLine($"已生成 {parse.GetValue(outFile)}");
                }

                return exit;
            }
        });
        return command;
    }

    /// <summary>
    /// The text of a results file: CSV with a byte order mark, so Chinese Excel and WPS read it as UTF-8 (or in GB18030
    /// for an old Excel that reads nothing else); JSON and HTML in plain UTF-8.
    /// </summary>
    private static StreamWriter ResultText(Stream stream, OutputFormat format, string encoding) => new(stream, (format, encoding) switch
    {
        (OutputFormat.Csv, "gb18030") => DataFileEncoding.Gb18030Writer,
        (OutputFormat.Csv, _) => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        _ => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    }, bufferSize: 1 << 16, leaveOpen: true);

    /// <param name="identity">The identity columns the data file has, which a CSV carries after the id.</param>
    public static IResultWriter CreateWriter(OutputFormat format, TextWriter output, BoundScheme scheme, IReadOnlyList<string> identity) => format switch
    {
        OutputFormat.Csv => new CsvResultWriter(output, [.. scheme.AllIndicators.Select(indicator => (indicator.Key, indicator.KeyedName))], identity),
        OutputFormat.Html => new HtmlReportWriter(output, scheme),
        OutputFormat.Json => new JsonResultWriter(output),
        _ => throw new UnreachableException($"score has no {format} output"),
    };
}
