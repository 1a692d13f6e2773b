using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Parsing;

/// <summary>An indicator header line before nesting: code, name, weight (none for a group that adds up its children) and its indentation.</summary>
internal sealed record IndicatorLine(NameSyntax? Code, NameSyntax Name, QuantitySyntax? Weight, int Indent, SourceSpan Span, QuantitySyntax? Bonus = null);

/// <summary>One part line of a leaf scored in parts (「其中 资金到位率 占50%」), before its rule is attached.</summary>
internal sealed record PartLine(NameSyntax Name, QuantitySyntax? Share, SourceSpan Span);

/// <summary>
/// Nests indicator lines by indentation (a deeper line is a child of the nearest shallower one above it) and
/// attaches each rule to the indicator line just before it — or to the part line just before it (其中 …), which
/// belongs to that indicator.
/// </summary>
internal sealed class IndicatorTreeAssembler(SourceFile source, DiagnosticBag diagnostics)
{
    private readonly List<Node> _roots = [];
    private readonly List<Node> _open = [];
    private Node? _last;

    public void AddIndicator(IndicatorLine line)
    {
        while (_open.Count > 0 && _open[^1].Line.Indent >= line.Indent)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        // Siblings share one column; a line between two levels has no clear parent.
        var siblings = _open.Count == 0 ? _roots : _open[^1].Children;
        if (siblings.Count > 0 && siblings[^1].Line.Indent != line.Indent)
        {
            diagnostics.Add(DiagnosticCatalog.IndentMismatch(new SourceLocation(source, line.Span), line.Indent));
        }

        var node = new Node(line);
        if (_open.Count == 0)
        {
            _roots.Add(node);
        }
        else
        {
            _open[^1].Children.Add(node);
        }

        _open.Add(node);
        _last = node;
    }

    /// <summary>「两项各占50%」 under the indicator above: the share of each of its parts that does not say one.</summary>
    public void AddEachPart(EachPartSyntax each)
    {
        if (_last is null)
        {
            diagnostics.Add(DiagnosticCatalog.RuleWithoutIndicator(new SourceLocation(source, each.Span)));
            return;
        }

        _last.EachPart ??= each;
    }

    /// <summary>A row of the figure of the indicator above (「其中 玉米种植面积 8亩」): it takes no rule, so a part above it keeps the lines that follow.</summary>
    public void AddBreakdown(BreakdownSyntax row)
    {
        if (_last is null)
        {
            diagnostics.Add(DiagnosticCatalog.RuleWithoutIndicator(new SourceLocation(source, row.Span)));
            return;
        }

        _last.Breakdown.Add(row);
    }

    /// <summary>
    /// A part of the indicator above: the rule and 不适用 lines that follow are the part's, until the next part or
    /// indicator — but a 不适用 line outdented from the part's rule is the indicator's.
    /// </summary>
    public void AddPart(PartLine line)
    {
        if (_last is null)
        {
            diagnostics.Add(DiagnosticCatalog.RuleWithoutIndicator(new SourceLocation(source, line.Span)));
            return;
        }

        _last.Parts.Add(new Part(line));
    }

    public void AddRule(RuleSyntax rule)
    {
        if (_last is null)
        {
            diagnostics.Add(DiagnosticCatalog.RuleWithoutIndicator(new SourceLocation(source, rule.Span)));
            return;
        }

        if (_last.Parts is [.., var part])
        {
            if (WithGrades(part.Rule, rule) is { } graded)
            {
                part.Rule = graded;
                return;
            }

            if (part.Rule is not null)
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateRule(new SourceLocation(source, rule.Span), $"{_last.Line.Name.Text}（{part.Line.Name.Text}）"));
                return;
            }

            part.Rule = rule;
            return;
        }

        if (WithGrades(_last.Rule, rule) is { } withGrades)
        {
            _last.Rule = withGrades;
            return;
        }

        if (_last.Rule is not null)
        {
            diagnostics.Add(DiagnosticCatalog.DuplicateRule(new SourceLocation(source, rule.Span), _last.Line.Name.Text));
            return;
        }

        _last.Rule = rule;
    }

    /// <summary>A 等次 table right after bands that give grades (为优秀) is not a second rule: it gives those grades their points.</summary>
    private static BandRuleSyntax? WithGrades(RuleSyntax? existing, RuleSyntax rule) =>
        existing is BandRuleSyntax { GivesGrades: true, Grades: null } band && rule is LevelRuleSyntax levels ? band with { Grades = levels } : null;

    public void AddNotApplicable(NotApplicableSyntax notApplicable)
    {
        if (_last is null)
        {
            diagnostics.Add(DiagnosticCatalog.RuleWithoutIndicator(new SourceLocation(source, notApplicable.Span)));
            return;
        }

        // 「不适用 重新分配」 written back at the 其中 lines' column, after a part whose rule is indented under it, is the
        // indicator's, as its indentation says; at the rule's column (or with the part's lines all flush) it is the part's.
        if (_last.Parts is [.., var part] && !(part.Rule is { } partRule && Indent(notApplicable.Span) < Indent(partRule.Span)))
        {
            if (part.NotApplicable is not null)
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateNotApplicable(new SourceLocation(source, notApplicable.Span), $"{_last.Line.Name.Text}（{part.Line.Name.Text}）"));
                return;
            }

            part.NotApplicable = notApplicable;
            return;
        }

        if (_last.NotApplicable is not null)
        {
            diagnostics.Add(DiagnosticCatalog.DuplicateNotApplicable(new SourceLocation(source, notApplicable.Span), _last.Line.Name.Text));
            return;
        }

        _last.NotApplicable = notApplicable;
    }

    private int Indent(SourceSpan span) => source.GetIndentWidth(span.Start);

    public EquatableArray<IndicatorSyntax> Finish() => Siblings(_roots);

    /// <summary>False once a line was left out of the tree: the scheme is then not bound, as after any syntax error.</summary>
    public bool IsComplete { get; private set; } = true;

    /// <summary>
    /// Only a group may leave its weight out. A line without one that has no children after all (a leaf that forgot
    /// its weight, or whose weight did not read) is the syntax error it would have been without groups: reported at
    /// its end, where the weight was expected, and left out of the tree.
    /// </summary>
    private EquatableArray<IndicatorSyntax> Siblings(List<Node> nodes)
    {
        var siblings = new List<IndicatorSyntax>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Line.Weight is null && node.Children.Count == 0)
            {
                var end = new SourceSpan(node.Line.Span.End, 0);
                var hint = SyntaxErrorListener.GluedComment(source, end.Start) ?? SyntaxErrorListener.IndicatorLineForm;
                diagnostics.Add(DiagnosticCatalog.UnexpectedToken(new SourceLocation(source, end), "行尾", hint));
                IsComplete = false;
                continue;
            }

            siblings.Add(new IndicatorSyntax(
                node.Line.Code,
                node.Line.Name,
                node.Line.Weight,
                node.Line.Indent,
                node.Rule,
                node.NotApplicable,
                Siblings(node.Children),
                node.Line.Span,
                node.Parts.Select(part => new PartSyntax(part.Line.Name, part.Line.Share, part.Rule, part.NotApplicable, part.Line.Span)).ToEquatableArray(),
                node.EachPart,
                node.Line.Bonus,
                node.Breakdown.ToEquatableArray()));
        }

        return siblings.ToEquatableArray();
    }

    private sealed class Node(IndicatorLine line)
    {
        public IndicatorLine Line { get; } = line;

        public List<Node> Children { get; } = [];

        public RuleSyntax? Rule { get; set; }

        public NotApplicableSyntax? NotApplicable { get; set; }

        public List<Part> Parts { get; } = [];

        public EachPartSyntax? EachPart { get; set; }

        public List<BreakdownSyntax> Breakdown { get; } = [];
    }

    private sealed class Part(PartLine line)
    {
        public PartLine Line { get; } = line;

        public RuleSyntax? Rule { get; set; }

        public NotApplicableSyntax? NotApplicable { get; set; }
    }
}
