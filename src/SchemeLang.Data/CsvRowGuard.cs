namespace SchemeLang.Data;

/// <summary>
/// A CSV file's bytes as the CSV reader should see them: a row longer than <see cref="MaxRowBytes"/> (quotes
/// followed, so a quoted line break stays inside its row) is replaced by its own line breaks only. The reader then
/// meets blank lines, which it passes over, and counts every later line where it is; the rows replaced are listed in
/// <see cref="Skipped"/> by the line they start on, for their own errors. One row is held at a time, and each read
/// hands out as many whole rows as the reader's buffer takes.
/// </summary>
internal sealed class CsvRowGuard(Stream inner) : Stream
{
    /// <summary>An evaluation record is one short line; an unclosed quote must not make one record of the whole file.</summary>
    public const int MaxRowBytes = 1 << 20;

    private readonly byte[] _input = new byte[1 << 16];
    private readonly Queue<long> _skipped = new();
    private int _inputStart;
    private int _inputEnd;
    private bool _inQuotes;
    private bool _oversized;
    private long _line = 1;
    private long _rowLine = 1;

    /// <summary>The row being read, then, once complete, the row being handed out (from <see cref="_readyStart"/>).</summary>
    private byte[] _row = new byte[1 << 12];
    private int _rowLength;
    private int _readyStart;
    private bool _ready;
    private bool _ended;

    /// <summary>The start lines of the rows replaced so far, oldest first, not yet taken.</summary>
    public Queue<long> Skipped => _skipped;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>Fills <paramref name="buffer"/> with as many complete rows as fit (the last one possibly in part).</summary>
    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (!_ready || _readyStart == _rowLength)
            {
                if (_ended)
                {
                    break;
                }

                NextRow();
                continue;
            }

            var count = Math.Min(buffer.Length - written, _rowLength - _readyStart);
            _row.AsSpan(_readyStart, count).CopyTo(buffer[written..]);
            (_readyStart, written) = (_readyStart + count, written + count);
        }

        return written;
    }

    /// <summary>
    /// Reads up to the end of the next row (an unquoted line feed) and makes it, or its line breaks, ready. The input is
    /// searched for the next quote or line feed, so the bytes between go to the row at once.
    /// </summary>
    private void NextRow()
    {
        (_rowLength, _readyStart, _ready) = (0, 0, false);
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

            var available = _input.AsSpan(_inputStart, _inputEnd - _inputStart);
            var stop = available.IndexOfAny((byte)'"', (byte)'\n');
            var chunk = stop < 0 ? available : available[..(stop + 1)];
            _inputStart += chunk.Length;
            Append(chunk);
            if (stop < 0)
            {
                continue;
            }

            if (chunk[^1] == '"')
            {
                _inQuotes = !_inQuotes;
                continue;
            }

            _line++;
            if (!_inQuotes)
            {
                Finish();
                return;
            }
        }
    }

    /// <summary>Adds bytes to the row; past <see cref="MaxRowBytes"/> the row keeps only its line breaks.</summary>
    private void Append(ReadOnlySpan<byte> chunk)
    {
        if (!_oversized && _rowLength + chunk.Length > MaxRowBytes)
        {
            _oversized = true;
            _rowLength = KeepLineBreaks(_row.AsSpan(0, _rowLength), _row);
        }

        if (_oversized)
        {
            foreach (var b in chunk)
            {
                if (b is (byte)'\r' or (byte)'\n')
                {
                    Grow(_rowLength + 1);
                    _row[_rowLength++] = b;
                }
            }

            return;
        }

        Grow(_rowLength + chunk.Length);
        chunk.CopyTo(_row.AsSpan(_rowLength));
        _rowLength += chunk.Length;
    }

    private static int KeepLineBreaks(ReadOnlySpan<byte> bytes, byte[] into)
    {
        var kept = 0;
        foreach (var b in bytes)
        {
            if (b is (byte)'\r' or (byte)'\n')
            {
                into[kept++] = b;
            }
        }

        return kept;
    }

    private void Grow(int length)
    {
        if (length > _row.Length)
        {
            Array.Resize(ref _row, Math.Max(length, 2 * _row.Length));
        }
    }

    private void Finish()
    {
        if (_oversized)
        {
            _skipped.Enqueue(_rowLine);
        }

        _ready = true;
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
        }

        base.Dispose(disposing);
    }
}
