using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;

namespace SchemeLang.Binding;

/// <summary>
/// 「改造完成率：百分比 = 已改造户数 ÷ 计划户数 × 100」: a percentage is a ratio (50% is 0.5), so a formula that multiplies it by
/// a bare 100 scores 100 times its meaning — an error whose fix is the line to write, never a silent 5000%.
/// </summary>
public sealed partial class Binder
{
    /// <summary>
    /// The product with a bare 100 (not 100%) as one factor, at the formula's top level or in brackets around it, or
    /// ending its last term: 「甲×40%+乙×60%×100」 multiplies only 乙 by 100, which is no more what its author meant.
    /// <c>LastTerm</c>: the product ends a sum, so the formula as written is not the number its author meant either.
    /// </summary>
    private static (BinaryExpressionSyntax Product, bool LastTerm)? TimesHundred(ExpressionSyntax formula) => formula switch
    {
        BinaryExpressionSyntax { Operator: BinaryOperator.Multiply } product when IsBareHundred(product.Right) || IsBareHundred(product.Left) => (product, false),
        BinaryExpressionSyntax { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } binary => TimesHundred(binary.Left),
        BinaryExpressionSyntax { Operator: BinaryOperator.Add or BinaryOperator.Subtract } sum when TimesHundred(sum.Right) is { } last => (last.Product, true),
        _ => null,
    };

    private static bool IsBareHundred(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { Value: { Unit: QuantityUnit.None, Value: 100m } };

    private void ReportTimesHundred(DataItemSyntax item, BinaryExpressionSyntax product, bool lastTerm)
    {
        var kept = IsBareHundred(product.Right) ? product.Left : product.Right;
        var formulaText = Source.Slice(item.Formula!.Span);
        var productText = Source.Slice(product.Span);
        var without = formulaText.Replace(productText, Source.Slice(kept.Span), StringComparison.Ordinal);
        var fallback = item.ZeroFallback is { } zero ? $"，除数为零时 {zero.Text}" : string.Empty;
        var name = item.Name.Text;
        _diagnostics.Add(DiagnosticCatalog.PercentTimesHundred(
            At(product.Span),
            name,
            $"{name}：百分比 = {without}{fallback}",
            $"{name}：数值 = {(lastTerm ? $"({without})×100" : formulaText)}{(item.ZeroFallback is { } z ? $"，除数为零时 {NumberText.Plain(z.Value * 100m)}" : string.Empty)}"));
    }
}
