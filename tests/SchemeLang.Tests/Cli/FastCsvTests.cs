using System.Text.Json.Nodes;
using SchemeLang.Tests.Examples;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// A CSV of scores takes the generated scorer's fast path for its usual records and the full result for the rest; the
/// file must be exactly what the interpreter's (which has no fast path) is, byte for byte, records in file order.
/// </summary>
public sealed class FastCsvTests
{
    [Theory]
    [MemberData(nameof(ExampleTests.ExampleNames), MemberType = typeof(ExampleTests))]
    public void The_csv_of_each_bundled_example_is_the_interpreters(string name)
    {
        var scheme = Path.Combine(Repository.Examples, name + ".scheme");
        var data = Path.Combine(Repository.Examples, name + ".data.json");
        RequireSameCsv(scheme, data);
    }

    /// <summary>
    /// 004's record and variants of it in one file, mixed so that batches hold both kinds: complete ones (fast), and
    /// ones missing a field, out of range, dividing by 0 or with an unknown column (full result or error).
    /// </summary>
    [Fact]
    public void Fast_and_full_records_mixed_in_one_file_come_out_in_order_as_the_interpreter_writes_them()
    {
        var scheme = Path.Combine(Repository.Examples, "004-huaning-employee-insurance.scheme");
        var original = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Examples, "004-huaning-employee-insurance.data.json")))!.AsArray()[0]!;
        var records = new JsonArray();
        for (var i = 0; i < 150; i++)
        {
            var record = (JsonObject)original.DeepClone();
            record["id"] = $"r{i}";
            record["项目名称"] = $"项目{i}";
            switch (i % 6)
            {
                case 1:
                    record.Remove("A11");
                    break;
                case 2:
                    record["参保人员满意度"] = "100.5%";
                    break;
                case 3:
                    record["回收问卷数"] = 0;
                    break;
                case 4:
                    record["B31.1"] = i % 5;
                    record["综合参保率"] = $"{90 + (i % 10)}.5%";
                    break;
            }

            records.Add(record);
        }

        var data = Path.Combine(Directory.CreateTempSubdirectory("schemelang-fastcsv-").FullName, "mixed.json");
        File.WriteAllText(data, records.ToJsonString());
        RequireSameCsv(scheme, data);
    }

    private static void RequireSameCsv(string scheme, string data)
    {
        var compiled = CliHarness.Run("score", scheme, "--data", data, "--format", "csv");
        var interpreted = CliHarness.Run("score", scheme, "--data", data, "--format", "csv", "--interpret");
        Assert.Equal(interpreted.Exit, compiled.Exit);
        Assert.Equal(interpreted.Output, compiled.Output);
        Assert.Equal(interpreted.Error, compiled.Error);
        Assert.Contains("总分", compiled.Output, StringComparison.Ordinal);
    }
}
