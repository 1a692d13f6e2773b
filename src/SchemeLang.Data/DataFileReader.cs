using System.Diagnostics.CodeAnalysis;

namespace SchemeLang.Data;

/// <summary>An opened data file: its records, read one at a time, and a notice for the user about how it was read.</summary>
/// <param name="Records">The entries in file order; dispose the file (or this) when done.</param>
/// <param name="Notice">One Chinese line worth showing the user (a GB18030 file read as such), or null.</param>
public sealed record DataFile(IRecordSource Records, string? Notice) : IDisposable
{
    /// <summary>What each workbook made by <c>schemelang template</c> says it was made from.</summary>
    public IReadOnlyList<WorkbookStamp> Stamps { get; init; } = [];

    public void Dispose() => Records.Dispose();
}

/// <summary>
/// Opens evaluation data: an Excel workbook (.xlsx, known by its content), a JSON array of objects, or a CSV file with
/// a header row; each record needs an id (「id」 or 「记录编号」). Text files are UTF-8 (a byte order mark is allowed)
/// or, as Chinese Excel saves them, GB18030/GBK.
/// </summary>
/// <example>
/// <code>
/// if (!DataFileReader.TryOpen("填报.xlsx", out var file, out var error)) { Console.Error.WriteLine(error); return; }
/// using (file)
/// {
///     while (file.Records.Next() is { } entry)
///     {
///         // DataEntry.Readable: score entry.Record; DataEntry.Unreadable: its Errors; DataEntry.Stop: the file ends here.
///     }
/// }
/// </code>
/// </example>
public static class DataFileReader
{
    public const string IdField = "id";

    /// <summary>The id column's other name, as the template and Chinese tables head it.</summary>
    public const string IdFieldChinese = "记录编号";

    /// <summary>A zip file's first bytes: an .xlsx (or an .ods, which is refused by name).</summary>
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>An OLE compound file's first bytes: a legacy .xls or a WPS .et.</summary>
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0];

    public static bool IsIdField(string header) => header is IdField or IdFieldChinese;

    /// <summary>Checks the whole file's encoding and reads as far as the header row or the array's opening bracket.</summary>
    public static bool TryOpen(string path, [NotNullWhen(true)] out DataFile? file, [NotNullWhen(false)] out string? error) =>
        TryOpen([path], DataReadOptions.Default, out file, out error);

    /// <summary>
    /// Opens every file named, and every .xlsx, .csv, .tsv, .txt and .json file of every folder named (in name order),
    /// as one sequence of entries in which each record id counts once; null, with the first problem in Chinese, when
    /// one of them cannot be opened.
    /// </summary>
    public static bool TryOpen(IReadOnlyList<string> paths, DataReadOptions options, [NotNullWhen(true)] out DataFile? file, [NotNullWhen(false)] out string? error)
    {
        file = null;
        var opened = new List<(string Path, IRecordSource Records)>();
        var notices = new List<string>();
        var stamps = new List<WorkbookStamp>();
        foreach (var path in paths.SelectMany(Expand))
        {
            if (!TryOpenOne(path, options, out var one, out error))
            {
                opened.ForEach(entry => entry.Records.Dispose());
                return false;
            }

            opened.Add((path, one.Records));
            stamps.AddRange(one.Stamps);
            if (one.Notice is { } notice)
            {
                notices.Add(notice);
            }
        }

        if (opened.Count == 0)
        {
            error = $"文件夹「{string.Join("、", paths)}」中没有数据文件（.xlsx、.csv、.tsv、.txt 或 .json）";
            return false;
        }

        (file, error) = (new DataFile(new RecordBatch(opened), notices.Count == 0 ? null : string.Join(Environment.NewLine, notices)) { Stamps = stamps }, null);
        return true;
    }

    /// <summary>
    /// A text file's format by its first lines: JSON when it starts with 「[」 or 「{」; tab-separated when its first lines
    /// hold more tabs than commas (Excel's 「Unicode 文本」 and 「文本（制表符分隔）」, whatever the file is called); a
    /// .json file otherwise stays JSON (and says what is wrong with it); anything else is CSV. Null for JSON.
    /// </summary>
    private static char? Separator(string head, string extension)
    {
        var text = head.TrimStart();
        if (text.StartsWith('[') || text.StartsWith('{'))
        {
            return null;
        }

        var lines = text.Split('\n', 6).Take(5).ToArray();
        var (tabs, commas) = (lines.Sum(line => line.Count(c => c == '\t')), lines.Sum(line => line.Count(c => c == ',')));
        return tabs > commas ? '\t' : extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? null : ',';
    }

    /// <summary>A folder's data files in name order (ordinal, so the order is the same on every machine); a file as itself.</summary>
    private static IEnumerable<string> Expand(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path)
            .Where(candidate => Path.GetExtension(candidate).ToLowerInvariant() is ".xlsx" or ".csv" or ".tsv" or ".txt" or ".json")
            .Where(candidate => !Path.GetFileName(candidate).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
        : [path];

    private static bool TryOpenOne(string path, DataReadOptions options, [NotNullWhen(true)] out DataFile? file, [NotNullWhen(false)] out string? error)
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
            var fileStream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
            stream = fileStream;
            Span<byte> head = stackalloc byte[4];
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            stream.Position = 0;
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (head.SequenceEqual(OleSignature) || extension is ".xls" or ".et" or ".ods" or ".ett")
            {
                error = $"数据文件「{path}」是旧版 Excel、WPS 或 OpenDocument 表格，无法直接读取，请另存为 .xlsx（Excel 工作簿）";
                return false;
            }

            if (head.SequenceEqual(ZipSignature))
            {
                var workbook = XlsxRecordSource.Open(path, stream, options, out var workbookProblem);
                if (workbook is null)
                {
                    error = workbookProblem;
                    return false;
                }

                stream = null;
                file = new DataFile(new MeasuredSource(workbook, fileStream), null) { Stamps = workbook.Stamp is { } stamp ? [stamp] : [] };
                return true;
            }

            if (DataFileEncoding.Detect(stream, out var problem) is not { } encoding)
            {
                error = $"数据文件「{path}」{problem}，请另存为 UTF-8 编码";
                return false;
            }

            var separator = Separator(encoding.Head(stream, 1 << 14), Path.GetExtension(path));
            stream = encoding.AsUtf8(stream);
            IRecordSource? records = separator is { } text
                ? CsvRecordSource.Open(path, stream, text, options, out problem)
                : JsonRecordSource.Open(path, stream, out problem);
            if (records is null)
            {
                error = problem;
                return false;
            }

            stream = null;
            file = new DataFile(new MeasuredSource(records, fileStream), encoding.IsGb18030 ? $"提示：数据文件「{path}」不是 UTF-8 编码，已按 GB18030（GBK）编码读取。" : null);
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
