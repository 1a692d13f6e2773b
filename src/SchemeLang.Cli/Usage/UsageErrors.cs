using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace SchemeLang.Cli.Usage;

/// <summary>
/// Every usage error of a command line, in Chinese, worked out from the <see cref="ParseResult"/> itself (never from
/// System.CommandLine's English messages): an unknown command or option with the name most likely meant, a missing
/// command, argument, option or value, a value not among those allowed, an argument too many.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Writes each error on a line of its own and where to read the command's usage; returns the usage exit code.</summary>
    public static int Write(TextWriter error, IEnumerable<string> errors, CommandResult command)
    {
        foreach (var message in errors)
        {
            error.WriteLine($"用法错误：{message}");
        }

        error.WriteLine($"运行 {string.Join(' ', ChineseHelpAction.PathTo(command).Select(UsageLabels.Name))} --help 查看用法。");
        return SchemeLangCli.Usage;
    }

    /// <summary>
    /// The usage errors of <paramref name="parse"/>, none when it can run. Should System.CommandLine ever find an error
    /// none of these covers, the line is still reported, in Chinese, rather than run or shown in English.
    /// </summary>
    public static List<string> Find(ParseResult parse)
    {
        var path = ChineseHelpAction.PathTo(parse.CommandResult);
        var command = path[^1];
        var options = UsageLabels.OptionsOf(command, path.Take(path.Count - 1)).ToArray();
        foreach (var version in path[0].Options.OfType<VersionOption>())
        {
            if (parse.GetResult(version) is { Implicit: false, IdentifierTokenCount: > 0 } && parse.Tokens.Count > 1)
            {
                return [$"{version.Name} 只能单独使用，不能与命令或其他选项一起写。"];
            }
        }

        var errors = new List<string>();
        Unmatched(parse, command, options, errors);
        OptionLikeArguments(parse, command, options, errors);
        if (errors.Count == 0 && command.Subcommands.Count > 0 && parse.Action is null or ParseErrorAction)
        {
            errors.Add($"缺少命令。可用的命令：{CommandList(command)}。");
        }

        foreach (var argument in command.Arguments)
        {
            if ((parse.GetResult(argument)?.Tokens.Count ?? 0) < argument.Arity.MinimumNumberOfValues)
            {
                errors.Add($"缺少参数 {UsageLabels.Of(argument)}：{argument.Description}。");
            }
        }

        foreach (var option in options)
        {
            OptionValues(parse.GetResult(option), option, errors);
        }

        if (errors.Count == 0 && parse.Errors.Count > 0)
        {
            errors.Add($"无法理解这行命令：「{SchemeLangCli.Name} {string.Join(' ', parse.Tokens.Select(token => token.Value))}」。");
        }

        return errors;
    }

    /// <summary>Words the parser matched to nothing: an unknown command (at the root), an unknown option, or one argument too many.</summary>
    private static void Unmatched(ParseResult parse, Command command, Option[] options, List<string> errors)
    {
        // System.CommandLine reads a leading [word] as a directive; this tool has none, so it is an unknown command.
        foreach (var directive in parse.Tokens.Where(token => token.Type == TokenType.Directive))
        {
            errors.Add($"没有「{directive.Value}」这个命令。可用的命令：{CommandList(parse.RootCommandResult.Command)}。");
        }

        foreach (var token in parse.UnmatchedTokens)
        {
            if (token.StartsWith('-') && token.Length > 1)
            {
                errors.Add(UnknownOption(token, command, options));
            }
            else if (command.Subcommands.Count > 0)
            {
                var meant = NearestName.Find(token, command.Subcommands.Select(subcommand => subcommand.Name));
                errors.Add(meant is null
                    ? $"没有「{token}」这个命令。可用的命令：{CommandList(command)}。"
                    : $"没有「{token}」这个命令。您是否想输入 {meant}？");

                // What follows an unknown command are its arguments, not errors of their own.
                return;
            }
            else
            {
                var accepted = command.Arguments.Count == 0 ? "不接受参数" : $"的参数只有 {string.Join(' ', command.Arguments.Select(UsageLabels.Of))}";
                errors.Add($"多余的参数「{token}」：{UsageLabels.Name(command)} {accepted}。");
            }
        }
    }

    /// <summary>
    /// A mistyped option where an argument may stand (check a.scheme --fromat json) is taken as the argument's value
    /// by the parser, as it is among the values of an option that takes several (score --data a.csv --bogus); no file
    /// name starts with a dash, so it is reported as the unknown option it is. Words after <c>--</c> are arguments
    /// whatever they look like.
    /// </summary>
    private static void OptionLikeArguments(ParseResult parse, Command command, Option[] options, List<string> errors)
    {
        var beforeDoubleDash = parse.Tokens.TakeWhile(token => token.Type != TokenType.DoubleDash).ToHashSet(ReferenceEqualityComparer.Instance);
        var values = command.Arguments.Select(argument => parse.GetResult(argument)?.Tokens)
            .Concat(command.Options.Where(option => option.AllowMultipleArgumentsPerToken).Select(option => parse.GetResult(option)?.Tokens));
        foreach (var tokens in values)
        {
            foreach (var token in tokens ?? [])
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && beforeDoubleDash.Contains(token))
                {
                    errors.Add(UnknownOption(token.Value, command, options));
                }
            }
        }
    }

    private static string UnknownOption(string token, Command command, Option[] options)
    {
        var meant = NearestName.Find(token, options.SelectMany(UsageLabels.Names));
        return meant is null
            ? $"{UsageLabels.Name(command)} 没有选项「{token}」。可用的选项：{string.Join("、", options.Select(option => option.Name))}。"
            : $"{UsageLabels.Name(command)} 没有选项「{token}」。您是否想输入 {meant}？";
    }

    /// <summary>An option that is required and missing, given without its value or with too many, or with a value not allowed.</summary>
    private static void OptionValues(OptionResult? result, Option option, List<string> errors)
    {
        var given = result is { Implicit: false, IdentifierTokenCount: > 0 };
        if (!given)
        {
            if (option.Required)
            {
                errors.Add($"缺少必需的选项 {UsageLabels.Of(option)}：{option.Description}。");
            }

            return;
        }

        var allowed = UsageLabels.AllowedValues(option);
        var values = result!.Tokens.Select(token => token.Value).ToArray();
        if (values.Length < option.Arity.MinimumNumberOfValues)
        {
            errors.Add(allowed.Length > 0
                ? $"选项 {option.Name} 缺少取值，可取：{string.Join("、", allowed)}。"
                : $"选项 {option.Name} 缺少取值 {option.HelpName}。");
        }
        else if (values.Length > option.Arity.MaximumNumberOfValues)
        {
            errors.Add($"选项 {option.Name} 只能给一次，这里给了 {values.Length} 个值：{string.Join("、", values.Select(value => $"「{value}」"))}。");
        }

        foreach (var value in values.Where(value => allowed.Length > 0 && !allowed.Contains(value, StringComparer.Ordinal)))
        {
            errors.Add($"选项 {option.Name} 不能取「{value}」，可取：{string.Join("、", allowed)}。");
        }
    }

    private static string CommandList(Command command) => string.Join("、", command.Subcommands.Where(subcommand => !subcommand.Hidden).Select(subcommand => subcommand.Name));
}
