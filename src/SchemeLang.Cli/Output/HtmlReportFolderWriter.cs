using System.Text;
using SchemeLang.Binding;
using SchemeLang.Docs.Rendering;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// The score report as one page per record in a folder, each named after its record's id. An id is data, not a path:
/// it is reduced to a safe file name, and ids that reduce to the same name are told apart by a number.
/// </summary>
internal sealed class HtmlReportFolderWriter(string directory, BoundScheme scheme, TextWriter output) : IResultWriter
{
    private const int MaxNameLength = 80;

    /// <summary>Names Windows keeps for devices, whatever the extension.</summary>
    private static readonly HashSet<string> DeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public void Write(RecordResult result)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Claim(FileName(result.Id)) + ".html"), PageRenderer.Report(scheme, result), Utf8);
    }

    public void Complete() => output.WriteLine($"已生成 {_used.Count} 份评分报告：{directory}");

    public void Dispose()
    {
    }

    /// <summary>The id with every character a file system might refuse or read as a path replaced by 「_」.</summary>
    public static string FileName(string id)
    {
        var name = new StringBuilder(Math.Min(id.Length, MaxNameLength));
        foreach (var rune in id.EnumerateRunes())
        {
            if (name.Length + rune.Utf16SequenceLength > MaxNameLength)
            {
                break;
            }

            name.Append(Rune.IsControl(rune) || rune.Value is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format
                ? "_"
                : rune.ToString());
        }

        var trimmed = name.ToString().Trim().TrimStart('.').TrimEnd('.', ' ');
        return trimmed.Length == 0 ? "记录" : DeviceNames.Contains(trimmed) ? "_" + trimmed : trimmed;
    }

    private string Claim(string name)
    {
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }
}
