using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>Diagnostics as JSON for tools: one object per diagnostic with 1-based line and column.</summary>
internal static class DiagnosticJsonWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = ReadableEncoder(),
    };

    /// <summary>
    /// Chinese as it is, and every hidden character (<see cref="VisibleText"/>) as a \u escape: the value reads back
    /// exactly, and the file shows no bidi override or zero-width space raw.
    /// </summary>
    private static JavaScriptEncoder ReadableEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (VisibleText.IsHidden(c))
            {
                settings.ForbidCharacter(c);
            }
        }

        return JavaScriptEncoder.Create(settings);
    }

    public static void Write(TextWriter output, IReadOnlyList<SchemeDiagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteDiagnostic(Utf8JsonWriter json, SchemeDiagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.Source.GetPosition(diagnostic.Location.Span.End);
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("file", diagnostic.Location.Source.Path);
        json.WriteNumber("line", start.Line + 1);
        json.WriteNumber("column", start.Column + 1);
        json.WriteNumber("endLine", end.Line + 1);
        json.WriteNumber("endColumn", end.Column + 1);
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Hint is { } hint)
        {
            json.WriteString("hint", hint);
        }

        json.WriteEndObject();
    }
}
