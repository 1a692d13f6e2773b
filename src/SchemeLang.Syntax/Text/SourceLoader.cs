using System.Text;
using SchemeLang.Diagnostics;

namespace SchemeLang.Text;

/// <summary>Reads a scheme file strictly as UTF-8; anything else becomes a diagnostic, never an exception.</summary>
public static class SourceLoader
{
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (SourceFile? Source, SchemeDiagnostic? Error) Load(string path)
    {
        var empty = new SourceFile(path, string.Empty);
        try
        {
            if (Directory.Exists(path))
            {
                return (null, DiagnosticCatalog.FileUnreadable(new SourceLocation(empty, default), "这是一个文件夹，不是方案文件"));
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, DiagnosticCatalog.FileUnreadable(new SourceLocation(empty, default), "文件不存在"));
            }

            if (info.Length > MaxFileBytes)
            {
                return (null, DiagnosticCatalog.FileTooLarge(new SourceLocation(empty, default), info.Length, MaxFileBytes));
            }

            return FromBytes(path, File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, DiagnosticCatalog.FileUnreadable(new SourceLocation(empty, default), exception.Message));
        }
    }

    public static (SourceFile? Source, SchemeDiagnostic? Error) FromBytes(string path, byte[] bytes)
    {
        var empty = new SourceFile(path, string.Empty);
        if (bytes.LongLength > MaxFileBytes)
        {
            return (null, DiagnosticCatalog.FileTooLarge(new SourceLocation(empty, default), bytes.LongLength, MaxFileBytes));
        }

        var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return (new SourceFile(path, StrictUtf8.GetString(bytes, offset, bytes.Length - offset)), null);
        }
        catch (DecoderFallbackException exception)
        {
            return (null, DiagnosticCatalog.InvalidUtf8(new SourceLocation(empty, default), offset + Math.Max(0, exception.Index)));
        }
    }
}
