namespace SchemeLang.Cli.Output;

/// <summary>
/// An output file that appears whole or not at all: results go to a hidden temporary file beside the target, which
/// replaces the target only when the run completes. A run stopped half-way (an error, Ctrl-C) leaves the old file, or
/// none, never a truncated workbook or a CSV that ends mid-row.
/// </summary>
internal sealed class AtomicOutputFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private bool _committed;

    private AtomicOutputFile(string path, string temporary, Stream stream) => (_path, _temporary, Stream) = (path, temporary, stream);

    public Stream Stream { get; }

    public static AtomicOutputFile Create(string path)
    {
        OutputPath.EnsureFileFolder(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        Stream? stream = null;
        OutputPath.Write(path, () => stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16));
        return new AtomicOutputFile(path, temporary, stream!);
    }

    /// <summary>Closes the file and moves it into place, replacing what was there.</summary>
    public void Commit()
    {
        Stream.Dispose();
        OutputPath.Write(_path, () => File.Move(_temporary, _path, overwrite: true));
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            Stream.Dispose();
            File.Delete(_temporary);
        }
    }
}
