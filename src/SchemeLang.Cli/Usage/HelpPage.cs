using System.CommandLine;

namespace SchemeLang.Cli.Usage;

/// <summary>
/// The Chinese help of a command, written here because System.CommandLine's help builder and its resources are
/// internal and half English: the description, 用法, 参数, 选项 and, for the root, 命令 and the exit codes.
/// </summary>
internal static class HelpPage
{
    private const string Indent = "  ";

    /// <summary>The help of the last command on <paramref name="path"/> (the root first).</summary>
    public static void Write(IReadOnlyList<Command> path, TextWriter output)
    {
        var command = path[^1];
        output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine("用法：");
        output.WriteLine(Indent + UsageLabels.Synopsis(command, path));

        var arguments = command.Arguments.Where(argument => !argument.Hidden).Select(argument => (UsageLabels.Of(argument), argument.Description));
        WriteSection(output, "参数：", arguments);

        var subcommands = command.Subcommands.Where(subcommand => !subcommand.Hidden)
            .Select(subcommand => (string.Join(' ', subcommand.Arguments.Select(UsageLabels.Of).Prepend(subcommand.Name)), subcommand.Description));
        WriteSection(output, "命令：", subcommands);

        var options = UsageLabels.OptionsOf(command, path.Take(path.Count - 1)).Select(option => (UsageLabels.Of(option), option.Description));
        WriteSection(output, "选项：", options);

        if (command.Subcommands.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("退出码：0 成功；1 方案或数据有错误（或测试未通过）；2 用法错误；3 内部错误（详细信息写入临时文件夹中的一个文件）。");
            output.WriteLine($"运行 {SchemeLangCli.Name} <命令> --help 查看一个命令的参数和选项。");
        }
    }

    private static void WriteSection(TextWriter output, string title, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = list.Max(row => row.Label.Length) + 2;
        foreach (var (label, description) in list)
        {
            output.WriteLine($"{Indent}{label.PadRight(width)}{description}".TrimEnd());
        }
    }
}
