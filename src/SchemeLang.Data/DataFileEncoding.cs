using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SchemeLang.Data;

/// <summary>How a data file's bytes become text: UTF-8 after a byte order mark of this length, or GB18030.</summary>
public sealed record DataFileEncoding(bool IsGb18030, int PreambleLength)
{
    private const int ChunkSize = 1 << 16;

    /// <summary>GB18030 (a superset of GBK), which Chinese Excel uses for "CSV" and "文本"; it throws on bytes it cannot read.</summary>
    private static readonly Encoding Gb18030 = CreateGb18030();

    /// <summary>
    /// Reads the whole stream: valid UTF-8 (with or without a byte order mark) is UTF-8; otherwise a file without a
    /// byte order mark that reads as GB18030 from start to end is GB18030. Anything else is null, with what is wrong in Chinese.
    /// </summary>
    public static DataFileEncoding? Detect(Stream stream, out string problem)
    {
        problem = string.Empty;
        Span<byte> head = stackalloc byte[3];
        head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problem = "是 UTF-16 编码（Excel 的「Unicode 文本」）";
            return null;
        }

        var preamble = head.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        stream.Position = preamble;
        if (FirstLineNotUtf8(stream) is not { } badLine)
        {
            return new DataFileEncoding(IsGb18030: false, preamble);
        }

        if (preamble > 0)
        {
            // The file says it is UTF-8: a damaged byte in it is damage, not a sign of GB18030 (which would garble every line).
            problem = $"以 UTF-8 的字节顺序标记（BOM）开头，但第 {badLine} 行起有不是 UTF-8 的字节";
            return null;
        }

        stream.Position = 0;
        if (ReadsAsGb18030(stream))
        {
            return new DataFileEncoding(IsGb18030: true, 0);
        }

        problem = $"第 {badLine} 行起既不是 UTF-8 也不是 GB18030（GBK）编码的文字";
        return null;
    }

    /// <summary>The file's text as UTF-8 from its first character: the byte order mark skipped, GB18030 transcoded.</summary>
    public Stream AsUtf8(Stream file)
    {
        file.Position = PreambleLength;
        return IsGb18030 ? Encoding.CreateTranscodingStream(file, Gb18030, Encoding.UTF8) : file;
    }

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

    private static bool ReadsAsGb18030(Stream stream)
    {
        var decoder = Gb18030.GetDecoder();
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
