using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace SchemeLang.Cli.Usage;

/// <summary>What -h, -? and --help do on every command: write <see cref="HelpPage"/> for the command they follow.</summary>
internal sealed class ChineseHelpAction(TextWriter output) : SynchronousCommandLineAction
{
    /// <summary>Help is asked for before the command is complete (schemelang score --help), so its errors do not count.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        HelpPage.Write(PathTo(parseResult.CommandResult), output);
        return SchemeLangCli.Success;
    }

    /// <summary>The commands from the root down to <paramref name="result"/>'s.</summary>
    public static IReadOnlyList<Command> PathTo(CommandResult result)
    {
        var path = new List<Command>();
        for (SymbolResult? step = result; step is not null; step = step.Parent)
        {
            if (step is CommandResult command)
            {
                path.Insert(0, command.Command);
            }
        }

        return path;
    }
}
