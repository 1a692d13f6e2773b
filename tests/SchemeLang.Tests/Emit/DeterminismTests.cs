using SchemeLang.Emit.Generation;
using SchemeLang.Evaluation;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>The same scheme gives the same bytes: C#, DLL, PDB and XML docs, built twice and from another folder.</summary>
[Collection(nameof(WorkingDirectoryCollection))]
public class DeterminismTests
{
    public static TheoryData<string> ExampleNames() => Examples.ExampleTests.ExampleNames();

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Every_example_builds_to_identical_bytes_twice_and_from_another_folder(string name)
    {
        var path = Path.Combine(Repository.Examples, name + ".scheme");
        var first = Build(path);
        var original = Environment.CurrentDirectory;
        var elsewhere = Directory.CreateTempSubdirectory("schemelang-determinism-").FullName;
        BuiltScorer second;
        try
        {
            Environment.CurrentDirectory = elsewhere;
            File.Copy(path, Path.Combine(elsewhere, "copy.scheme"));
            second = Build(Path.Combine(elsewhere, "copy.scheme"));
        }
        finally
        {
            Environment.CurrentDirectory = original;
            Directory.Delete(elsewhere, recursive: true);
        }

        Assert.True(first.Compiled.Succeeded, string.Join("\n", first.Compiled.Errors));
        Assert.Equal(first.Source, second.Source);
        Assert.Equal(first.Compiled.Dll, second.Compiled.Dll);
        Assert.Equal(first.Compiled.Pdb, second.Compiled.Pdb);
        Assert.Equal(first.Compiled.XmlDoc, second.Compiled.XmlDoc);
    }

    private static BuiltScorer Build(string path)
    {
        var compilation = SchemeCompilation.FromFile(path);
        return ScorerBuilder.Build(new Evaluator(compilation).Plan, SchemeLang.Cli.Scorers.CompiledScorers.Sha256(compilation.Scheme!.Source.Text));
    }
}
