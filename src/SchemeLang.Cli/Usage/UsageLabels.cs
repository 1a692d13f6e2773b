using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;

namespace SchemeLang.Cli.Usage;

/// <summary>
/// How help and usage errors write a command's arguments and options: placeholders in capitals (SCHEME, FILE...),
/// an option with its value (--data FILE) or its allowed values (--format text|json). The one place that decides them.
/// </summary>
internal static class UsageLabels
{
    /// <summary>The name a user types for a command: the root's is the tool's, whatever the executable is called.</summary>
    public static string Name(Command command) => command is RootCommand ? SchemeLangCli.Name : command.Name;

    /// <summary>SCHEME, or FILE... for an argument that takes several values.</summary>
    public static string Of(Argument argument) =>
        (argument.HelpName ?? argument.Name.ToUpperInvariant()) + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");

    /// <summary>--format text|json, --data FILE, or --strict for an option without a value.</summary>
    public static string Of(Option option)
    {
        var names = string.Join(", ", Names(option));
        if (option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool))
        {
            return names;
        }

        var allowed = AllowedValues(option);
        return $"{names} {(allowed.Length > 0 ? string.Join('|', allowed) : option.HelpName ?? "<值>")}";
    }

    /// <summary>The values an option accepts (AcceptOnlyFromAmong), empty when it takes any value.</summary>
    public static string[] AllowedValues(Option option) =>
        option.ValueType == typeof(bool) || option.CompletionSources.Count == 0
            ? []
            : [.. option.GetCompletions(CompletionContext.Empty).Select(item => item.Label)];

    /// <summary>The names a user types, short first: -h, -?, --help (the Windows-style /h and /? are left out).</summary>
    public static IEnumerable<string> Names(Option option) =>
        option.Aliases.Where(alias => !alias.StartsWith('/')).Order(StringComparer.Ordinal).Append(option.Name);

    /// <summary>The options a command accepts: its own, then those it inherits (help), as the parser sees them.</summary>
    public static IEnumerable<Option> OptionsOf(Command command, IEnumerable<Command> ancestors) =>
        command.Options.Where(option => !option.Hidden)
            .Concat(ancestors.SelectMany(ancestor => ancestor.Options).Where(option => option.Recursive && !option.Hidden))
            .OrderBy(option => option is HelpOption or VersionOption ? 1 : 0);

    /// <summary>schemelang score SCHEME --data FILE [选项]: the arguments and the required options.</summary>
    public static string Synopsis(Command command, IReadOnlyList<Command> path)
    {
        var words = path.Select(Name).ToList();
        if (command.Subcommands.Count > 0)
        {
            words.Add("<命令>");
        }

        words.AddRange(command.Arguments.Where(argument => !argument.Hidden).Select(Of));
        words.AddRange(command.Options.Where(option => option.Required).Select(Of));
        words.Add("[选项]");
        return string.Join(' ', words);
    }
}
