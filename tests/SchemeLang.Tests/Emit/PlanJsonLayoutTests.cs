using System.Text.Encodings.Web;
using System.Text.Json;
using SchemeLang.Evaluation;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Emit;

/// <summary>
/// A plan's JSON lines (the resource a scorer carries) are cut from the serializer's text by a forward-only reader;
/// they must be exactly what laying the same JSON out from a parsed document gives — each scalar of the plan on its
/// line, each element of its arrays on its own — and read back to the same plan.
/// </summary>
public class PlanJsonLayoutTests
{
    public static TheoryData<string> Examples => [.. Directory.GetFiles(Repository.Examples, "*.scheme").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_s_plan_is_laid_out_as_its_document_and_reads_back(string file)
    {
        var plan = new Evaluator(SchemeCompilation.FromFile(Path.Combine(Repository.Examples, file))).Plan;

        var lines = PlanJson.Write(plan);

        Assert.Equal(LaidOutFromDocument(string.Concat(lines)), lines);
        Assert.Equal(lines, PlanJson.Write(PlanJson.Read([.. lines])));
    }

    /// <summary>The layout from a parsed document: what <see cref="PlanJson.Write"/> did before it read forward only.</summary>
    private static List<string> LaidOutFromDocument(string json)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 512 });
        var lines = new List<string> { "{" };
        var properties = document.RootElement.EnumerateObject().ToList();
        for (var i = 0; i < properties.Count; i++)
        {
            var name = JsonSerializer.Serialize(properties[i].Name, options);
            var comma = i < properties.Count - 1 ? "," : string.Empty;
            if (properties[i].Value is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0)
            {
                lines.Add($"{name}: [");
                var elements = array.EnumerateArray().ToList();
                lines.AddRange(elements.Select((element, j) => " " + element.GetRawText() + (j < elements.Count - 1 ? "," : string.Empty)));
                lines.Add("]" + comma);
            }
            else
            {
                lines.Add($"{name}: {properties[i].Value.GetRawText()}{comma}");
            }
        }

        lines.Add("}");
        return lines;
    }
}
