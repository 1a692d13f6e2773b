using System.Buffers;
using System.ComponentModel;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// A plan as JSON text: how a generated scorer carries its plan — as a resource of its assembly (<see cref="ResourceName"/>),
/// so that its C# holds code and the standard's words, not data, and the compiler neither parses nor binds the plan (as
/// a nested object-creation expression it was most of a build). It is read back once, when the scorer type is first
/// used. Decimals keep their exact digits; property order is declaration order, so the same plan always gives the same text.
/// </summary>
/// <remarks>Machinery: called by the emitter and by generated scorers, not by consumers (a scorer's plan is its <c>Plan</c>).</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PlanJson
{
    /// <summary>A formula is one JSON object per operation: up to 64 brackets and 100 operators deep (the parser's limits).</summary>
    private const int MaxDepth = 512;

    // Chinese text stays as written: the JSON reaches C# only as a literal escaped by Roslyn, never HTML.
    private static readonly JsonTypeInfo<SchemePlan> Info = (JsonTypeInfo<SchemePlan>)new JsonSerializerOptions(PlanJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
    }.GetTypeInfo(typeof(SchemePlan));

    /// <summary>
    /// The plan as JSON lines, laid out for a reader of the generated source (one string literal per line): each
    /// scalar of the plan on its line, and each slot, data item, indicator, veto and grade on its own line.
    /// </summary>
    public static IReadOnlyList<string> Write(SchemePlan plan) => Encoding.UTF8.GetString(ToResource(plan)).TrimEnd('\n').Split('\n');

    /// <summary>The plan as the bytes of its resource: <see cref="Write"/>'s lines in UTF-8, each ending with a line feed.</summary>
    /// <remarks>
    /// The serializer's UTF-8 text is cut where a forward-only reader finds each property and element (no document is
    /// built: for a 15,120-leaf plan that was most of a second of a build), straight into the resource's bytes. Neither
    /// buffer comes from the shared array pool: a large plan's buffers, returned to it, stayed alive (100 MB for a
    /// 15,120-leaf plan) through the scorer's compile.
    /// </remarks>
    public static byte[] ToResource(SchemePlan plan)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = Info.Options.Encoder, MaxDepth = MaxDepth }))
        {
            JsonSerializer.Serialize(writer, plan, Info);
        }

        var text = json.WrittenSpan;
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = MaxDepth });
        var lines = new ArrayBufferWriter<byte>(text.Length + text.Length / 8);
        lines.Write("{"u8);
        reader.Read();
        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Each property but the first ends the line before it with a comma.
            lines.Write(first ? "\n"u8 : ",\n"u8);
            first = false;
            // Property names are the plan's C# names: nothing in them needs escaping.
            lines.Write("\""u8);
            lines.Write(reader.ValueSpan);
            lines.Write("\": "u8);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                lines.Write(Raw(text, ref reader));
                continue;
            }

            var array = (int)reader.TokenStartIndex;
            if (!NextElement(ref reader))
            {
                lines.Write(text[array..(int)reader.BytesConsumed]);
                continue;
            }

            lines.Write("[\n "u8);
            lines.Write(Raw(text, ref reader));
            while (NextElement(ref reader))
            {
                lines.Write(",\n "u8);
                lines.Write(Raw(text, ref reader));
            }

            lines.Write("\n]"u8);
        }

        lines.Write("\n}\n"u8);
        return lines.WrittenSpan.ToArray();
    }

    /// <summary>Moves to the next element of the array the reader is in; false at its end.</summary>
    private static bool NextElement(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType != JsonTokenType.EndArray;

    /// <summary>The JSON text of the value the reader is at (a whole object or array), leaving the reader at its end.</summary>
    private static ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> text, ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return text[start..(int)reader.BytesConsumed];
    }

    /// <summary>The name of the resource that holds a generated scorer's plan.</summary>
    public const string ResourceName = "SchemeLang.Plan.json";

    /// <summary>The plan <see cref="Write"/> gave these lines for.</summary>
    public static SchemePlan Read(params ReadOnlySpan<string> lines) =>
        JsonSerializer.Deserialize(string.Join('\n', lines), Info) ?? throw new JsonException("a scheme plan cannot be null");

    /// <summary>The plan a generated scorer's assembly carries as its <see cref="ResourceName"/> resource.</summary>
    public static SchemePlan FromResource(Assembly scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        using var stream = scorer.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{scorer.GetName().Name} has no {ResourceName} resource");
        return JsonSerializer.Deserialize(stream, Info) ?? throw new JsonException("a scheme plan cannot be null");
    }
}

/// <summary>Source-generated, so reading a plan needs no reflection; enums by name, so the text reads.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(SchemePlan))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
