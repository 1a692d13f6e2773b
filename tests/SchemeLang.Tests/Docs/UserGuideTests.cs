using System.Text.Json;
using System.Text.RegularExpressions;
using SchemeLang.Cli;
using SchemeLang.Diagnostics;
using SchemeLang.Testing;
using SchemeLang.Tests.Support;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// The Chinese user guide (docs/方案语言手册.md) can neither lie nor drift. Every scheme block in it compiles:
/// <list type="bullet">
/// <item><c>```scheme</c> is a whole scheme, compiled as it stands;</item>
/// <item><c>```scheme fragment</c> is a piece of one: the test puts <c>方案 手册示例</c>, <c>总分 10</c> and
/// <c>等级 合格 ≥ 0</c> above it, each only when the piece does not write that line itself, so a piece's top-level
/// indicators add up to 10分 unless it says its own 总分;</item>
/// <item>either may end its info string with the codes of the warnings it shows on purpose (<c>```scheme fragment
/// SL3404</c>): then it gives exactly those warnings, in that order; otherwise no diagnostic at all.</item>
/// </list>
/// The guide also names every command and option of the CLI and every keyword the grammar gives the header, the
/// sections, the data types and the rule lines.
/// </summary>
public sealed partial class UserGuideTests
{
    private static readonly string GuidePath = Path.Combine(Repository.Root, "docs", "方案语言手册.md");

    private static readonly string Guide = File.ReadAllText(GuidePath).ReplaceLineEndings("\n");

    [GeneratedRegex("^```scheme(?<fragment> fragment)?(?<codes>( SL[0-9]{4})*)\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SchemeBlock();

    [GeneratedRegex("^```(?!scheme( fragment)?( SL[0-9]{4})*$|json$|csv$|text$|$)(?<info>.*)$", RegexOptions.Multiline)]
    private static partial Regex UnknownBlock();

    public static TheoryData<int, string> Snippets()
    {
        var data = new TheoryData<int, string>();
        foreach (Match block in SchemeBlock().Matches(Guide))
        {
            data.Add(LineOf(block.Index), block.Value);
        }

        return data;
    }

    [Fact]
    public void The_guide_has_many_snippets_and_no_block_of_an_unknown_kind()
    {
        Assert.True(SchemeBlock().Count(Guide) >= 40, $"only {SchemeBlock().Count(Guide)} scheme blocks");
        Assert.Empty(UnknownBlock().Matches(Guide).Select(match => $"line {LineOf(match.Index)}: ```{match.Groups["info"].Value}"));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Every_snippet_compiles(int line, string block)
    {
        var match = SchemeBlock().Match(block);
        var body = match.Groups["body"].Value;
        var text = match.Groups["fragment"].Success ? Wrap(body) : body;
        var expected = match.Groups["codes"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var compilation = Schemes.Compile(text, $"方案语言手册.md:{line}");

        var found = compilation.Diagnostics.Select(Schemes.Describe).ToArray();
        Assert.True(
            compilation.Diagnostics.Select(diagnostic => diagnostic.Code).SequenceEqual(expected),
            $"guide line {line}: expected [{string.Join(" ", expected)}], got:\n{string.Join("\n", found)}\n--- compiled text:\n{text}");
        Assert.All(compilation.Diagnostics, diagnostic => Assert.Equal(Severity.Warning, diagnostic.Severity));

        // A snippet's own 测试 blocks are part of what it shows: they pass.
        var failures = SchemeTestRunner.Run(compilation).Where(test => !test.Passed).SelectMany(test => test.Failures.Prepend(test.Name));
        Assert.True(!failures.Any(), $"guide line {line}: {string.Join("\n", failures)}");
    }

    /// <summary>The quick start's record scores what the guide says it scores: A 5分, B 3分, 总分 8分, 等级 良.</summary>
    [Fact]
    public void The_quick_start_record_scores_as_the_guide_says()
    {
        var scheme = Schemes.Clean(SchemeBlock().Match(Guide).Groups["body"].Value);
        var json = Regex.Match(Guide, "^```json\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline).Groups["body"].Value;
        using var records = JsonDocument.Parse(json);
        var record = Assert.Single(records.RootElement.EnumerateArray().ToArray());
        var fields = record.EnumerateObject().Where(field => field.Name != "id").Select(field => (field.Name, field.Value.GetString()!)).ToArray();

        var result = Schemes.Score(scheme, fields);

        Assert.Contains("这条记录 A 得 5 分，B 的满意度落在 [80%, 90%) 档得 3 分，总分 8 分，等级「良」。", Guide, StringComparison.Ordinal);
        Assert.Equal((5m, 3m, 8m, "良"), (result.Indicator("A").Score, result.Indicator("B").Score, result.Total!.Value, result.Grade));
    }

    [Fact]
    public void The_guide_names_every_command_and_option()
    {
        var root = SchemeLangCli.CreateRoot(TextWriter.Null, TextWriter.Null);
        var names = root.Subcommands.SelectMany(command => command.Options.Select(option => option.Name).Prepend($"schemelang {command.Name}"))
            .Concat(root.Options.Select(option => option.Name));
        var missing = names.Where(name => !Guide.Contains(name, StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, $"the guide does not mention: {string.Join(" ", missing)}");
    }

    [Fact]
    public void The_guide_names_every_keyword_of_the_header_sections_types_and_rule_lines()
    {
        var grammar = File.ReadAllText(Path.Combine(Repository.Root, "grammar", "Scheme.g4")).ReplaceLineEndings("\n");
        string[] wholeRules =
        [
            "headerLine", "dataSection", "typeSpec", "moneyUnit", "domain", "zeroFallback", "targetSection", "gradeSection",
            "vetoSection", "vetoEffect", "constraintSection", "constraintDecl", "testSection", "testLine",
        ];
        var keywords = wholeRules.SelectMany(rule => Literals(RuleBody(grammar, rule)))
            .Concat(RuleBody(grammar, "ruleBlock").Split('\n').Select(line => Regex.Match(line, @"^\s*[:|]\s*'([^']+)'")).Where(m => m.Success).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToArray();

        Assert.Contains("百分比数据", keywords);
        Assert.Contains("以下各项", keywords);
        var missing = keywords.Where(keyword => !Regex.IsMatch(Guide, $"`[^`\n]*{Regex.Escape(keyword)}[^`\n]*`|^ *{Regex.Escape(keyword)}", RegexOptions.Multiline)).ToArray();
        Assert.True(missing.Length == 0, $"the guide shows no use of: {string.Join(" ", missing)}");
    }

    /// <summary>The wrapper of a fragment: the lines a scheme needs that the fragment does not write.</summary>
    private static string Wrap(string fragment)
    {
        string[] preamble = ["方案 手册示例", "总分 10", "等级 合格 ≥ 0"];
        var missing = preamble.Where(line => !Regex.IsMatch(fragment, $"^{line.Split(' ')[0]}[ \n]", RegexOptions.Multiline));
        return string.Join("\n", missing) + "\n" + fragment;
    }

    private static string RuleBody(string grammar, string rule)
    {
        var match = Regex.Match(grammar, $"^{rule}\\s*(?://[^\n]*\\s*)*:(?<body>.*?)\\s;[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, $"no rule {rule} in the grammar");
        return match.Groups["body"].Value;
    }

    private static IEnumerable<string> Literals(string body) =>
        Regex.Matches(Regex.Replace(body, "//[^\n]*", ""), "'([^']+)'").Select(match => match.Groups[1].Value);

    private static int LineOf(int index) => Guide.AsSpan(0, index).Count('\n') + 1;
}
