using System.CommandLine;
using SchemeLang.Cli.Commands;

namespace SchemeLang.Cli;

/// <summary>Builds the command tree. Exit codes: 0 success, 1 errors found, 2 usage, 3 internal error.</summary>
public static class SchemeLangCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    /// <summary>
    /// Runs a command; whatever it throws reaches the user as one Chinese line and exit code 3. Everything printed
    /// shows hidden characters as their code points (<see cref="Output.VisibleTextWriter"/>).
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        output = new Output.VisibleTextWriter(output);
        error = new Output.VisibleTextWriter(error);
        try
        {
            var exit = Invoke(args, output, error);
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

    private static int Invoke(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SchemeLang：绩效评价指标体系与评分标准的编译器")
        {
            CheckCommand.Create(output),
            ScoreCommand.Create(output, error),
            BuildCommand.Create(output, error),
            DocCommand.Create(output, error),
            TestCommand.Create(output),
            ExplainCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"用法错误：{parseError.Message}");
            }

            error.WriteLine("运行 schemelang --help 查看用法。");
            return Usage;
        }

        // Without this, System.CommandLine prints the exception's trace itself and returns 1.
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
