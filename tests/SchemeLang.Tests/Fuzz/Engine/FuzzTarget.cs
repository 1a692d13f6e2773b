using System.Text;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties.Generators;

namespace SchemeLang.Tests.Fuzz.Engine;

/// <summary>
/// What the fuzzers run that only the CLI can do: rendering diagnostics as `check` prints them, and reading a data
/// file and writing its results as `score` does. The test project calls the CLI's internals directly; the bench,
/// which cannot see them, runs the `schemelang` command in-process.
/// </summary>
public interface IFuzzHost
{
    void Render(FuzzCase fuzzCase, SchemeCompilation compilation);

    void ScoreDataFile(FuzzExample example, byte[] data, bool csv);
}

/// <summary>What a case reached: a clean compile, scored records, 测试 blocks, and any broken score invariant.</summary>
public sealed record FuzzOutcome(bool CompiledClean, int RecordsScored, int TestsRun, IReadOnlyList<string> Violations)
{
    public static FuzzOutcome Nothing { get; } = new(false, 0, 0, []);
}

/// <summary>Runs one case through the pipeline. Any exception that escapes is a crash.</summary>
public static class FuzzTarget
{
    public static FuzzOutcome Run(FuzzCase fuzzCase, IFuzzHost host)
    {
        switch (fuzzCase.Kind)
        {
            case FuzzKind.SchemeSlice or FuzzKind.SchemeWhole or FuzzKind.Generated:
                return Scheme(fuzzCase, SchemeEngine.Compile(fuzzCase.Text!, "fuzz.scheme"), host);
            case FuzzKind.SchemeBytes:
                return Scheme(fuzzCase, SchemeEngine.Compile(fuzzCase.Bytes!, "fuzz.scheme"), host);
            case FuzzKind.DataJson or FuzzKind.DataCsv:
                host.ScoreDataFile(fuzzCase.Example, Encoding.UTF8.GetBytes(fuzzCase.Text!), fuzzCase.Kind == FuzzKind.DataCsv);
                return FuzzOutcome.Nothing;
            default:
                var violations = new List<string>();
                foreach (var record in fuzzCase.Records)
                {
                    var data = new DataRecord("r1", record);
                    violations.AddRange(ScoreInvariants.Check(fuzzCase.Example.SchemeCompilation.Scheme!, data, fuzzCase.Example.Score(data)));
                }

                return new FuzzOutcome(false, fuzzCase.Records.Count, 0, violations);
        }
    }

    private static FuzzOutcome Scheme(FuzzCase fuzzCase, SchemeCompilation compilation, IFuzzHost host)
    {
        host.Render(fuzzCase, compilation);
        var records = fuzzCase.Records;
        if (compilation.HasErrors || compilation.Scheme is null)
        {
            return FuzzOutcome.Nothing;
        }

        var score = SchemeEngine.Scorer(compilation);
        var violations = new List<string>();
        foreach (var record in records)
        {
            var data = new DataRecord("r1", record);
            violations.AddRange(ScoreInvariants.Check(compilation.Scheme, data, score(data)));
        }

        var tests = SchemeEngine.RunTests(compilation);
        return new FuzzOutcome(true, records.Count, tests.Count, violations);
    }
}

/// <summary>A crash seen from outside: the CLI's own handler printed "Unhandled exception:" with this type and stack.</summary>
public sealed class ReportedCrash(string typeName, string message, string stackTrace) : Exception(message)
{
    public string TypeName { get; } = typeName;

    public override string StackTrace { get; } = stackTrace;

    /// <summary>Reads the CLI's error output; null when it holds no unhandled exception.</summary>
    public static ReportedCrash? FromCliError(string error)
    {
        const string header = "Unhandled exception: ";
        var at = error.IndexOf(header, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var lines = error[(at + header.Length)..].Split('\n');
        var first = lines[0];
        var colon = first.IndexOf(": ", StringComparison.Ordinal);
        var typeName = colon < 0 ? first.Trim() : first[..colon];
        return new ReportedCrash(typeName, colon < 0 ? first : first[(colon + 2)..], string.Join('\n', lines.Skip(1)));
    }

    public override string ToString() => $"{TypeName}: {Message}\n{StackTrace}";
}
