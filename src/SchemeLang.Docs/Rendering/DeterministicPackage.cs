using System.IO.Compression;

namespace SchemeLang.Docs.Rendering;

/// <summary>
/// An Office package (a zip) made byte-for-byte repeatable: System.IO.Packaging stamps every part with the time it
/// was written, so the same scheme would give a different file each run. The parts are copied with one fixed time,
/// <c>[Content_Types].xml</c> first (where other tools look for it) and the rest in their order. Used by the Word
/// documents and the workbooks alike.
/// </summary>
public static class DeterministicPackage
{
    /// <summary>The earliest time a zip entry can carry; what every part is stamped with.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(entry => entry.FullName != "[Content_Types].xml"))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
