using System.Text.Json;
using System.Text.RegularExpressions;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties.Generators;

namespace SchemeLang.Tests.Fuzz.Engine;

/// <summary>One bundled example: its scheme (checked clean), its data records and the inputs its scheme accepts.</summary>
public sealed partial class FuzzExample
{
    private FuzzExample(string name, string schemeText, string dataJson, IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Fields)> records, SchemeCompilation compilation)
    {
        Name = name;
        SchemeText = schemeText;
        DataJson = dataJson;
        Records = records;
        SchemeCompilation = compilation;
        Score = SchemeEngine.Scorer(compilation);
        InputKeys = [.. InputCatalog.For(compilation.Scheme!).Keys.Order(StringComparer.Ordinal)];
        // Comment lines only feed the lexer; slices leave them out to spend the time on what the parser reads.
        Lines = [.. schemeText.Split('\n').Where(line => !line.TrimStart().StartsWith('#'))];
        Uncommented = string.Join('\n', Lines);
        PreludeLength = Math.Max(1, Array.FindIndex(Lines, line => IndicatorLine().IsMatch(line)));
    }

    public string Name { get; }

    public string SchemeText { get; }

    public string DataJson { get; }

    public IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Fields)> Records { get; }

    public SchemeCompilation SchemeCompilation { get; }

    public Func<DataRecord, RecordResult> Score { get; }

    public IReadOnlyList<string> InputKeys { get; }

    public string[] Lines { get; }

    /// <summary>The scheme without its comment lines.</summary>
    public string Uncommented { get; }

    /// <summary>The lines before the first top-level indicator: header, grades, targets, data.</summary>
    public int PreludeLength { get; }

    // A top-level indicator: flush left, ends with its weight.
    [GeneratedRegex(@"^[^\s#].*\d(\.\d+)?\s*(分|%|％)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorLine();

    public static FuzzExample Load(string schemePath)
    {
        var schemeText = File.ReadAllText(schemePath);
        var dataPath = schemePath[..^".scheme".Length] + ".data.json";
        var dataJson = File.Exists(dataPath) ? File.ReadAllText(dataPath) : "[]";
        var compilation = SchemeEngine.Compile(schemeText, Path.GetFileName(schemePath));
        if (compilation.HasErrors)
        {
            throw new InvalidOperationException($"{schemePath} does not check clean");
        }

        return new FuzzExample(Path.GetFileNameWithoutExtension(schemePath), schemeText, dataJson, ReadRecords(dataJson), compilation);
    }

    /// <summary>A data file's records with their fields as the CLI hands them over: numbers in their JSON text, true/false as 是/否.</summary>
    public static List<(string Id, IReadOnlyDictionary<string, string> Fields)> ReadRecords(string json)
    {
        using var document = JsonDocument.Parse(json);
        var records = new List<(string, IReadOnlyDictionary<string, string>)>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var id = "r";
            foreach (var property in element.EnumerateObject())
            {
                var text = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.True => "是",
                    JsonValueKind.False => "否",
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
                if (property.Name == "id")
                {
                    id = text ?? id;
                }
                else if (text is not null)
                {
                    fields[property.Name] = text;
                }
            }

            records.Add((id, fields));
        }

        return records;
    }
}

/// <summary>Every examples/*.scheme with its data file, loaded once.</summary>
public sealed class FuzzCorpus(IReadOnlyList<FuzzExample> examples)
{
    public IReadOnlyList<FuzzExample> Examples { get; } = examples;

    public static FuzzCorpus Load(string examplesDirectory) =>
        new([.. Directory.GetFiles(examplesDirectory, "*.scheme").Order(StringComparer.Ordinal).Select(FuzzExample.Load)]);

    /// <summary>The repository's examples folder, found from <paramref name="start"/> upwards.</summary>
    public static string FindExamples(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SchemeLang.sln")))
            {
                return Path.Combine(directory.FullName, "examples");
            }
        }

        throw new InvalidOperationException($"SchemeLang.sln not found above {start}");
    }
}
