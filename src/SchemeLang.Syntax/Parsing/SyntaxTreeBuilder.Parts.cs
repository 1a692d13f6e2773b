using SchemeLang.Syntax;
using static SchemeLang.Parsing.Generated.SchemeParser;

namespace SchemeLang.Parsing;

/// <summary>A part line of a leaf scored in parts: 「其中 资金到位率 占50%」, 「其中：资金使用率（3分）」.</summary>
internal sealed partial class SyntaxTreeBuilder
{
    private const string ShareWord = "占";

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

        _tree.AddPart(new PartLine(name, share, LineSpan(part)));
    }
}
