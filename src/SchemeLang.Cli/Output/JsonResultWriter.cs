using System.Buffers;
using System.Text.Json;
using System.Text;
using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>Score results as one JSON array, an object per record, each handed to the output as it is written.</summary>
internal sealed class JsonResultWriter : IResultWriter
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    public JsonResultWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, DiagnosticJsonWriter.Options);
        _json.WriteStartArray();
        Drain();
    }

    public void Write(RecordResult result)
    {
        _json.WriteStartObject();
        _json.WriteString("id", result.Id);
        if (result.Identity.Count > 0)
        {
            _json.WriteStartObject("identity");
            foreach (var (name, value) in result.Identity)
            {
                _json.WriteString(name, value);
            }

            _json.WriteEndObject();
        }

        if (result.Succeeded)
        {
            WriteScores(result);
        }
        else
        {
            WriteErrors(result);
        }

        _json.WriteEndObject();
        Drain();
    }

    public void Flush() => _output.Flush();

    public void Complete()
    {
        _json.WriteEndArray();
        Drain();
        _output.WriteLine();
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteScores(RecordResult result)
    {
        _json.WriteNumber("total", Normalize(result.Total!.Value));
        if (result.Grade is { } grade)
        {
            _json.WriteString("grade", grade);
        }
        else
        {
            _json.WriteNull("grade");
        }

        _json.WriteStartArray("indicators");
        foreach (var indicator in result.Indicators)
        {
            _json.WriteStartObject();

            // The key is unique (一（一）1); a code alone may repeat (every outline's 「1.」).
            _json.WriteString("key", indicator.Key);
            if (indicator.Code is { } code)
            {
                _json.WriteString("code", code);
            }
            else
            {
                _json.WriteNull("code");
            }

            _json.WriteString("name", indicator.Name);
            _json.WriteNumber("weight", Normalize(indicator.Weight));
            _json.WriteNumber("score", Normalize(indicator.Score));
            _json.WriteString("explanation", indicator.Explanation);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();

        // Applied after the sum: without them the total would not add up from the indicators.
        _json.WriteStartArray("vetoes");
        foreach (var veto in result.Vetoes)
        {
            _json.WriteStartObject();
            _json.WriteString("key", veto.Key);
            _json.WriteString("text", veto.Text);
            _json.WriteString("effect", Explanations.Veto(veto.Written, veto.Deducted));
            _json.WriteNumber("deducted", Normalize(veto.Deducted));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteErrors(RecordResult result)
    {
        _json.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            _json.WriteStartObject();
            _json.WriteString("code", error.Code);
            if (error.Field is { } field)
            {
                _json.WriteString("field", field);
            }

            _json.WriteString("message", error.Message);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    /// <summary>Hands what the JSON writer has produced to the output, so the buffer only ever holds one record.</summary>
    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    /// <summary>15.0 and 15 are the same score; print it the one way a reader expects.</summary>
    private static decimal Normalize(decimal value) => NumberText.WithoutTrailingZeros(value);
}
