namespace SchemeLang.Cli.Output;

/// <summary>
/// Where a command writes: a folder (build, per-record reports) or a file (doc). A path that cannot be written — a
/// file where a folder is needed or the reverse, a folder that cannot be made, no permission, a full disk — is one
/// Chinese line and exit 1 (<see cref="OutputPathException"/>), never an internal error with .NET's English text.
/// Overwriting an existing output file is allowed.
/// </summary>
internal static class OutputPath
{
    /// <summary>Makes sure <paramref name="path"/> is a folder that exists, creating it (and its parents) if need be.</summary>
    public static void EnsureFolder(string path)
    {
        if (File.Exists(path))
        {
            throw new OutputPathException($"无法写入「{path}」：这是一个已有的文件，这里需要文件夹");
        }

        Attempt(path, "无法创建文件夹", () => Directory.CreateDirectory(path));
    }

    /// <summary>Makes sure <paramref name="path"/> can be a file: not a folder, its folder created if need be.</summary>
    public static void EnsureFileFolder(string path)
    {
        if (Directory.Exists(path))
        {
            throw new OutputPathException($"无法写入「{path}」：这是一个已有的文件夹，这里需要文件名");
        }

        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            EnsureFolder(folder);
        }
    }

    /// <summary>Runs a write to <paramref name="path"/>, turning a file-system failure into one Chinese line.</summary>
    public static void Write(string path, Action write) => Attempt(path, "无法写入", write);

    private static void Attempt(string path, string what, Action action)
    {
        try
        {
            action();
        }
        catch (UnauthorizedAccessException)
        {
            throw new OutputPathException($"{what}「{path}」：没有写入权限");
        }
        catch (PathTooLongException)
        {
            throw new OutputPathException($"{what}「{path}」：路径太长");
        }
        catch (DirectoryNotFoundException)
        {
            throw new OutputPathException($"{what}「{path}」：所在的文件夹不存在或无法创建");
        }
        catch (IOException)
        {
            throw new OutputPathException($"{what}「{path}」：路径中有同名的文件、磁盘已满或路径无效");
        }
    }
}

/// <summary>An output path that cannot be written, with the Chinese line that says why; the command exits 1.</summary>
internal sealed class OutputPathException(string message) : Exception(message);
