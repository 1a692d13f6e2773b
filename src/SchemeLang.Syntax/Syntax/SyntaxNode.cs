using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>Every node of our own syntax tree: immutable, with the span it came from. No ANTLR type appears here.</summary>
public abstract record SyntaxNode(SourceSpan Span);

/// <summary>A name as written (quotes removed, inner whitespace collapsed).</summary>
public sealed record NameSyntax(string Text, SourceSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Text;
}
