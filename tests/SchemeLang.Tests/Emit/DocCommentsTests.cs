using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemeLang.Emit.Syntax;

namespace SchemeLang.Tests.Emit;

/// <summary>Scheme text in a /// comment: one line of well-formed XML whatever the text holds.</summary>
public class DocCommentsTests
{
    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\r\nb", "a  b")]
    [InlineData("a\u0085b\u2028c\u2029d", "a b c d")]
    [InlineData("<script>&\"'", "&lt;script&gt;&amp;&quot;&apos;")]
    [InlineData("右\u202E左\u200B", "右 左 ")]
    [InlineData("😀", "😀")]
    [InlineData("\u0001\uFFFF", "  ")]
    public void Text_is_one_escaped_line(string text, string expected) => Assert.Equal(expected, DocComments.Text(text));

    /// <summary>Not theory data: xUnit's serialization of test cases would replace the lone surrogate before the test saw it.</summary>
    [Fact]
    public void A_lone_surrogate_becomes_a_space() => Assert.Equal(" 孤 😀", DocComments.Text("\uD800孤\uDC00😀"));

    [Theory]
    [InlineData("\"; System.IO.File.Delete(\"x\"); //\npublic static void Evil() { }")]
    [InlineData("*/ </summary><summary> #if X\u2028#endif")]
    public void A_summary_stays_a_comment_that_the_compiler_reads_without_error(string text)
    {
        var source = DocComments.Summary(text).ToFullString() + "public static class C { }\n";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp14, DocumentationMode.Diagnose));

        Assert.Empty(tree.GetDiagnostics());
        var type = Assert.Single(tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>());
        Assert.Empty(type.Members);
        Assert.Single(type.GetLeadingTrivia(), trivia => trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
    }
}
