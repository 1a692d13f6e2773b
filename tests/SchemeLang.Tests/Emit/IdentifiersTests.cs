using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using SchemeLang.Emit.Syntax;
using SchemeLang.Tests.Properties;

namespace SchemeLang.Tests.Emit;

public class IdentifiersTests
{
    [Theory]
    [InlineData("综合参保率", "综合参保率")]
    [InlineData("收入预算完成率", "收入预算完成率")]
    [InlineData("Score_1", "Score_1")]
    [InlineData("总分 (元)", "总分_元")]
    [InlineData("医保基金·支出", "医保基金_支出")]
    [InlineData("  a  b  ", "a_b")]
    [InlineData("2023年预算", "_2023年预算")]
    [InlineData("class", "class_")]
    [InlineData("value", "value_")]
    [InlineData("field", "field_")]
    [InlineData("var", "var_")]
    [InlineData("__arglist", "__arglist_")]
    [InlineData("@class", "class_")]
    [InlineData("a\u200Bb", "ab")]
    [InlineData("\u202E率\u202C", "率")]
    [InlineData("e\u0301", "e\u0301")]
    [InlineData("é", "é")]
    [InlineData("\u0301x", "_\u0301x")]
    [InlineData("a\u2028b\nc", "a_b_c")]
    [InlineData("a\uD800b", "a_b")]
    [InlineData("𠀋率", "率")]
    [InlineData("", "未命名")]
    [InlineData("()", "未命名")]
    [InlineData("\"; System.IO.File.Delete(\"x\"); //", "System_IO_File_Delete_x")]
    public void A_name_becomes_the_documented_identifier(string name, string expected)
    {
        var identifier = Identifiers.For(name, new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(expected, identifier);
        Assert.True(SyntaxFacts.IsValidIdentifier(identifier));
    }

    [Fact]
    public void Collisions_get_stable_numeric_suffixes()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Score" };

        var identifiers = new[] { "a b", "a_b", "a-b", "Score", "a_b_2" }.Select(name => Identifiers.For(name, taken)).ToArray();

        Assert.Equal(["a_b", "a_b_2", "a_b_3", "Score_2", "a_b_2_2"], identifiers);
    }

    [Fact]
    public void A_long_name_is_cut_to_the_maximum_length()
    {
        var identifier = Identifiers.For(new string('名', 500), new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(new string('名', Identifiers.MaxLength), identifier);
    }

    private static readonly Gen<string> Names = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char['\u4E00', '\u4E10'], 0, 4],
        Gen.String[Pick("a_ 1\u200B\u0301\uD800\uDC00\u2028\"ée".ToCharArray()), 0, 6],
        Pick(["class", "value", "var", "field", "@class", "class_", "class_2", "未命名", "_1", "1"]));

    private static Gen<T> Pick<T>(T[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    [Fact]
    public void Any_names_give_valid_distinct_identifiers_the_same_way_each_time()
    {
        PropertyRun.Check(Names.Array[0, 12], names =>
        {
            var distinct = names.Distinct(StringComparer.Ordinal).ToArray();
            var first = Map(distinct);
            var second = Map(distinct);

            Assert.All(first, identifier =>
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(identifier), identifier);
                Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(identifier));
                Assert.DoesNotContain(identifier, c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
            });
            Assert.Equal(first.Length, first.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(first, second);
        }, iterations: 2_000, print: names => string.Join(" | ", names.Select(CSharpText.Literal)));
    }

    private static string[] Map(string[] names)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return names.Select(name => Identifiers.For(name, taken)).ToArray();
    }
}
