using System.Diagnostics;
using System.Globalization;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Parsing.Generated;
using SchemeLang.Syntax;
using SchemeLang.Text;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>
/// Converts the ANTLR parse tree, once, into our immutable syntax tree. Surface words become meaning here:
/// 以上/以下 close a bound, 不满/超过/低于 open it; 95% becomes 0.95. Subtrees the parser could not build
/// (after a reported syntax error) are skipped silently.
/// </summary>
internal sealed partial class SyntaxTreeBuilder(SourceFile source, DiagnosticBag diagnostics)
{
    private readonly List<HeaderSyntax> _headers = [];
    private readonly List<DataItemSyntax> _dataItems = [];
    private readonly List<TargetSyntax> _targets = [];
    private readonly List<GradeSyntax> _grades = [];
    private readonly List<VetoSyntax> _vetoes = [];
    private readonly List<ConstraintSyntax> _constraints = [];
    private readonly List<TestCaseSyntax> _tests = [];
    private readonly IndicatorTreeAssembler _tree = new(source, diagnostics);
    private bool _complete = true;

    /// <param name="isComplete">Whether the parser read every line; the builder may still find a part it cannot read.</param>
    public SchemeSyntax Build(SchemeContext scheme, bool isComplete)
    {
        foreach (var statement in scheme.statement())
        {
            Statement(statement);
        }

        var indicators = _tree.Finish();
        return new SchemeSyntax(
            source,
            _headers.ToEquatableArray(),
            _dataItems.ToEquatableArray(),
            _targets.ToEquatableArray(),
            _grades.ToEquatableArray(),
            indicators,
            _vetoes.ToEquatableArray(),
            _constraints.ToEquatableArray(),
            _tests.ToEquatableArray(),
            isComplete && _complete && _tree.IsComplete,
            new SourceSpan(0, source.Text.Length));
    }

    private void Statement(StatementContext statement)
    {
        if (statement.exception is not null)
        {
            return;
        }

        switch (statement.GetChild(0))
        {
            case HeaderLineContext header:
                Header(header);
                break;
            case DataSectionContext data:
                foreach (var declaration in data.dataDecl())
                {
                    Add(_dataItems, DataItem(declaration));
                }

                break;
            case TargetSectionContext targets:
                var year = targets.NUMBER() is { } number ? Quantity(number) : null;
                foreach (var declaration in targets.targetDecl())
                {
                    Add(_targets, Target(declaration, year));
                }

                break;
            case GradeSectionContext grades:
                foreach (var grade in grades.gradeDecl())
                {
                    Add(_grades, Grade(grade));
                }

                break;
            case VetoSectionContext vetoes:
                foreach (var veto in vetoes.vetoDecl())
                {
                    Add(_vetoes, Veto(veto));
                }

                break;
            case ConstraintSectionContext constraints:
                foreach (var constraint in constraints.constraintDecl())
                {
                    Add(_constraints, Constraint(constraint));
                }

                break;
            case TestSectionContext test:
                Add(_tests, TestCase(test));
                break;
            case IndicatorLineContext indicator:
                if (Indicator(indicator) is { } line)
                {
                    _tree.AddIndicator(line);
                }

                break;
            case RuleBlockContext rule:
                Rule(rule);
                break;
            case PartLineContext part:
                Part(part);
                break;
            case EachPartLineContext each:
                EachPart(each);
                break;
            case BreakdownLineContext row:
                Breakdown(row);
                break;
        }
    }

    private static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }

    // ---------------------------------------------------------------- header

    private void Header(HeaderLineContext header)
    {
        var span = Span(header);
        HeaderSyntax? syntax = header switch
        {
            TitleHeaderContext title => new TitleHeaderSyntax(Text(title.text()), span),
            YearHeaderContext year => Quantity(year.NUMBER()) is { } value ? new YearHeaderSyntax(value, span) : null,
            TotalHeaderContext total => Quantity(total.POINTS() ?? total.NUMBER()) is { } value && WithinPoints(value) ? new TotalHeaderSyntax(value, span) : null,
            WeightStyleHeaderContext style => new WeightStyleHeaderSyntax(style.weightStyle.Text == "相对" ? WeightStyle.Relative : WeightStyle.Points, span),
            MissingPolicyHeaderContext policy => new MissingPolicyHeaderSyntax(policy.policy.Text == "不得分" ? MissingDataPolicy.ScoreZero : MissingDataPolicy.Error, span),
            DecimalsHeaderContext decimals => Quantity(decimals.NUMBER()) is { } value ? new DecimalsHeaderSyntax(value, span) : null,
            PercentReadingHeaderContext reading => new PercentReadingHeaderSyntax(reading.reading.Text == "小数" ? PercentReading.Ratio : PercentReading.Percent, span),
            SelfEvaluationHeaderContext selfEvaluation => new SelfEvaluationHeaderSyntax(Quantity(selfEvaluation.NUMBER(0)), Quantity(selfEvaluation.NUMBER(1)), span),
            _ => null,
        };

        Add(_headers, syntax);
    }

    // ---------------------------------------------------------------- indicators and rules

    private IndicatorLine? Indicator(IndicatorLineContext line)
    {
        if (line.exception is not null || (line.weightedName() ?? (ParserRuleContext?)line.indicatorName()) is not { } text)
        {
            return null;
        }

        // No weight: a group whose children's weights add up to it, if children follow (the tree assembler decides).
        QuantitySyntax? weightValue = null;
        if (line.weight() is { } weight)
        {
            var weightToken = weight.POINTS() ?? weight.PERCENT() ?? weight.NUMBER();
            if (weightToken is null)
            {
                return null;
            }

            // A weight too large to read is reported and the file is not bound; the indicator keeps its place in the tree
            // so that the rule below it is not reported as well.
            weightValue = Quantity(weightToken) ?? new QuantitySyntax(0m, QuantityUnit.None, weightToken.GetText(), Span(weightToken.Symbol, weightToken.Symbol));
        }

        // A line opening with a rule keyword standing apart is a rule the parser could not read, not an indicator
        // named "是否 …"; "区间管理 5分" is an indicator.
        ParserRuleContext[] atoms = text is WeightedNameContext weighted ? weighted.weightedAtom() : ((IndicatorNameContext)text).indicatorAtom();
        if (RuleKeywords.Contains(atoms[0].GetText()) && atoms.Length > 1 && atoms[1].Start.StartIndex > atoms[0].Stop.StopIndex + 1)
        {
            diagnostics.Add(DiagnosticCatalog.UnrecognizedRule(new SourceLocation(source, LineSpan(line)), atoms[0].GetText()));
            _complete = false;
            _tree.AddRule(new BadRuleSyntax(LineSpan(line)));
            return null;
        }

        // 「完成率=(实际完成数/计划数)×100%」 ends in a percentage, but an operator before it makes the line a formula, never
        // a child indicator weighted 100%.
        if (text is WeightedNameContext && atoms[^1].Start.Type is TIMES or DIV or PLUS or MINUS or EQ && atoms.Any(atom => atom.Start.Type is EQ or DIV))
        {
            var weightToken = line.weight().Start;
            diagnostics.Add(DiagnosticCatalog.UnexpectedToken(new SourceLocation(source, Span(weightToken, weightToken)), $"「{weightToken.Text}」",
                SyntaxErrorListener.FormulaHint(source.GetLineText(source.GetPosition(line.Start.StartIndex).Line).Trim())));
            _complete = false;
            _tree.AddRule(new BadRuleSyntax(LineSpan(line)));
            return null;
        }

        // 「经济效益指标 无」, as the national 自评表 writes a group with no indicators this year: 0 points, said so.
        if (weightValue is null && atoms.Length > 1 && atoms[^1].GetText() == QuantitySyntax.NoneText && atoms[^1].Start.StartIndex > atoms[^2].Stop.StopIndex + 1)
        {
            weightValue = QuantitySyntax.None(Span(atoms[^1].Start, atoms[^1].Stop));
            atoms = atoms[..^1];
        }

        var textSpan = SourceSpan.FromBounds(atoms[0].Start.StartIndex, atoms[^1].Stop.StopIndex + 1);
        var code = IndicatorCodes.Split(source, textSpan, Normalize(source.Slice(textSpan)), diagnostics);

        // The name is what follows the code (a letter code, or an outline mark with or without a space after it). A code
        // inside the line's one token (「1.１００」) leaves no token for the name: then the whole line is the name.
        var nameStart = code is null ? 0 : Array.FindIndex(atoms, atom => atom.Start.StartIndex >= code.Span.End);
        if (nameStart < 0)
        {
            (code, nameStart) = (null, 0);
        }

        var nameSpan = SourceSpan.FromBounds(atoms[nameStart].Start.StartIndex, atoms[^1].Stop.StopIndex + 1);
        var quoted = nameStart == atoms.Length - 1 && atoms[nameStart].Start.Type == QUOTED;
        var name = new NameSyntax(quoted ? Unquote(atoms[nameStart].GetText()) : Normalize(source.Slice(nameSpan)), nameSpan);
        // A line without a weight is a group only if indicators follow; otherwise the tree reports it, rule words and all.
        if (!quoted && weightValue is not null)
        {
            CheckRuleShapedName("指标", name);
        }

        // 「目标完成情况 40分，附加分4分」: points the indicator may score on top of its weight, outside 总分.
        var bonus = line.bonus is null ? null : Quantity(line.POINTS());
        return new IndicatorLine(code, name, weightValue, source.GetIndentWidth(line.Start.StartIndex), LineSpan(line), bonus);
    }

    private static readonly HashSet<string> RuleKeywords = ["是否", "分项", "区间", "等次", "扣分", "按比例", "酌情", "不适用", "以下各项", "其中"];

    /// <summary>Whether the parser recovered from an error anywhere inside <paramref name="context"/>.</summary>
    private static bool HasErrors(IParseTree context) => context switch
    {
        IErrorNode => true,
        ParserRuleContext rule => rule.exception is not null || Enumerable.Range(0, rule.ChildCount).Any(i => HasErrors(rule.GetChild(i))),
        _ => false,
    };

    private void Rule(RuleBlockContext rule)
    {
        var span = Span(rule.Start, rule.Stop);
        if (HasErrors(rule))
        {
            _tree.AddRule(new BadRuleSyntax(LineSpan(rule)));
            return;
        }

        if (rule is NotApplicableRuleContext notApplicable)
        {
            var policy = notApplicable.naPolicy.Text == "得满分" ? NotApplicablePolicy.FullMarks : NotApplicablePolicy.Redistribute;
            _tree.AddNotApplicable(new NotApplicableSyntax(policy, span));
            return;
        }

        if (RuleSyntax(rule, span) is { } syntax)
        {
            _tree.AddRule(syntax);
        }
    }

    // ---------------------------------------------------------------- names, numbers, spans

    private NameSyntax? Name(NameContext? name)
    {
        if (name is null || name.exception is not null || name.Start is null || name.Stop is null || name.Stop.StopIndex < name.Start.StartIndex)
        {
            return null;
        }

        var span = Span(name);
        return name.QUOTED() is { } quoted
            ? new NameSyntax(Unquote(quoted.GetText()), span)
            : new NameSyntax(Normalize(source.Slice(span)), span);
    }

    private string Text(ParserRuleContext text)
    {
        var atoms = text.GetRuleContexts<TextAtomContext>();
        if (atoms.Length == 1 && atoms[0].QUOTED() is { } quoted)
        {
            return Unquote(quoted.GetText());
        }

        return Normalize(source.Slice(Span(text)));
    }

    /// <summary>An entry's text: one quoted string unquoted, else the source trimmed with its white space collapsed.</summary>
    private string EntryText(EntryTextContext text) =>
        text.ChildCount == 1 && text.QUOTED() is { Length: 1 } quoted ? Unquote(quoted[0].GetText()) : Normalize(source.Slice(Span(text)));

    private static string Unquote(string quoted) => quoted.Length >= 2 ? quoted[1..^1].Trim() : quoted;

    /// <summary>Trims and collapses runs of white space to one space, so "政策 制定" and "政策  制定" are one name.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private QuantitySyntax? Quantity(LiteralContext? literal) =>
        literal is null || literal.exception is not null ? null : Quantity((ITerminalNode)literal.GetChild(0));

    private QuantitySyntax? Quantity(ITerminalNode? node)
    {
        if (node is null || node.Symbol.Type == TokenConstants.EOF || node is IErrorNode)
        {
            return null;
        }

        var token = node.Symbol;
        var text = token.Text;
        var span = Span(token, token);
        var (digits, unit, scale) = SplitUnit(text);
        if (!decimal.TryParse(ToAsciiDigits(digits), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !ReadsExactly(ToAsciiDigits(digits), value)
            || !TryScale(value, scale, out var scaled))
        {
            diagnostics.Add(DiagnosticCatalog.NumberOutOfRange(new SourceLocation(source, span), text));
            _complete = false;
            return null;
        }

        if (Limit(unit) is { } limit && value > limit.Value)
        {
            // Points and percentages are multiplied and summed through the tree; beyond these no scheme means them.
            diagnostics.Add(DiagnosticCatalog.NumberAboveLimit(new SourceLocation(source, span), text, limit.Text));
            _complete = false;
            return null;
        }

        return new QuantitySyntax(scaled, unit, Normalize(text), span);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is the number written: decimal keeps 28 to 29 significant digits and rounds the
    /// rest away without a word, so 小数位 0.00000000000000000000000000001 would read as 0.
    /// </summary>
    private static bool ReadsExactly(string digits, decimal value) =>
        Canonical(digits) == Canonical(value.ToString(CultureInfo.InvariantCulture));

    private static string Canonical(string digits)
    {
        var trimmed = digits.Contains('.') ? digits.TrimEnd('0').TrimEnd('.') : digits;
        trimmed = trimmed.TrimStart('0');
        return trimmed.Length == 0 || trimmed[0] == '.' ? "0" + trimmed : trimmed;
    }

    private static (decimal Value, string Text)? Limit(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Points => (MaxPoints, "1000000000分"),
        QuantityUnit.Percent or QuantityUnit.PercentagePoints => (MaxPercent, "1000000%"),
        QuantityUnit.None or QuantityUnit.Yuan => null,
        _ => throw new UnreachableException($"unit {unit}"),
    };

    /// <summary>总分 may be written without 分; it is points all the same, with their limit.</summary>
    private bool WithinPoints(QuantitySyntax total)
    {
        if (total.Value <= MaxPoints)
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.NumberAboveLimit(new SourceLocation(source, total.Span), total.Text, "1000000000分"));
        _complete = false;
        return false;
    }

    /// <summary>The largest points a scheme may write: far above any real 总分, far below decimal's range once summed.</summary>
    public const decimal MaxPoints = 1_000_000_000m;

    /// <summary>The largest percentage (as written, before ÷ 100): nested relative weights multiply four of them at most.</summary>
    public const decimal MaxPercent = 1_000_000m;

    private static bool TryScale(decimal value, decimal scale, out decimal scaled)
    {
        try
        {
            scaled = value * scale;
            return true;
        }
        catch (OverflowException)
        {
            scaled = 0m;
            return false;
        }
    }

    private static (string Digits, QuantityUnit Unit, decimal Scale) SplitUnit(string text)
    {
        text = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
        if (text.EndsWith("个百分点", StringComparison.Ordinal))
        {
            var digits = text[..^4];
            return (digits == "一" ? "1" : digits, QuantityUnit.PercentagePoints, 0.01m);
        }

        if (text.EndsWith('%') || text.EndsWith('％'))
        {
            return (text[..^1], QuantityUnit.Percent, 0.01m);
        }

        if (text.EndsWith("万元", StringComparison.Ordinal))
        {
            return (text[..^2], QuantityUnit.Yuan, 10_000m);
        }

        if (text.EndsWith("亿元", StringComparison.Ordinal))
        {
            return (text[..^2], QuantityUnit.Yuan, 100_000_000m);
        }

        if (text.EndsWith('元'))
        {
            return (text[..^1], QuantityUnit.Yuan, 1m);
        }

        if (text.EndsWith('分'))
        {
            return (text[..^1], QuantityUnit.Points, 1m);
        }

        return (text, QuantityUnit.None, 1m);
    }

    /// <summary>０-９ and ． as 0-9 and .: a full-width number reads as the same number everywhere.</summary>
    private static string ToAsciiDigits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                    '．' => '.',
                    _ => c,
                };
            }
        });

    private static SourceSpan Span(ParserRuleContext context) => Span(context.Start, context.Stop);

    /// <summary>The span of a line-ending rule without its trailing line break.</summary>
    private SourceSpan LineSpan(ParserRuleContext context)
    {
        var span = Span(context);
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(source.Text[end - 1]))
        {
            end--;
        }

        return SourceSpan.FromBounds(span.Start, end);
    }

    private static SourceSpan Span(IToken start, IToken? stop) =>
        SourceSpan.FromBounds(start.StartIndex, Math.Max(start.StartIndex, (stop ?? start).StopIndex + 1));
}
