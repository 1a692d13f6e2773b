using System.Diagnostics.CodeAnalysis;

namespace SchemeLang.Cli.Data;

/// <summary>An opened data file: its records, read one at a time, and a notice for the user about how it was read.</summary>
internal sealed record DataFile(IRecordSource Records, string? Notice) : IDisposable
{
    public void Dispose() => Records.Dispose();
}

/// <summary>
/// Opens evaluation data: a JSON array of objects, or a CSV file with a header row; each record needs an "id".
/// The text is UTF-8 (a byte order mark is allowed) or, as Chinese Excel saves it, GB18030/GBK.
/// </summary>
internal static class DataFileReader
{
    public const string IdField = "id";

    /// <summary>Checks the whole file's encoding and reads as far as the header row or the array's opening bracket.</summary>
    public static bool TryOpen(string path, [NotNullWhen(true)] out DataFile? file, [NotNullWhen(false)] out string? error)
    {
        (file, error) = (null, null);
        if (!File.Exists(path))
        {
            error = $"找不到数据文件「{path}」";
            return false;
        }

        Stream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
            if (DataFileEncoding.Detect(stream, out var problem) is not { } encoding)
            {
                error = $"数据文件「{path}」{problem}，请另存为 UTF-8 编码";
                return false;
            }

            stream = encoding.AsUtf8(stream);
            IRecordSource? records = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
                ? CsvRecordSource.Open(path, stream, out problem)
                : JsonRecordSource.Open(path, stream, out problem);
            if (records is null)
            {
                error = problem;
                return false;
            }

            stream = null;
            file = new DataFile(records, encoding.IsGb18030 ? $"提示：数据文件「{path}」不是 UTF-8 编码，已按 GB18030（GBK）编码读取。" : null);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = $"无法读取数据文件「{path}」：{exception.Message}";
            return false;
        }
        finally
        {
            stream?.Dispose();
        }
    }
}
