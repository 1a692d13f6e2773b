using System.Text;
using CsCheck;
using SchemeLang.Tests.Properties.Generators;

namespace SchemeLang.Tests.Fuzz.Engine;

public enum FuzzKind
{
    /// <summary>An example's header and data section with a run of its indicator lines, mutated.</summary>
    SchemeSlice,

    /// <summary>A whole example, lightly mutated: these still check clean often enough to be scored and tested.</summary>
    SchemeWhole,

    /// <summary>A slice as UTF-8 bytes, damaged at the byte level.</summary>
    SchemeBytes,

    /// <summary>An example's data file (JSON), mutated, through the CLI's data reading and scoring.</summary>
    DataJson,

    /// <summary>The same records as CSV, mutated.</summary>
    DataCsv,

    /// <summary>An example's records, mutated, straight through the evaluator.</summary>
    Record,

    /// <summary>
    /// A random scheme from the property tests' generator (relative weights, 不适用 重新分配, every rule kind — what the
    /// bundled examples never use), mutated, with records from its record generator.
    /// </summary>
    Generated,
}

/// <summary>One fuzz input. <see cref="Text"/> is a scheme, JSON or CSV text; <see cref="Bytes"/> a damaged file.</summary>
public sealed record FuzzCase(long Index, FuzzKind Kind, FuzzExample Example, string? Text, byte[]? Bytes, IReadOnlyList<Dictionary<string, string>> Records, IReadOnlyList<string> Mutations)
{
    /// <summary>A readable account of the case, with every character that a terminal would hide written as \uXXXX.</summary>
    public string Describe()
    {
        var text = new StringBuilder($"用例 #{Index}（{Kind}，{Example.Name}；变异：{string.Join("、", Mutations)}）\n");
        if (Text is not null)
        {
            text.Append(Escape(Text)).Append('\n');
        }

        if (Bytes is not null)
        {
            text.Append(Convert.ToHexString(Bytes.Take(4096).ToArray())).Append(Bytes.Length > 4096 ? "…\n" : "\n");
        }

        foreach (var record in Records)
        {
            text.Append("记录：{ ").Append(string.Join("，", record.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{Escape(f.Key)} = \"{Escape(f.Value)}\""))).Append(" }\n");
        }

        return text.ToString();
    }

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n' || (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029' or '\u0085' or '\u202e' or '\ufeff')))
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append($"\\u{(int)c:X4}");
            }
        }

        return escaped.ToString();
    }

    /// <summary>Writes the case as files a developer can feed to the CLI; returns the main file's path.</summary>
    public string Save(string directory, string stem)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, stem + ".txt"), Describe());
        switch (Kind)
        {
            case FuzzKind.SchemeBytes:
                File.WriteAllBytes(Path.Combine(directory, stem + ".scheme"), Bytes!);
                return Path.Combine(directory, stem + ".scheme");
            case FuzzKind.SchemeSlice or FuzzKind.SchemeWhole or FuzzKind.Generated:
                File.WriteAllText(Path.Combine(directory, stem + ".scheme"), Text!);
                return Path.Combine(directory, stem + ".scheme");
            case FuzzKind.DataJson or FuzzKind.DataCsv:
                var data = Path.Combine(directory, stem + (Kind == FuzzKind.DataCsv ? ".csv" : ".json"));
                File.WriteAllText(data, Text!);
                File.WriteAllText(Path.Combine(directory, stem + ".scheme"), Example.SchemeText);
                return data;
            default:
                var records = Path.Combine(directory, stem + ".data.json");
                File.WriteAllText(records, System.Text.Json.JsonSerializer.Serialize(
                    Records.Select((record, i) => new Dictionary<string, string>(record) { ["id"] = $"r{i + 1}" }),
                    new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                File.WriteAllText(Path.Combine(directory, stem + ".scheme"), Example.SchemeText);
                return records;
        }
    }
}

/// <summary>Makes case N of a seed: which kind, which example, which mutations — all from that case's own random source.</summary>
public sealed class FuzzCaseFactory(FuzzCorpus corpus, FuzzMix mix)
{
    private readonly string[] _donors = [.. corpus.Examples.Select(example => example.SchemeText)];

    public FuzzCase Make(ulong seed, long index)
    {
        var random = FuzzRandom.ForCase(seed, index);
        var kind = mix.Pick(random);
        var example = random.Pick(corpus.Examples);
        var log = new List<string>();
        var mutations = random.Between(1, 4);
        switch (kind)
        {
            case FuzzKind.SchemeSlice:
                return new FuzzCase(index, kind, example, Mutators.MutateText(Slice(example, random), random, mutations, _donors, log), null, MutatedRecords(example, random, 2), log);
            case FuzzKind.SchemeWhole:
                // One or two edits keep a whole example clean often enough to reach the evaluator and the 测试 blocks.
                var whole = random.Chance(0.25) ? example.SchemeText : example.Uncommented;
                return new FuzzCase(index, kind, example, Mutators.MutateText(whole, random, random.Between(1, 2), _donors, log), null, MutatedRecords(example, random, 3), log);
            case FuzzKind.SchemeBytes:
                var bytes = Encoding.UTF8.GetBytes(Slice(example, random));
                return new FuzzCase(index, kind, example, null, Mutators.MutateBytes(bytes, random, mutations, log), [], log);
            case FuzzKind.DataJson:
                return new FuzzCase(index, kind, example, Mutators.MutateJson(example.DataJson, random, mutations, log), null, [], log);
            case FuzzKind.DataCsv:
                var csv = Mutators.ToCsv([.. example.Records.Select(r => (r.Id, (IReadOnlyDictionary<string, string>)Mutators.MutateRecord(r.Fields, example.InputKeys, random, random.Next(3), log)))]);
                return new FuzzCase(index, kind, example, Mutators.MutateCsv(csv, random, mutations, log), null, [], log);
            case FuzzKind.Generated:
                var pcg = new PCG(1, random.NextUInt64());
                var scheme = GeneratedSchemes.Generate(pcg, null!, out _);
                var records = RecordGen.For(scheme).Array[2].Generate(pcg, null!, out _)
                    .Select(record => Mutators.MutateRecord(record.Fields, [], random, random.Next(2), log)).ToList();
                return new FuzzCase(index, kind, example, Mutators.MutateText(scheme.Text, random, random.Between(0, 3), _donors, log), null, records, log);
            default:
                return new FuzzCase(index, kind, example, null, null, MutatedRecords(example, random, random.Between(1, 2)), log);
        }
    }

    private static readonly Gen<SchemeModel> GeneratedSchemes = SchemeGen.Scheme(SchemeOptions.Everything);

    private static string Slice(FuzzExample example, FuzzRandom random)
    {
        var lines = example.Lines;
        var bodyStart = example.PreludeLength;
        var start = bodyStart + random.Next(Math.Max(1, lines.Length - bodyStart));
        var length = random.Between(1, 20);
        // The whole header and data section half the time; else some of its lines (names go undefined, which the
        // binder must report), or a prefix of it.
        var prelude = random.Next(10) switch
        {
            < 5 => lines.Take(bodyStart),
            < 8 => lines.Take(bodyStart).Where(_ => random.Chance(0.3)),
            _ => lines.Take(random.Next(bodyStart + 1)),
        };
        return string.Join('\n', prelude.Concat(lines.Skip(start).Take(length)));
    }

    private static List<Dictionary<string, string>> MutatedRecords(FuzzExample example, FuzzRandom random, int count)
    {
        var records = new List<Dictionary<string, string>>();
        for (var i = 0; i < count && example.Records.Count > 0; i++)
        {
            var log = new List<string>();
            records.Add(Mutators.MutateRecord(random.Pick(example.Records).Fields, example.InputKeys, random, random.Between(0, 4), log));
        }

        return records;
    }
}

/// <summary>How often each kind of case is made (weights; 0 leaves a kind out).</summary>
public sealed record FuzzMix(int SchemeSlice, int SchemeWhole, int SchemeBytes, int DataJson, int DataCsv, int Record, int Generated)
{
    /// <summary>
    /// Weighted towards what is cheap in a Debug build: a slice takes ~2–4 ms to check, a whole example or a generated
    /// scheme ~10–30 ms, a record ~0.2 ms to score.
    /// </summary>
    public static FuzzMix Smoke { get; } = new(SchemeSlice: 28, SchemeWhole: 1, SchemeBytes: 10, DataJson: 24, DataCsv: 16, Record: 121, Generated: 4);

    /// <summary>For long runs in Release: more of the expensive, more revealing scheme cases.</summary>
    public static FuzzMix Bench { get; } = new(SchemeSlice: 30, SchemeWhole: 3, SchemeBytes: 10, DataJson: 12, DataCsv: 8, Record: 37, Generated: 6);

    public FuzzKind Pick(FuzzRandom random)
    {
        var weights = new[] { SchemeSlice, SchemeWhole, SchemeBytes, DataJson, DataCsv, Record, Generated };
        var draw = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if (draw < weights[i])
            {
                return (FuzzKind)i;
            }

            draw -= weights[i];
        }

        return FuzzKind.Record;
    }
}
