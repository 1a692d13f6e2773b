using System.CommandLine;
using System.CommandLine.Help;
using SchemeLang.Cli.Commands;
using SchemeLang.Cli.Usage;

namespace SchemeLang.Cli;

/// <summary>Builds the command tree. Exit codes: 0 success, 1 errors found, 2 usage, 3 internal error, 130 stopped by Ctrl-C.</summary>
public static class SchemeLangCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
    public const int Interrupted = 130;

    /// <summary>The command's name, as help and usage errors write it.</summary>
    public const string Name = "schemelang";

    /// <summary>
    /// Runs a command; whatever it throws reaches the user as one Chinese line and exit code 3. Everything printed
    /// shows hidden characters as their code points (<see cref="Output.VisibleTextWriter"/>).
    /// </summary>
    /// <param name="terminal">Standard error when it is a terminal, where a long run shows its progress; null otherwise.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextWriter? terminal = null)
    {
        output = new Output.VisibleTextWriter(output);
        error = new Output.VisibleTextWriter(error);
        try
        {
            var exit = Invoke(args, output, error, terminal);
            output.Flush();
            return exit;
        }
        catch (Output.OutputPathException unwritable)
        {
            error.WriteLine($"错误：{unwritable.Message}");
            return Failure;
        }
        catch (Exception exception)
        {
            return InternalErrorReport.Write(exception, args, error);
        }
        finally
        {
            error.Flush();
        }
    }

    private static int Invoke(string[] args, TextWriter output, TextWriter error, TextWriter? terminal)
    {
        // No response files (@file): a scheme or data path starting with @ is a path.
        var parse = CreateRoot(output, error, terminal).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is not ChineseHelpAction && UsageErrors.Find(parse) is { Count: > 0 } usageErrors)
        {
            return UsageErrors.Write(error, usageErrors, parse.CommandResult);
        }

        // Without this, System.CommandLine prints the exception's trace itself and returns 1.
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Every command, with the Chinese help on -h, -? and --help of each and no directives ([suggest]).</summary>
    internal static RootCommand CreateRoot(TextWriter output, TextWriter error, TextWriter? terminal = null)
    {
        var root = new RootCommand("SchemeLang：绩效评价指标体系与评分标准的编译器")
        {
            CheckCommand.Create(output),
            ScoreCommand.Create(output, error, terminal),
            BuildCommand.Create(output, error),
            DocCommand.Create(output, error),
            TemplateCommand.Create(output, error),
            TestCommand.Create(output),
            ExplainCommand.Create(output, error),
        };
        root.Directives.Clear();
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = "显示帮助（用法、参数和选项）";
            help.Action = new ChineseHelpAction(output);
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = "显示版本号";
        }

        return root;
    }
}
