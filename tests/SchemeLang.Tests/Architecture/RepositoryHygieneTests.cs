using System.Diagnostics;
using System.Text;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Architecture;

/// <summary>
/// What `git ls-files` holds: no merge-conflict markers in a text file (an author copies the README's blocks), and no file
/// over 1 MB unless it is a deliberate fixture named in <see cref="LargeFixtures"/> (profiler output was once committed).
/// </summary>
public class RepositoryHygieneTests
{
    private const long MaxFileBytes = 1024 * 1024;

    /// <summary>Tracked files allowed over <see cref="MaxFileBytes"/>, by repository path: none today.</summary>
    private static readonly string[] LargeFixtures = [];

    // Built, not written, so this file does not hold the markers it looks for.
    private static readonly string[] ConflictMarkers = [new string('<', 7), new string('>', 7), new string('|', 7)];

    [Fact]
    public void No_tracked_text_file_holds_a_merge_conflict_marker()
    {
        var offenders = new List<string>();
        foreach (var path in TrackedFiles())
        {
            var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, path));
            if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8000)) >= 0)
            {
                continue; // binary, as git itself decides
            }

            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            offenders.AddRange(lines
                .Select((line, index) => (Line: line.TrimEnd('\r'), Number: index + 1))
                .Where(line => ConflictMarkers.Any(marker => line.Line == marker || line.Line.StartsWith(marker + " ", StringComparison.Ordinal)))
                .Select(line => $"{path}:{line.Number}"));
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_tracked_file_is_over_a_megabyte_unless_it_is_a_listed_fixture()
    {
        var large = TrackedFiles()
            .Where(path => new FileInfo(Path.Combine(Repository.Root, path)).Length > MaxFileBytes)
            .Except(LargeFixtures, StringComparer.Ordinal)
            .ToArray();

        Assert.Empty(large);
    }

    [Fact]
    public void The_listing_sees_the_repository()
    {
        var tracked = TrackedFiles();

        Assert.Contains("README.md", tracked);
        Assert.Contains("tests/SchemeLang.Tests/Architecture/RepositoryHygieneTests.cs", tracked);
    }

    /// <summary>Tracked files that exist in the work tree, as repository paths with forward slashes.</summary>
    private static string[] TrackedFiles()
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { "ls-files", "-z" })
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEndAsync();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git ls-files failed: {error.Result}");
        return [.. output.Result.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(path => File.Exists(Path.Combine(Repository.Root, path)))];
    }
}
