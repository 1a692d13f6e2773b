using System.Diagnostics;
using System.Globalization;
using SchemeLang.Cli.Output.Workbook;

namespace SchemeLang.Fuzz;

/// <summary>
/// `xlsx [N]`: the issue's workbook target, N rows (100,000 unless given) of example 004 typed into a workbook —
/// percentages as percent-formatted numbers, money and counts as numbers, 是/否 as text, varied as
/// bench/score-memory/generate-004-data.sh varies them — scored by `schemelang score … --format xlsx --out` in a fresh
/// process (the scorer cache warmed by a first run of one row): wall time, CPU time, peak working set. Target: 100,000
/// rows in 15 s and 500 MB.
/// </summary>
internal static class WorkbookRun
{
    private static readonly string[] Fields =
    [
        "综合参保率", "单位缴费基数总额", "在职职工参保人数", "当地全口径月社平工资", "基金征缴率", "预算收入", "决算收入", "预算支出", "决算支出",
        "回收问卷数", "有帮助问卷数", "参保人员满意度", "A11", "A21.1", "A21.2", "A21.3", "B11.1", "B11.2", "B11.3", "B21.1", "B21.2", "B21.3",
        "B21.4", "B31.1", "B41.1", "B41.2", "B41.3", "B51.1", "B51.2", "C41", "C51.1", "D21",
    ];

    public static int Run(string examples, int rows)
    {
        var directory = Directory.CreateTempSubdirectory("schemelang-xlsx-").FullName;
        try
        {
            var scheme = Path.Combine(examples, "004-huaning-employee-insurance.scheme");
            var warm = Path.Combine(directory, "warm.xlsx");
            var data = Path.Combine(directory, "data.xlsx");
            Write(warm, 1);
            var clock = Stopwatch.StartNew();
            Write(data, rows);
            Console.WriteLine($"输入工作簿：{rows:N0} 行，{new FileInfo(data).Length >> 20} MB，生成用时 {clock.Elapsed.TotalSeconds:F1} s");
            Child(["score", scheme, "--data", warm, "--format", "xlsx", "--out", Path.Combine(directory, "warm-out.xlsx")]);
            var line = Child(["score", scheme, "--data", data, "--format", "xlsx", "--out", Path.Combine(directory, "out.xlsx")]);
            var seconds = double.Parse(line[1], CultureInfo.InvariantCulture);
            var megabytes = long.Parse(line[3], CultureInfo.InvariantCulture);
            Console.WriteLine($"xlsx→xlsx {rows:N0} 行：墙钟 {line[1]} s，CPU {line[2]} s，峰值内存 {line[3]} MB，结果 {new FileInfo(Path.Combine(directory, "out.xlsx")).Length >> 20} MB（退出码 {line[0]}）");
            var met = line[0] == "0" && seconds <= 15 && megabytes <= 500;
            Console.WriteLine(met ? "达到目标（≤ 15 s，≤ 500 MB）" : "未达目标（≤ 15 s，≤ 500 MB）");
            return met ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string[] Child(string[] command)
    {
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["scale-child", .. command]) { RedirectStandardOutput = true })!;
        var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
        child.WaitForExit();
        return line;
    }

    /// <summary>The data workbook, written with the results workbook's own streaming writer.</summary>
    private static void Write(string path, int rows)
    {
        using var sheet = new SheetRows("填报");
        sheet.BeginRow();
        sheet.Text("记录编号", ResultStyles.Header);
        foreach (var field in Fields)
        {
            sheet.Text(field, ResultStyles.Header);
        }

        sheet.EndRow();
        for (var i = 1; i <= rows; i++)
        {
            sheet.BeginRow();
            sheet.Text($"r{i}");
            sheet.Number((85m + (i * 7 % 2100 / 100m)) / 100m, ResultStyles.Percent);
            sheet.Number(700000000m + (i * 7919L % 150000000), ResultStyles.Default);
            sheet.Number(11000 + (i % 1500), ResultStyles.Default);
            sheet.Number(6906m, ResultStyles.Default);
            sheet.Number((90m + (i * 13 % 1500 / 100m)) / 100m, ResultStyles.Percent);
            sheet.Number(94767246.66m, ResultStyles.Default);
            sheet.Number(80000000m + (i * 104729L % 20000000), ResultStyles.Default);
            sheet.Number(104100094.66m, ResultStyles.Default);
            sheet.Number(85000000m + (i * 15485863L % 25000000), ResultStyles.Default);
            sheet.Number(437, ResultStyles.Default);
            sheet.Number(i * 31 % 438, ResultStyles.Default);
            sheet.Number((50m + (i * 17 % 5001 / 100m)) / 100m, ResultStyles.Percent);
            for (var f = 13; f <= 23; f++)
            {
                sheet.Text((i + f) % 7 == 0 ? "否" : "是");
            }

            for (var f = 24; f <= 29; f++)
            {
                sheet.Number((i + f) % 4 == 0 ? 1 : 0, ResultStyles.Default);
            }

            sheet.Text(i % 5 == 0 ? "否" : "是");
            sheet.Number(i % 3, ResultStyles.Default);
            sheet.Text(i % 9 == 0 ? "否" : "是");
            sheet.EndRow();
        }

        using var file = File.Create(path);
        WorkbookPackage.Write(file, [new SheetLayout(sheet, [])], ResultStyles.Part(2));
    }
}
