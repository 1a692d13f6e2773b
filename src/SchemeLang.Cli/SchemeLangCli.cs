using System.CommandLine;
using SchemeLang.Cli.Commands;

namespace SchemeLang.Cli;

/// <summary>Builds the command tree. Exit codes: 0 success, 1 errors found, 2 usage.</summary>
public static class SchemeLangCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SchemeLang：绩效评价指标体系与评分标准的编译器")
        {
            CheckCommand.Create(output),
            ScoreCommand.Create(output, error),
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

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
