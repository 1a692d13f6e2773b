using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SchemeLang.Emit.Syntax;

/// <summary>
/// <see cref="Microsoft.CodeAnalysis.SyntaxNodeExtensions.NormalizeWhitespace{TNode}(TNode, string, string, bool)"/>'s
/// output (with one space it leaves out put back, see <see cref="Normalized"/>) in time linear in the length of the
/// lists a scorer has one item per scheme thing in (members, statements, initializer and collection elements).
/// Roslyn's normalizer finds each token's successor by walking the parent's children from the first, so a list of n
/// items costs n² steps: 15,120 leaves took 50 s. Here each marked list is normalized a
/// batch of items at a time, inside a copy of the unit in which every other marked list is cut to one item (the
/// batch's ancestors are the same kinds at the same depth, and each item is followed by the item that really follows
/// it), and the normalized items are put back in place. The normalizer decides an item's whitespace from its own
/// tokens, its depth and its neighbours' tokens only, which is what each batch reproduces. The rewriters that cut and
/// splice step only into nodes on the way to a marked list: every node of a scorer carries annotations (its origin),
/// so a rewriter that stepped into all of them rebuilt the whole unit once per list (5 s for 15,120 leaves).
/// </summary>
internal static class LinearWhitespace
{
    private const string Kind = "SchemeLang.LongList";
    private const string PatternKind = "SchemeLang.IsPattern";
    /// <summary>Items and separators normalized together; each batch also holds the item after it.</summary>
    private const int Batch = 128;

    /// <summary>Marks a namespace's or type's members, a block's statements, an initializer's expressions or a collection's elements as a list that may be long.</summary>
    public static TNode LongList<TNode>(TNode node)
        where TNode : SyntaxNode => node switch
        {
            BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax or BlockSyntax or InitializerExpressionSyntax or CollectionExpressionSyntax => node.WithAdditionalAnnotations(new SyntaxAnnotation(Kind)),
            _ => throw new UnreachableException($"{node.Kind()} has no list to mark"),
        };

    /// <summary><c>expression is pattern</c>, laid out with a space before <c>is</c> even after a call (see <see cref="Normalized"/>).</summary>
    public static IsPatternExpressionSyntax IsPattern(ExpressionSyntax expression, PatternSyntax pattern) =>
        IsPatternExpression(expression, pattern).WithAdditionalAnnotations(new SyntaxAnnotation(PatternKind));

    /// <summary>
    /// The unit as <c>NormalizeWhitespace(eol: eol)</c> lays it out. The batches are independent of each other (each
    /// normalizes its own copy of the unit), so they run on every core; the result does not depend on their order.
    /// </summary>
    public static TNode Normalize<TNode>(TNode root, string eol)
        where TNode : SyntaxNode
    {
        var owners = root.GetAnnotatedNodes(Kind).ToList();
        var onPath = owners.SelectMany(owner => owner.AncestorsAndSelf()).ToHashSet();
        var lists = owners.Select(owner => new MarkedList(root, owner, onPath)).ToList();
        var batches = lists.SelectMany(list => Enumerable.Range(0, list.BatchCount).Select(batch => (List: list, Start: batch * Batch))).ToList();
        var laidOutBatches = new List<LaidOut>[batches.Count];
        Parallel.For(0, batches.Count, i => laidOutBatches[i] = batches[i].List.LayOut(batches[i].Start, onPath, eol));

        var laidOut = lists.ToDictionary(list => list.Annotation, _ => new List<LaidOut>());
        for (var i = 0; i < batches.Count; i++)
        {
            laidOut[batches[i].List.Annotation].AddRange(laidOutBatches[i]);
        }

        var skeleton = Normalized(new Cutter(keep: null, onPath).Visit(root)!, eol);
        return (TNode)new Splicer(laidOut).Visit(skeleton)!;
    }

    /// <summary>
    /// One marked list: its items (and separators), and a copy of the unit in which every marked list, its own too, is
    /// cut to one item — the hole its batches are normalized in.
    /// </summary>
    private sealed class MarkedList
    {
        private readonly SyntaxNode _context;
        private readonly SyntaxNode _hole;
        private readonly IReadOnlyList<SyntaxNodeOrToken> _items;

        public MarkedList(SyntaxNode root, SyntaxNode owner, HashSet<SyntaxNode> onPath)
        {
            Annotation = LinearWhitespace.Annotation(owner);
            _context = new Cutter(keep: owner, onPath).Visit(root)!;
            _hole = _context.GetAnnotatedNodes(Annotation).Single();
            _items = Items(owner);
        }

        public SyntaxAnnotation Annotation { get; }

        public int BatchCount => (_items.Count + Batch - 1) / Batch;

        /// <summary>
        /// The batch's items normalized where they stand, their own marked lists still cut to one item; each says
        /// whether it holds a marked list (<paramref name="onPath"/>: the marked lists and their ancestors).
        /// </summary>
        public List<LaidOut> LayOut(int start, HashSet<SyntaxNode> onPath, string eol)
        {
            // The batch and the item after it, so that the batch's last item sees what really follows it.
            var cutter = new Cutter(keep: null, onPath);
            var end = Math.Min(_items.Count, start + Batch + 1);
            var batch = new List<SyntaxNodeOrToken>(end - start);
            for (var i = start; i < end; i++)
            {
                batch.Add(_items[i].IsNode ? cutter.Visit(_items[i].AsNode()) : _items[i]);
            }

            var normalized = Normalized(_context.ReplaceNode(_hole, WithItems(_hole, batch)), eol);
            var done = Items(normalized.GetAnnotatedNodes(Annotation).Single());
            var laidOut = new List<LaidOut>(Batch);
            for (var i = 0; i < Math.Min(Batch, _items.Count - start); i++)
            {
                laidOut.Add(new LaidOut(done[i], _items[start + i].AsNode() is { } node && onPath.Contains(node)));
            }

            return laidOut;
        }
    }

    /// <summary>
    /// <c>NormalizeWhitespace(eol: eol)</c>, with the space it leaves out between a <c>)</c> and a pattern's <c>is</c>
    /// (<c>得分_X(x)is not { } 得分</c>, which an auditor would read as a typo) put back in every <see cref="IsPattern"/>.
    /// </summary>
    private static SyntaxNode Normalized(SyntaxNode node, string eol)
    {
        var normalized = node.NormalizeWhitespace(eol: eol);
        var glued = normalized.GetAnnotatedNodes(PatternKind).OfType<IsPatternExpressionSyntax>()
            .Where(pattern => !pattern.IsKeyword.HasLeadingTrivia && !pattern.Expression.GetLastToken().HasTrailingTrivia)
            .Select(pattern => pattern.IsKeyword)
            .ToList();
        return glued.Count == 0 ? normalized : normalized.ReplaceTokens(glued, (_, token) => token.WithLeadingTrivia(Space));
    }

    /// <summary>A normalized item, and whether marked lists inside it wait for their own items.</summary>
    private readonly record struct LaidOut(SyntaxNodeOrToken Item, bool HoldsLists);

    private static SyntaxAnnotation Annotation(SyntaxNode owner) => owner.GetAnnotations(Kind).Single();

    /// <summary>A marked list's items, separators included (a separated list alternates item, separator, item).</summary>
    private static IReadOnlyList<SyntaxNodeOrToken> Items(SyntaxNode owner) => owner switch
    {
        BaseNamespaceDeclarationSyntax ns => [.. ns.Members.Select(member => (SyntaxNodeOrToken)member)],
        TypeDeclarationSyntax type => [.. type.Members.Select(member => (SyntaxNodeOrToken)member)],
        BlockSyntax block => [.. block.Statements.Select(statement => (SyntaxNodeOrToken)statement)],
        InitializerExpressionSyntax initializer => [.. initializer.Expressions.GetWithSeparators()],
        CollectionExpressionSyntax collection => [.. collection.Elements.GetWithSeparators()],
        _ => throw new UnreachableException($"{owner.Kind()} has no marked list"),
    };

    private static SyntaxNode WithItems(SyntaxNode owner, IEnumerable<SyntaxNodeOrToken> items) => owner switch
    {
        BaseNamespaceDeclarationSyntax ns => ns.WithMembers(List(items.Select(item => (MemberDeclarationSyntax)item.AsNode()!))),
        TypeDeclarationSyntax type => type.WithMembers(List(items.Select(item => (MemberDeclarationSyntax)item.AsNode()!))),
        BlockSyntax block => block.WithStatements(List(items.Select(item => (StatementSyntax)item.AsNode()!))),
        InitializerExpressionSyntax initializer => initializer.WithExpressions(SeparatedList<ExpressionSyntax>(NodeOrTokenList(items))),
        CollectionExpressionSyntax collection => collection.WithElements(SeparatedList<CollectionElementSyntax>(NodeOrTokenList(items))),
        _ => throw new UnreachableException($"{owner.Kind()} has no marked list"),
    };

    /// <summary>
    /// Cuts every marked list to one item without visiting the others: the item that holds <c>keep</c> where there is
    /// one, else the first (for <c>keep</c>'s own list too, which the caller fills in). Nodes off
    /// <paramref name="onPath"/> hold no marked list and are returned as they are.
    /// </summary>
    private sealed class Cutter(SyntaxNode? keep, HashSet<SyntaxNode> onPath) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            if (node is null || !onPath.Contains(node))
            {
                return node;
            }

            if (!node.HasAnnotations(Kind))
            {
                return base.Visit(node);
            }

            var kept = keep is not null && keep != node && node.FullSpan.Contains(keep.FullSpan)
                ? keep.AncestorsAndSelf().First(ancestor => ancestor.Parent == node)
                : FirstItem(node);
            return kept is null ? node : WithItems(node, [Visit(kept)!]);
        }
    }

    private static SyntaxNode? FirstItem(SyntaxNode owner) => owner switch
    {
        BaseNamespaceDeclarationSyntax ns => ns.Members.FirstOrDefault(),
        TypeDeclarationSyntax type => type.Members.FirstOrDefault(),
        BlockSyntax block => block.Statements.FirstOrDefault(),
        InitializerExpressionSyntax initializer => initializer.Expressions.FirstOrDefault(),
        CollectionExpressionSyntax collection => collection.Elements.FirstOrDefault(),
        _ => throw new UnreachableException($"{owner.Kind()} has no marked list"),
    };

    /// <summary>Puts each marked list's normalized items back, and theirs into them.</summary>
    private sealed class Splicer(Dictionary<SyntaxAnnotation, List<LaidOut>> laidOut) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            if (node is null || !node.ContainsAnnotations)
            {
                return node;
            }

            if (!node.HasAnnotations(Kind))
            {
                return base.Visit(node);
            }

            return WithItems(node, laidOut[Annotation(node)].Select(item => item.HoldsLists ? (SyntaxNodeOrToken)Visit(item.Item.AsNode())! : item.Item));
        }
    }
}
