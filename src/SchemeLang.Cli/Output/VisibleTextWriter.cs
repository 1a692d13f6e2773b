using System.Text;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// The console side of <see cref="VisibleText"/>: everything a command prints, diagnostics, record errors and notices
/// included, shows hidden characters as their code points, so a U+202E in a name cannot reorder a terminal line.
/// Output that is already visible (CSV, HTML, escaped JSON) passes unchanged. A surrogate pair split across two writes
/// is joined before it is judged.
/// </summary>
internal sealed class VisibleTextWriter(TextWriter inner) : TextWriter
{
    private char? _pendingHighSurrogate;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the inner writer decides what that means.
        set => inner.NewLine = value;
#pragma warning restore CS8765
        get => inner.NewLine;
    }

    public override void Write(char value)
    {
        if (_pendingHighSurrogate is { } high)
        {
            _pendingHighSurrogate = null;
            WriteVisible(char.IsLowSurrogate(value) ? string.Concat(high, value) : high.ToString());
            if (char.IsLowSurrogate(value))
            {
                return;
            }
        }

        if (char.IsHighSurrogate(value))
        {
            _pendingHighSurrogate = value;
            return;
        }

        WriteVisible(value.ToString());
    }

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Write(value.AsSpan());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        if (_pendingHighSurrogate is not null || char.IsHighSurrogate(buffer[^1]))
        {
            foreach (var c in buffer)
            {
                Write(c);
            }

            return;
        }

        if (VisibleText.HasHidden(buffer))
        {
            WriteVisible(buffer.ToString());
        }
        else
        {
            inner.Write(buffer);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(NewLine);
    }

    public override void Flush()
    {
        if (_pendingHighSurrogate is { } high)
        {
            _pendingHighSurrogate = null;
            WriteVisible(high.ToString());
        }

        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void WriteVisible(string text) => inner.Write(VisibleText.Of(text));
}
