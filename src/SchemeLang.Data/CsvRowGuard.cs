namespace SchemeLang.Data;

/// <summary>
/// A CSV file's bytes as the CSV reader should see them: a row longer than <see cref="MaxRowBytes"/> (quotes
/// followed, so a quoted line break stays inside its row) is replaced by its own line breaks only. The reader then
/// meets blank lines, which it passes over, and counts every later line where it is; the rows replaced are listed in
/// <see cref="Skipped"/> by the line they start on, for their own errors. One row is held at a time.
/// </summary>
internal sealed class CsvRowGuard(Stream inner) : Stream
{
    /// <summary>An evaluation record is one short line; an unclosed quote must not make one record of the whole file.</summary>
    public const int MaxRowBytes = 1 << 20;

    private readonly byte[] _input = new byte[1 << 16];
    private readonly MemoryStream _row = new();
    private readonly Queue<long> _skipped = new();
    private int _inputStart;
    private int _inputEnd;
    private bool _inQuotes;
    private bool _oversized;
    private long _line = 1;
    private long _rowLine = 1;
    private byte[] _ready = [];
    private int _readyStart;
    private bool _ended;

    /// <summary>The start lines of the rows replaced so far, oldest first, not yet taken.</summary>
    public Queue<long> Skipped => _skipped;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_readyStart == _ready.Length && !_ended)
        {
            NextRow();
        }

        var count = Math.Min(buffer.Length, _ready.Length - _readyStart);
        _ready.AsSpan(_readyStart, count).CopyTo(buffer);
        _readyStart += count;
        return count;
    }

    /// <summary>Reads up to the end of the next row (an unquoted line feed) and makes it, or its line breaks, ready.</summary>
    private void NextRow()
    {
        _row.SetLength(0);
        (_oversized, _rowLine) = (false, _line);
        while (true)
        {
            if (_inputStart == _inputEnd)
            {
                (_inputStart, _inputEnd) = (0, inner.Read(_input));
                if (_inputEnd == 0)
                {
                    _ended = true;
                    Finish();
                    return;
                }
            }

            var c = _input[_inputStart++];
            _inQuotes ^= c == '"';
            if (_oversized)
            {
                if (c is (byte)'\r' or (byte)'\n')
                {
                    _row.WriteByte(c);
                }
            }
            else
            {
                _row.WriteByte(c);
                if (_row.Length > MaxRowBytes)
                {
                    _oversized = true;
                    var breaks = _row.GetBuffer().AsSpan(0, (int)_row.Length).ToArray().Where(b => b is (byte)'\r' or (byte)'\n').ToArray();
                    _row.SetLength(0);
                    _row.Write(breaks);
                }
            }

            if (c == '\n')
            {
                _line++;
                if (!_inQuotes)
                {
                    Finish();
                    return;
                }
            }
        }
    }

    private void Finish()
    {
        if (_oversized)
        {
            _skipped.Enqueue(_rowLine);
        }

        (_ready, _readyStart) = (_row.ToArray(), 0);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _row.Dispose();
        }

        base.Dispose(disposing);
    }
}
