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

    /// <summary>
    /// Names Windows keeps for devices: whatever follows the first dot (con.txt, aux.tar.gz) and with trailing spaces
    /// before it, and with the superscript digits ¹²³ and 0 as well as 1–9 after COM and LPT.
    /// </summary>
    private static readonly HashSet<string> DeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            .. "0123456789¹²³".SelectMany(digit => new[] { "COM" + digit, "LPT" + digit })],
        StringComparer.OrdinalIgnoreCase);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public void Write(RecordResult result)
    {
        OutputPath.EnsureFolder(directory);
        var path = Path.Combine(directory, Claim(FileName(result.Id)) + ".html");
        var page = PageRenderer.Report(scheme, result);
        OutputPath.Write(path, () => File.WriteAllText(path, page, Utf8));
    }

    /// <summary>Each page is a file of its own, written whole in <see cref="Write"/>.</summary>
    public void Flush()
    {
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
        return trimmed.Length == 0 ? "记录" : IsDeviceName(trimmed) ? "_" + trimmed : trimmed;
    }

    /// <summary>Whether Windows reads <paramref name="name"/> (with any extension) as a device rather than a file.</summary>
    public static bool IsDeviceName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return DeviceNames.Contains((dot < 0 ? name : name[..dot]).TrimEnd(' '));
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
