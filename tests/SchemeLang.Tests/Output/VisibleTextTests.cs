using CsCheck;
using SchemeLang.Runtime;
using SchemeLang.Tests.Properties;

namespace SchemeLang.Tests.Output;

/// <summary>
/// The one policy for scheme or record text shown to a person: hidden characters (bidi controls, zero-width and other
/// format characters, controls, separators, lone surrogates) are shown as their code points; everything else stays.
/// </summary>
public class VisibleTextTests
{
    [Theory]
    [InlineData("（40\u202E分）", "（40<U+202E>分）")]
    [InlineData("\u2066甲\u2069", "<U+2066>甲<U+2069>")]
    [InlineData("资金\u200B到位率", "资金<U+200B>到位率")]
    [InlineData("\uFEFFid", "<U+FEFF>id")]
    [InlineData("a\u0000b\u001Bc\u007F\u0085", "a<U+0000>b<U+001B>c<U+007F><U+0085>")]
    [InlineData("行\u2028段\u2029", "行<U+2028>段<U+2029>")]
    [InlineData("标签\U000E0041", "标签<U+E0041>")]
    public void Hidden_characters_are_shown_as_their_code_points(string text, string shown) =>
        Assert.Equal(shown, VisibleText.Of(text));

    /// <summary>A lone surrogate (xunit cannot carry one in InlineData).</summary>
    [Fact]
    public void A_lone_surrogate_is_shown_as_its_code_point() => Assert.Equal("孤<U+D800>尾<U+DC00>", VisibleText.Of("孤\uD800尾\uDC00"));

    [Theory]
    [InlineData("2023年华宁县城镇职工基本医疗保险绩效评价")]
    [InlineData("「好\"}」 <script> & 😀")]
    [InlineData("多行\n文本\r\n\t缩进")]
    [InlineData("")]
    public void Visible_text_is_returned_as_it_is(string text) => Assert.Same(text, VisibleText.Of(text));

    /// <summary>Whatever the text, the result holds no hidden character, and showing it again changes nothing.</summary>
    [Fact]
    public void The_result_is_visible_and_stable()
    {
        var hidden = Gen.OneOf(Gen.Char['\u0000', '\u001F'], Gen.Char['\u200B', '\u200F'], Gen.Char['\u202A', '\u202E'], Gen.Char['\u2066', '\u2069'], Gen.Char['\uD800', '\uDFFF']);
        var text = Gen.Frequency((3, Gen.Char['一', '龥']), (2, Gen.Char[' ', '~']), (2, hidden)).Array[0, 30].Select(chars => new string(chars));
        PropertyRun.Check(text, value =>
        {
            var shown = VisibleText.Of(value);
            Assert.False(VisibleText.HasHidden(shown), shown);
            Assert.Equal(shown, VisibleText.Of(shown));
        }, iterations: 2_000, print: value => string.Join(" ", value.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
