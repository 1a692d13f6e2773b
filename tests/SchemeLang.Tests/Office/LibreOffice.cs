using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Office;

/// <summary>
/// The real office suite of the tests: LibreOffice, headless, converting a file the way a person's copy would open and
/// save it. Each run has a profile of its own in a temporary folder, so runs never share state (or a lock).
/// </summary>
internal static class LibreOffice
{
    private const string Program = "soffice";

    /// <summary>Converts <paramref name="file"/> with LibreOffice's <paramref name="filter"/> (e.g. 「fods」, 「xlsx」) into <paramref name="folder"/>; returns the new file.</summary>
    public static string Convert(string file, string filter, string folder, string? inputFilter = null)
    {
        var printed = Run(file, filter, folder, inputFilter);
        var extension = filter.Split(':')[0];
        var converted = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + "." + extension);
        Assert.True(File.Exists(converted), $"LibreOffice 未能转换 {file}：{printed}");
        return converted;
    }

    /// <summary>
    /// Saves every sheet of <paramref name="file"/> as UTF-8 CSV with each cell as shown (its number format applied),
    /// one file per sheet named after it (「结果-汇总.csv」); returns the rows of each by sheet name.
    /// </summary>
    public static Func<string, string[][]> SheetsAsShown(string file, string folder)
    {
        var printed = Run(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", folder, null);
        return sheet =>
        {
            var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}-{sheet}.csv");
            Assert.True(File.Exists(path), $"LibreOffice 没有写出工作表「{sheet}」：{printed}");
            return [.. File.ReadAllLines(path, System.Text.Encoding.UTF8).Select(line => line.Split(','))];
        };
    }

    private static string Run(string file, string filter, string folder, string? inputFilter)
    {
        var soffice = Find();
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var arguments = new List<string> { $"-env:UserInstallation={profile}", "--headless", "--norestore" };
        if (inputFilter is not null)
        {
            arguments.Add($"--infilter={inputFilter}");
        }

        arguments.AddRange(["--convert-to", filter, "--outdir", folder, file]);
        return ExternalProgram.Run(soffice, TimeSpan.FromMinutes(2), arguments);
    }

    private static string Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, Program))
            .FirstOrDefault(File.Exists);
        Assert.True(path is not null, "没有找到 LibreOffice（soffice）：请安装 libreoffice-calc-nogui 和 libreoffice-writer-nogui（bash tests/run 以 root 运行时会自动安装）");
        return path!;
    }
}
