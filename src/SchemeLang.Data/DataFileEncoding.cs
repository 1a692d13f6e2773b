using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SchemeLang.Data;

/// <summary>
/// How a data file's bytes become text: UTF-8 (code page 65001) after a byte order mark of this length, GB18030
/// (54936), or UTF-16 little- or big-endian (1200, 1201) after its byte order mark, as Excel's 「Unicode 文本」 saves.
/// </summary>
public sealed record DataFileEncoding(int CodePage, int PreambleLength)
{
    private const int ChunkSize = 1 << 16;

    /// <summary>GB18030 (a superset of GBK), which Chinese Excel uses for "CSV" and "文本"; it throws on bytes it cannot read.</summary>
    private static readonly Encoding Gb18030 = CreateGb18030();

    public bool IsGb18030 => CodePage == Gb18030.CodePage;

    /// <summary>
    /// Reads the whole stream: a UTF-16 byte order mark makes it UTF-16 if every byte after it reads as such; valid UTF-8
    /// (with or without a byte order mark) is UTF-8; otherwise a file without a byte order mark that reads as GB18030
    /// from start to end is GB18030. Anything else is null, with what is wrong in Chinese.
    /// </summary>
    public static DataFileEncoding? Detect(Stream stream, out string problem)
    {
        problem = string.Empty;
        Span<byte> head = stackalloc byte[3];
        head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = new DataFileEncoding(head[0] == 0xFF ? 1200 : 1201, 2);
            stream.Position = 2;
            if (ReadsAs(stream, utf16.Text))
            {
                return utf16;
            }

            problem = "以 UTF-16 的字节顺序标记开头（Excel 的「Unicode 文本」），但其中有不是 UTF-16 的字节";
            return null;
        }

        var preamble = head.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        stream.Position = preamble;
        if (FirstLineNotUtf8(stream) is not { } badLine)
        {
            return new DataFileEncoding(Encoding.UTF8.CodePage, preamble);
        }

        if (preamble > 0)
        {
            // The file says it is UTF-8: a damaged byte in it is damage, not a sign of GB18030 (which would garble every line).
            problem = $"以 UTF-8 的字节顺序标记（BOM）开头，但第 {badLine} 行起有不是 UTF-8 的字节";
            return null;
        }

        stream.Position = 0;
        if (ReadsAs(stream, Gb18030))
        {
            return new DataFileEncoding(Gb18030.CodePage, 0);
        }

        problem = $"第 {badLine} 行起既不是 UTF-8 也不是 GB18030（GBK）编码的文字";
        return null;
    }

    /// <summary>The file's text as UTF-8 from its first character: the byte order mark skipped, anything else transcoded.</summary>
    public Stream AsUtf8(Stream file)
    {
        file.Position = PreambleLength;
        return CodePage == Encoding.UTF8.CodePage ? file : Encoding.CreateTranscodingStream(file, Text, Encoding.UTF8);
    }

    /// <summary>The text of the file's first bytes (up to <paramref name="bytes"/>), to tell its format by; the file is left at its start.</summary>
    public string Head(Stream file, int bytes)
    {
        file.Position = PreambleLength;
        var buffer = new byte[bytes];
        var read = file.ReadAtLeast(buffer, bytes, throwOnEndOfStream: false);
        file.Position = 0;
        var chars = new char[Text.GetMaxCharCount(read)];

        // A character cut by the end of the buffer is left out (no flush); the whole file has been read as this encoding.
        return new string(chars, 0, Text.GetDecoder().GetChars(buffer, 0, read, chars, 0, flush: false));
    }

    /// <summary>The encoding, throwing on bytes it cannot read.</summary>
    private Encoding Text => CodePage switch
    {
        1200 => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        1201 => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        _ when IsGb18030 => Gb18030,
        _ => Encoding.UTF8,
    };

    private static long? FirstLineNotUtf8(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        var chars = ArrayPool<char>.Shared.Rent(ChunkSize + 4);
        try
        {
            var line = 1L;
            var carried = 0;
            while (true)
            {
                var read = stream.ReadAtLeast(bytes.AsSpan(carried, ChunkSize), ChunkSize, throwOnEndOfStream: false);
                var final = read < ChunkSize;
                var span = bytes.AsSpan(0, carried + read);
                var status = Utf8.ToUtf16(span, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                line += span[..consumed].Count((byte)'\n');
                if (status == OperationStatus.InvalidData)
                {
                    return line;
                }

                if (final)
                {
                    return null;
                }

                span[consumed..].CopyTo(bytes);
                carried = span.Length - consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool ReadsAs(Stream stream, Encoding encoding)
    {
        var decoder = encoding.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var chars = ArrayPool<char>.Shared.Rent(ChunkSize + 4);
        try
        {
            while (true)
            {
                var read = stream.ReadAtLeast(bytes.AsSpan(0, ChunkSize), ChunkSize, throwOnEndOfStream: false);
                decoder.GetChars(bytes, 0, read, chars, 0, flush: read < ChunkSize);
                if (read < ChunkSize)
                {
                    return true;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>GB18030 for writing a CSV an old Excel can read; a character it cannot hold becomes 「?」 rather than stopping the run.</summary>
    public static Encoding Gb18030Writer { get; } = Encoding.GetEncoding(54936, new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback);

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
