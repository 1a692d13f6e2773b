using SchemeLang.Binding;
using SchemeLang.Cli.Output;
using SchemeLang.Testing;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Syntax;

/// <summary>
/// Characters beyond the BMP are one character to the grammar, with spans and columns in UTF-16 code units; full-width
/// digits and ． read as the same numbers as half-width ones, in scheme text as in data.
/// </summary>
public class UnicodeTests
{
    // 𠀋 U+2000B and 𡈽 U+2123D (CJK Ext. B), 𪚥 U+2A6A5: each two UTF-16 code units.
    private const string RareNames = """
        方案 生僻字地名
        总分 5
        等级 合格 ≥ 0
        目标值
          𡈽村目标 = 90%
        数据
          𠀋𡈽村满意度：百分比
        A 𪚥字村评价 5分
          𠀋𡈽村满意度 ≥ 𡈽村目标 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止
        """;

    [Fact]
    public void Han_names_beyond_the_BMP_check_clean_and_score()
    {
        var scheme = Clean(RareNames);

        Assert.Equal("𪚥字村评价", scheme.Scheme!.Indicators[0].Name);
        Assert.Equal("𠀋𡈽村满意度", Assert.Single(scheme.Scheme!.DataItems).Name);
        Assert.Equal(4m, Score(scheme, ("𠀋𡈽村满意度", "89%")).Indicator("A").Score);
    }

    [Theory]
    [InlineData("\U00020000")] // Ext. B
    [InlineData("\U0002A700")] // Ext. C
    [InlineData("\U0002B740")] // Ext. D
    [InlineData("\U0002B820")] // Ext. E
    [InlineData("\U0002CEB0")] // Ext. F
    [InlineData("\U0002EBF0")] // Ext. I
    [InlineData("\U0002F800")] // compatibility supplement
    [InlineData("\U00030000")] // Ext. G
    [InlineData("\U00031350")] // Ext. H
    public void Every_CJK_extension_beyond_the_BMP_is_a_name_character(string han) =>
        Clean(RareNames.Replace("𠀋", han, StringComparison.Ordinal));

    [Fact]
    public void A_name_after_a_character_beyond_the_BMP_is_located_in_UTF16_columns_and_the_caret_is_under_it()
    {
        var text = RareNames.Replace("≥ 𡈽村目标", "≥ 𡈽村指标", StringComparison.Ordinal);
        var compilation = Compile(text);

        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("test.scheme:9:14 SL2006 「𡈽村指标」不是已声明的数据项或目标值", Describe(diagnostic));
        Assert.Equal("𡈽村指标", text.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));

        var rendered = new StringWriter();
        DiagnosticTextRenderer.RenderOne(rendered, diagnostic);
        var lines = rendered.ToString().Split(Environment.NewLine);
        Assert.Equal(" 9 |   𠀋𡈽村满意度 ≥ 𡈽村指标 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", lines[1]);
        Assert.Equal($"   | {new string(' ', 17)}{new string('^', 8)}", lines[2]);
    }

    [Fact]
    public void A_character_the_language_does_not_take_is_named_whole_in_the_message()
    {
        var compilation = Compile(RareNames.Replace("  𠀋𡈽村满意度：百分比", "  𠀋𡈽村满意度😀：百分比", StringComparison.Ordinal));

        Assert.Equal(["test.scheme:7:11 SL1001 此处不应出现「😀」"], compilation.Diagnostics.Select(Describe));
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_is_a_diagnostic_not_an_exception()
    {
        // A file is strict UTF-8 and cannot hold one; a SourceFile made in code (an editor, a test) can.
        var compilation = Compile(RareNames.Replace("  𠀋𡈽村满意度：百分比", "  满意度\uD800：百分比", StringComparison.Ordinal));

        Assert.Equal(["test.scheme:7:6 SL1001 此处不应出现「\uFFFD」"], compilation.Diagnostics.Select(Describe));
    }

    // Every number full-width: weights, bounds, points, the decimals header, test inputs, keys and expectations.
    private const string FullWidthNumbers = """
        方案 全角数字
        总分 １０
        小数位 ２
        等级 合格 ≥ ６；不合格 < ６
        数据
          满意度：百分比 范围 [０％, １００％]
        A 满意度 ７．５分
          区间 满意度
            ９０％以上 得７．５分
            [８０％, ９０％) 得３．５分
            不满８０％ 不得分
        B 程序 ２．５分
          分项
            ① 程序合规 得１．５分
            ② 按时公开 得１分
        测试 全角
          输入 满意度 = ８５．５％，B.１ = 是，B．２ = 否
          期望 A = ３．５分，B = １．５分，总分 = ５分，等级 = 不合格
        """;

    [Fact]
    public void Full_width_numbers_read_as_the_same_numbers_everywhere()
    {
        var scheme = Clean(FullWidthNumbers);

        Assert.Equal([7.5m, 2.5m], scheme.Scheme!.Indicators.Select(indicator => indicator.Weight));
        var band = Assert.IsType<BandRule>(scheme.Scheme!.Indicators[0].Rule);
        Assert.Equal([7.5m, 3.5m, 0m], band.Bands.Select(b => Assert.IsType<FixedPointsOutcome>(b.Outcome).Points));
        Assert.Equal(0.8m, band.Bands[1].Range.Lower);
        Assert.Equal([1.5m, 1m], Assert.IsType<ChecklistRule>(scheme.Scheme!.Indicators[1].Rule).Items.Select(item => item.Points));
        Assert.Equal(["满意度", "B.1", "B.2"], scheme.Scheme!.Tests[0].Inputs.Select(input => input.Key));
        Assert.True(Assert.Single(SchemeTestRunner.Run(scheme)).Passed);
    }

    [Fact]
    public void A_full_width_expectation_that_does_not_hold_fails_with_the_number_it_means()
    {
        var scheme = Clean(FullWidthNumbers.Replace("期望 A = ３．５分", "期望 A = ５分", StringComparison.Ordinal));

        var result = Assert.Single(SchemeTestRunner.Run(scheme));
        Assert.Equal("A：期望 5分，实际 3.5分（满意度 85.5%，位于80%（含）至90%（不含）一档，得 3.5分）", Assert.Single(result.Failures));
    }
}
