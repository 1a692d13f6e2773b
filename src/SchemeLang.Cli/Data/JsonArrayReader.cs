using System.Diagnostics;
using System.Text.Json;

namespace SchemeLang.Cli.Data;

/// <summary>
/// Reads a JSON array's elements one at a time from a stream, holding one element's bytes at a time: the buffer grows
/// to the largest element (up to <see cref="MaxElementBytes"/>), never to the whole document. Malformed JSON throws
/// <see cref="JsonException"/> with its line, as <see cref="Utf8JsonReader"/> finds it.
/// </summary>
internal sealed class JsonArrayReader(Stream utf8)
{
    /// <summary>An evaluation record is a few kilobytes; anything this large is not one.</summary>
    public const int MaxElementBytes = 16 << 20;

    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(Options);

    /// <summary>Reads the document's first token; the rest of the document is read only if it is an array's opening bracket.</summary>
    public JsonTokenType ReadStart()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                Commit(ref reader);
                return reader.TokenType;
            }

            Commit(ref reader);
            Refill();
        }
    }

    /// <summary>The array's next element, or null after its closing bracket and the end of the document.</summary>
    /// <exception cref="InvalidDataException">An element is larger than <see cref="MaxElementBytes"/>.</exception>
    public JsonElement? ReadElement()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Commit(ref reader);
                    ReadToEnd();
                    return null;
                }

                if (JsonElement.TryParseValue(ref reader, out var element))
                {
                    Commit(ref reader);
                    return element;
                }
            }

            // The element is not all in the buffer yet: read more and parse it again from its start.
            Refill();
        }
    }

    /// <summary>After the closing bracket only whitespace and comments may follow; the reader throws on anything else.</summary>
    private void ReadToEnd()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            reader.Read();
            Commit(ref reader);
            if (_final)
            {
                return;
            }

            Refill();
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private void Refill()
    {
        if (_final)
        {
            throw new UnreachableException("Utf8JsonReader asked for more input after the end of the file.");
        }

        var pending = _end - _start;
        _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        (_start, _end) = (0, pending);
        if (pending > _buffer.Length / 2)
        {
            if (pending >= MaxElementBytes)
            {
                throw new InvalidDataException($"A JSON element is larger than {MaxElementBytes} bytes.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = utf8.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
    }
}
