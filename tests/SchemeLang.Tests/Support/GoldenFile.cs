namespace SchemeLang.Tests.Support;

/// <summary>
/// A reviewed golden file: the text must match it line by line, and the first line that differs is shown. With
/// SCHEMELANG_ACCEPT=1 the file is rewritten first, for a deliberate change whose diff is then reviewed.
/// </summary>
internal static class GoldenFile
{
    public static void Matches(string folder, string file, string actual)
    {
        var golden = Path.Combine(folder, file);
        if (Environment.GetEnvironmentVariable("SCHEMELANG_ACCEPT") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"no golden file {file}; run the tests with SCHEMELANG_ACCEPT=1 and review it");
        var expected = File.ReadAllText(golden).Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expected.Length, lines.Length); i++)
        {
            Assert.True(expected[i] == lines[i], $"{file} line {i + 1} differs:\n  golden: {expected[i]}\n  now:    {lines[i]}");
        }

        Assert.Equal(expected.Length, lines.Length);
    }
}
