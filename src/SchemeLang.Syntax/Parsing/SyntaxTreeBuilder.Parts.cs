using SchemeLang.Syntax;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>A part line of a leaf scored in parts (「其中 资金到位率 占50%」, 「其中：资金使用率（3分）」), and a row of a leaf's own figure (「其中 玉米种植面积 8亩」).</summary>
internal sealed partial class SyntaxTreeBuilder
{
    private const string ShareWord = "占";

    private void EachPart(EachPartLineContext each)
    {
        // 「两项平均分配」 writes no share: the parts share the weight equally.
        var written = each.POINTS() ?? each.PERCENT();
        var share = written is null ? null : Quantity(written);
        if (HasErrors(each) || written is not null && share is null)
        {
            _complete = false;
            return;
        }

        // 「两项」「三项」: the parts the author counted, checked against those written.
        var words = string.Concat(each.nameAtom().Select(atom => atom.GetText()));
        int? count = words.Length >= 2 && words.EndsWith('项') ? "一两二三四五六七八九十".IndexOf(words[^2]) switch
        {
            < 0 => null,
            0 => 1,
            1 => 2,
            var index => index,
        } : null;
        _tree.AddEachPart(new EachPartSyntax(share, count, LineSpan(each)));
    }

    /// <summary>「其中 玉米种植面积 8亩」, 「其中：中央资金 120万元」: a row of the leaf's own figure.</summary>
    private void Breakdown(BreakdownLineContext row)
    {
        var value = row.MONEY() is { } money ? Quantity(money) : WithUnit(Quantity(row.NUMBER()), row.unitWord());
        if (HasErrors(row) || Name(row.name()) is not { } name || value is null)
        {
            _complete = false;
            return;
        }

        _tree.AddBreakdown(new BreakdownSyntax(name, value, LineSpan(row)));
    }

    private void Part(PartLineContext part)
    {
        if (HasErrors(part) || Name(part.name()) is not { } name)
        {
            // Its rule lines still belong to a part: a part that did not read must not hand them to the leaf.
            _tree.AddPart(new PartLine(new NameSyntax(string.Empty, LineSpan(part)), null, LineSpan(part)));
            _complete = false;
            return;
        }

        QuantitySyntax? share = null;
        if (part.partShare() is { } written)
        {
            share = Quantity(written.POINTS() ?? written.PERCENT());
            if (share is null)
            {
                _complete = false;
            }
        }

        // 「其中 资金到位率 占50%」: the name's atoms run on over 占, which belongs to the share.
        if (share is not null && name.Text.EndsWith(ShareWord, StringComparison.Ordinal) && name.Text.Length > ShareWord.Length)
        {
            name = name with { Text = name.Text[..^ShareWord.Length].TrimEnd() };
        }

        if (part.name().QUOTED() is null)
        {
            CheckRuleShapedName("部分", name);
        }

        _tree.AddPart(new PartLine(name, share, LineSpan(part)));
    }
}
