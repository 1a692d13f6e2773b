using System.Text.Json;

namespace SchemeLang.Data;

/// <summary>An array element: parsed, or too large to hold (<see cref="Element"/> null); <see cref="Line"/> is the line it starts on (1-based).</summary>
internal readonly record struct JsonArrayElement(JsonElement? Element, long Line);

/// <summary>
/// Reads a JSON array's elements one at a time from a stream, holding one element's bytes at a time: the buffer grows
/// to the largest element (up to <see cref="MaxElementBytes"/>), never to the whole document. Each element is parsed
/// on its own and the array's brackets, commas and comments between elements are read here, so an element too large
/// to hold is passed over (its strings, escapes and brackets followed byte by byte) and the elements after it are
/// still read. Malformed JSON throws <see cref="JsonException"/> with its line in the file.
/// </summary>
internal sealed class JsonArrayReader(Stream utf8)
{
    /// <summary>An evaluation record is a few kilobytes; anything this large is not one.</summary>
    public const int MaxElementBytes = 16 << 20;

    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _final;

    /// <summary>Lines ended before <see cref="_start"/>.</summary>
    private long _lines;

    /// <summary>Whether the array's next thing must be a comma or its end (an element has just been read).</summary>
    private bool _afterElement;

    /// <summary>The document's first token; the rest of the document is read only if it is an array's opening bracket.</summary>
    public JsonTokenType ReadStart()
    {
        SkipSpaceAndComments();
        if (Peek(0) == '[')
        {
            Consume(1);
            return JsonTokenType.StartArray;
        }

        while (!_final)
        {
            Refill();
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            reader.Read();
            return reader.TokenType;
        }
        catch (JsonException exception)
        {
            throw InFile(exception);
        }
    }

    /// <summary>The array's next element, or null after its closing bracket and the end of the document.</summary>
    public JsonArrayElement? ReadElement()
    {
        SkipSpaceAndComments();
        if (_afterElement && Peek(0) == ',')
        {
            Consume(1);
            SkipSpaceAndComments();
        }
        else if (_afterElement && Peek(0) != ']')
        {
            throw Malformed("数组的元素之间应有逗号");
        }

        if (Peek(0) == ']')
        {
            Consume(1);
            ReadToEnd();
            return null;
        }

        if (Peek(0) < 0)
        {
            throw Malformed("数组没有结束（缺少 ]）");
        }

        _afterElement = true;
        var line = _lines + 1;
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, new JsonReaderState(Options));
            try
            {
                if (JsonElement.TryParseValue(ref reader, out var element))
                {
                    Consume((int)reader.BytesConsumed);
                    return new JsonArrayElement(element, line);
                }
            }
            catch (JsonException exception)
            {
                throw InFile(exception);
            }

            if (_end - _start >= MaxElementBytes)
            {
                SkipElement();
                return new JsonArrayElement(null, line);
            }

            // The element is not all in the buffer yet: read more and parse it again from its start.
            Refill();
        }
    }

    /// <summary>Passes over one element without holding it: to the end of its string, or to the bracket that closes its first one.</summary>
    private void SkipElement()
    {
        var (depth, inString, escaped) = (0, false, false);
        while (Peek(0) is var c and >= 0)
        {
            if (!inString && c == '/' && Peek(1) is '/' or '*')
            {
                SkipSpaceAndComments();
                continue;
            }

            if (!inString && depth == 0 && c is ',' or ']' or ' ' or '\t' or '\r' or '\n')
            {
                return;
            }

            Consume(1);
            if (inString)
            {
                (escaped, inString) = (!escaped && c == '\\', escaped || c != '"');
                if (!inString && depth == 0)
                {
                    return;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' && --depth == 0)
            {
                return;
            }
        }
    }

    /// <summary>After the closing bracket only whitespace and comments may follow.</summary>
    private void ReadToEnd()
    {
        SkipSpaceAndComments();
        if (Peek(0) >= 0)
        {
            throw Malformed("数组结束后还有内容");
        }
    }

    private void SkipSpaceAndComments()
    {
        while (true)
        {
            var c = Peek(0);
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                Consume(1);
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (Peek(0) is >= 0 and not '\n')
                {
                    Consume(1);
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                Consume(2);
                while (Peek(0) >= 0 && !(Peek(0) == '*' && Peek(1) == '/'))
                {
                    Consume(1);
                }

                Consume(Peek(0) < 0 ? 0 : 2);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The byte <paramref name="offset"/> places ahead, or -1 past the end of the document.</summary>
    private int Peek(int offset)
    {
        while (_end - _start <= offset && !_final)
        {
            Refill();
        }

        return _end - _start > offset ? _buffer[_start + offset] : -1;
    }

    /// <summary>Moves past <paramref name="count"/> bytes, counting the lines they end.</summary>
    private void Consume(int count)
    {
        _lines += _buffer.AsSpan(_start, count).Count((byte)'\n');
        _start += count;
    }

    private void Refill()
    {
        var pending = _end - _start;
        _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        (_start, _end) = (0, pending);
        if (pending > _buffer.Length / 2)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = utf8.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
    }

    private JsonException InFile(JsonException exception) =>
        new(exception.Message, exception.Path, _lines + (exception.LineNumber ?? 0), exception.BytePositionInLine);

    private JsonException Malformed(string problem) => new(problem, null, _lines, null);
}
