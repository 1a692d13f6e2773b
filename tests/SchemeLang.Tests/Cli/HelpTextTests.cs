using System.CommandLine;
using System.Text.RegularExpressions;
using SchemeLang.Cli;

namespace SchemeLang.Tests.Cli;

/// <summary>
/// Help and usage errors as a 绩效科 author reads them: every sentence Chinese, every usage error exit 2 with nothing on
/// standard output and a pointer to the command's help. Latin stays only where it is typed or is a name.
/// </summary>
public sealed partial class HelpTextTests : CliHarness
{
    /// <summary>
    /// The Latin a help page or usage error may hold: the tool, its commands, options and values, placeholders, file
    /// extensions, acronyms, the record field id and diagnostic codes (SL0000). Anything else of two letters or more is
    /// an English word that should have been Chinese.
    /// </summary>
    [GeneratedRegex("""
        (?<![A-Za-z0-9-])(?:schemelang|SchemeLang|check|score|build|doc|test|explain
        |template|--format|--strict-columns|--strict|--per-record|--encoding|utf-8|gb18030|--sheet|--header-row|--data|--out|--percent|--interpret|--emit-source|--help|--version|-h
        |text|json|csv|html|xlsx|docx|Word|ratio|percent|SCHEME|FILE|DIR|CODE|NAME|N|\.scheme|\.cs|\.xlsx|\.csv|\.tsv|\.txt|\.json
        |JSON|CSV|HTML|UTF-8|UTF-16|GB18030|GBK|BOM|DLL|PDB|XML|A4|C\#|Excel|WPS|id|SL[0-9]{4})(?![A-Za-z0-9])
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AllowedLatin();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    /// <summary>What the user typed, quoted back in 「」 (「chek」, 「xml」): their words, not the tool's.</summary>
    [GeneratedRegex("「[^」]*」")]
    private static partial Regex QuotedInput();

    private static readonly RootCommand Root = SchemeLangCli.CreateRoot(TextWriter.Null, TextWriter.Null);

    public static TheoryData<string[]> HelpRequests()
    {
        var requests = new TheoryData<string[]> { new[] { "--help" }, new[] { "-h" }, new[] { "-?" } };
        foreach (var command in Root.Subcommands)
        {
            requests.Add([command.Name, "--help"]);
            requests.Add([command.Name, "-?"]);
        }

        return requests;
    }

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public void Help_is_chinese_and_exits_0(string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("用法：", output.Split('\n')[2], StringComparison.Ordinal);
        AssertNoEnglish(output);
    }

    [Fact]
    public void Root_help_lists_every_command_and_each_command_help_every_argument_and_option()
    {
        var root = Run("--help").Output;
        foreach (var command in Root.Subcommands)
        {
            Assert.Matches($"(?m)^  {command.Name} .*{Regex.Escape(command.Description!)}$", root);
            var help = Run(command.Name, "--help").Output;
            Assert.StartsWith(command.Description + "\n", help.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            foreach (var argument in command.Arguments)
            {
                Assert.Matches($"(?m)^  {Regex.Escape(argument.HelpName!)}.* {Regex.Escape(argument.Description!)}$", help);
            }

            foreach (var option in command.Options)
            {
                Assert.Matches($"(?m)^  {Regex.Escape(option.Name)}.* {Regex.Escape(option.Description!)}$", help);
            }

            Assert.Contains("  -?, -h, --help", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_shows_placeholders_required_options_and_allowed_values()
    {
        var help = Run("score", "--help").Output;

        Assert.Contains("  schemelang score SCHEME --data FILE [选项]", help, StringComparison.Ordinal);
        Assert.Contains("  --format csv|docx|html|json|xlsx ", help, StringComparison.Ordinal);
        Assert.Contains("  --percent percent|ratio ", help, StringComparison.Ordinal);
        Assert.Contains("  schemelang check FILE... [选项]", Run("check", "-h").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var (exit, output, error) = Run("--version");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Matches("^[0-9]+\\.[0-9]+", output);
    }

    [Theory]
    [InlineData("用法错误：缺少命令。可用的命令：check、score、build、doc、template、test、explain。")]
    [InlineData("用法错误：没有「chek」这个命令。您是否想输入 check？", "chek", "a.scheme")]
    [InlineData("用法错误：没有「socre」这个命令。您是否想输入 score？", "socre")]
    [InlineData("用法错误：没有「frobnicate」这个命令。可用的命令：check、score、build、doc、template、test、explain。", "frobnicate")]
    [InlineData("用法错误：没有「@list」这个命令。", "@list")]
    [InlineData("用法错误：没有「[diagram]」这个命令。", "[diagram]", "check", "a.scheme")]
    [InlineData("用法错误：schemelang 没有选项「-x」。可用的选项：--help、--version。", "-x")]
    [InlineData("用法错误：缺少参数 FILE...：方案文件（*.scheme），可以给多个。", "check")]
    [InlineData("用法错误：缺少参数 SCHEME：方案文件（*.scheme）。", "doc")]
    [InlineData("用法错误：缺少参数 CODE：诊断代码，如 SL3101。", "explain")]
    [InlineData("用法错误：缺少必需的选项 --data FILE：评价数据", "score", "a.scheme")]
    [InlineData("用法错误：选项 --format 不能取「xml」，可取：json、text。", "check", "a.scheme", "--format", "xml")]
    [InlineData("用法错误：选项 --format 不能取「xml」，可取：csv、docx、html、json、xlsx。", "score", "a.scheme", "--data", "d.json", "--format", "xml")]
    [InlineData("用法错误：选项 --percent 不能取「half」，可取：percent、ratio。", "score", "a.scheme", "--data", "d.json", "--percent", "half")]
    [InlineData("用法错误：选项 --format 缺少取值，可取：json、text。", "check", "a.scheme", "--format")]
    [InlineData("用法错误：选项 --data 缺少取值 FILE。", "score", "a.scheme", "--data")]
    [InlineData("用法错误：选项 --format 只能给一次，这里给了 2 个值：「json」、「text」。", "check", "a.scheme", "--format", "json", "--format", "text")]
    [InlineData("用法错误：check 没有选项「--fromat」。您是否想输入 --format？", "check", "a.scheme", "--fromat", "json")]
    [InlineData("用法错误：build 没有选项「--emit-sorce」。您是否想输入 --emit-source？", "build", "a.scheme", "--emit-sorce")]
    [InlineData("用法错误：score 没有选项「--bogus」。可用的选项：--data、--format、--out、--per-record、--encoding、--percent、--interpret、--sheet、--strict-columns、--header-row、--help。", "score", "a.scheme", "--data", "d.json", "--bogus")]
    [InlineData("用法错误：多余的参数「b.scheme」：score 的参数只有 SCHEME。", "score", "a.scheme", "b.scheme", "--data", "d.json")]
    [InlineData("用法错误：多余的参数「b.scheme」：test 的参数只有 SCHEME。", "test", "a.scheme", "b.scheme")]
    [InlineData("用法错误：--version 只能单独使用，不能与命令或其他选项一起写。", "--version", "check")]
    [InlineData("用法错误：--per-record 只用于 --format html（每条记录一份评分报告），且不与 --out 同用。", "score", "a.scheme", "--data", "d.json", "--per-record", "reports")]
    [InlineData("用法错误：--format xlsx 写的是 Excel 工作簿（二进制文件），不能输出到屏幕：请用 --out FILE 指定文件，如 --out 结果.xlsx。", "score", "a.scheme", "--data", "d.json", "--format", "xlsx")]
    [InlineData("用法错误：--format docx 写的是 Word 文档（二进制文件），不能输出到屏幕：请用 --out FILE 指定文件，如 --out 评分报告.docx。", "score", "a.scheme", "--data", "d.json", "--format", "docx")]
    [InlineData("用法错误：--encoding 只用于 --format csv。", "score", "a.scheme", "--data", "d.json", "--encoding", "gb18030")]
    public void A_usage_error_is_chinese_exits_2_and_points_to_the_help(string expected, params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var lines = error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.StartsWith(expected, lines[0], StringComparison.Ordinal);
        Assert.Matches("^运行 schemelang( [a-z]+)? --help 查看用法。$", lines[^1]);
        AssertNoEnglish(error);
    }

    [Fact]
    public void An_unknown_diagnostic_code_is_a_chinese_usage_error()
    {
        var (exit, output, error) = Run("explain", "SL9999");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("没有诊断代码 SL9999。", error, StringComparison.Ordinal);
        AssertNoEnglish(error);
    }

    [Fact]
    public void Words_after_a_double_dash_are_arguments_even_when_they_look_like_options()
    {
        var (exit, output, _) = Run("check", "--", "-file.scheme");

        Assert.Equal(1, exit);
        Assert.Contains("SL0007", output, StringComparison.Ordinal);
    }

    private static void AssertNoEnglish(string text)
    {
        var words = LatinWord().Matches(AllowedLatin().Replace(QuotedInput().Replace(text, " "), " ")).Select(match => match.Value).ToArray();
        Assert.True(words.Length == 0, $"English in:\n{text}\nwords: {string.Join(", ", words)}");
    }
}
