using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using SchemeLang.Cli;
using SchemeLang.Cli.Scorers;
using SchemeLang.Emit.Generation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// `schemelang build`, and `score` on the compiled scorer against `score --interpret`: the same bytes out, in this
/// process for every example (the second format of each reads the scorer the first cached), and in a fresh process that
/// builds, caches and loads the DLL from disk.
/// </summary>
public class BuildCommandTests : CliHarness
{
    public static TheoryData<string> ExampleNames() => Examples.ExampleTests.ExampleNames();

    private static string SchemePath(string name) => Path.Combine(Repository.Examples, name + ".scheme");

    private static string DataPath(string name) => Path.Combine(Repository.Examples, name + ".data.json");

    [Fact]
    public void Build_writes_the_dll_its_pdb_and_docs_the_runtime_and_on_request_the_source()
    {
        var (exit, output, error) = Run("build", SchemePath("004-huaning-employee-insurance"), "--out", Directory, "--emit-source");

        Assert.True(exit == SchemeLangCli.Success, error);
        const string stem = "华宁县城镇职工基本医疗保险绩效评价";
        Assert.Contains(stem + ".dll", output);
        foreach (var file in new[] { stem + ".dll", stem + ".pdb", stem + ".xml", stem + ".cs", "SchemeLang.Runtime.dll", "SchemeLang.Runtime.pdb", "SchemeLang.Runtime.xml" })
        {
            Assert.True(File.Exists(Path.Combine(Directory, file)), file);
        }

        Assert.Contains("<member name=\"P:华宁县城镇职工基本医疗保险绩效评价.Input.综合参保率\">", File.ReadAllText(Path.Combine(Directory, stem + ".xml")));
    }

    /// <summary>This test project is a Debug build, and so is the runtime it loads; the one beside a scorer is still Release.</summary>
    [Fact]
    public void The_runtime_beside_the_scorer_is_an_optimised_build_with_its_docs()
    {
        var (exit, _, error) = Run("build", SchemePath("003-baojing-department"), "--out", Directory);

        Assert.True(exit == SchemeLangCli.Success, error);
        var context = new AssemblyLoadContext("build-runtime", isCollectible: true);
        try
        {
            var runtime = context.LoadFromAssemblyPath(Path.Combine(Directory, "SchemeLang.Runtime.dll"));
            Assert.False(runtime.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled ?? false, "the runtime beside the scorer is a Debug build");
            Assert.Equal(typeof(SchemePlan).Assembly.GetName().Version, runtime.GetName().Version);
        }
        finally
        {
            context.Unload();
        }

        Assert.Contains("<name>SchemeLang.Runtime</name>", File.ReadAllText(Path.Combine(Directory, "SchemeLang.Runtime.xml")));
    }

    [Fact]
    public void Without_emit_source_no_cs_file_is_written()
    {
        var (exit, _, error) = Run("build", SchemePath("003-baojing-department"), "--out", Directory);

        Assert.True(exit == SchemeLangCli.Success, error);
        Assert.Empty(System.IO.Directory.GetFiles(Directory, "*.cs"));
    }

    [Fact]
    public void The_assembly_carries_the_schemes_name_year_and_source_hash()
    {
        var path = SchemePath("004-huaning-employee-insurance");
        Run("build", path, "--out", Directory);

        var context = new AssemblyLoadContext("build-metadata", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.Combine(Directory, "华宁县城镇职工基本医疗保险绩效评价.dll"));
            var metadata = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(attribute => attribute.Key, attribute => attribute.Value);
            Assert.Equal("2023年华宁县城镇职工基本医疗保险绩效评价", metadata[ScorerBuilder.SchemeKey]);
            Assert.Equal("2023", metadata[ScorerBuilder.YearKey]);
            Assert.Equal(CompiledScorers.Sha256(File.ReadAllText(path)), metadata[ScorerBuilder.SourceHashKey]);
            Assert.Equal(new Version(2023, 0, 0, 0), assembly.GetName().Version);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void A_scheme_with_errors_builds_nothing()
    {
        var scheme = WriteFile("bad.scheme", ValidScheme.Replace("A 决策 5分", "A 决策 6分", StringComparison.Ordinal));

        var (exit, _, error) = Run("build", scheme, "--out", Path.Combine(Directory, "out"));

        Assert.Equal(SchemeLangCli.Failure, exit);
        Assert.Contains("SL3002", error);
        Assert.False(System.IO.Directory.Exists(Path.Combine(Directory, "out")));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Score_gives_the_same_bytes_compiled_and_interpreted(string name)
    {
        foreach (var format in new[] { "json", "csv" })
        {
            var compiled = Run("score", SchemePath(name), "--data", DataPath(name), "--format", format);
            var interpreted = Run("score", SchemePath(name), "--data", DataPath(name), "--format", format, "--interpret");
            Assert.Equal(interpreted, compiled);
        }
    }

    /// <summary>
    /// One fresh process with an empty cache of its own: it builds the scorer, writes it to the cache, loads it from disk
    /// and scores as the interpreter does. (Every example's agreement, and the cache hit, are tested in this process.)
    /// </summary>
    [Fact]
    public void A_separate_process_builds_caches_and_loads_the_scorer_and_agrees_with_the_interpreter()
    {
        const string name = "004-huaning-employee-insurance";
        var interpreted = Run("score", SchemePath(name), "--data", DataPath(name), "--interpret");
        var cache = Path.Combine(Directory, "cache");

        var compiled = RunProcess(cache, "score", SchemePath(name), "--data", DataPath(name));

        Assert.Equal((interpreted.Exit, interpreted.Output), compiled);
        Assert.Single(System.IO.Directory.GetDirectories(cache));
        Assert.Single(System.IO.Directory.GetFiles(System.IO.Directory.GetDirectories(cache)[0], "*.dll"));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_costs_only_the_reuse()
    {
        const string name = "004-huaning-employee-insurance";
        var notAFolder = WriteFile("cache", "a file where the cache folder would be");
        var interpreted = Run("score", SchemePath(name), "--data", DataPath(name), "--interpret");

        var compiled = RunProcess(notAFolder, "score", SchemePath(name), "--data", DataPath(name));

        Assert.Equal((interpreted.Exit, interpreted.Output), compiled);
    }

    private static (int Exit, string Output) RunProcess(string cache, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "schemelang.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[CompiledScorers.CacheVariable] = cache;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result);
    }
}
