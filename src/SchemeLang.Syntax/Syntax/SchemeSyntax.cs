using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Syntax;

/// <summary>
/// A whole scheme file. The indicator tree is already nested by indentation. <see cref="IsComplete"/> is false when
/// a line or a number could not be read (and was reported): the tree then lacks that part.
/// </summary>
public sealed record SchemeSyntax(
    SourceFile Source,
    EquatableArray<HeaderSyntax> Headers,
    EquatableArray<DataItemSyntax> DataItems,
    EquatableArray<TargetSyntax> Targets,
    EquatableArray<GradeSyntax> Grades,
    EquatableArray<IndicatorSyntax> Indicators,
    EquatableArray<VetoSyntax> Vetoes,
    EquatableArray<ConstraintSyntax> Constraints,
    EquatableArray<TestCaseSyntax> Tests,
    bool IsComplete,
    SourceSpan Span) : SyntaxNode(Span);

public abstract record HeaderSyntax(SourceSpan Span) : SyntaxNode(Span);

public sealed record TitleHeaderSyntax(string Title, SourceSpan Span) : HeaderSyntax(Span);

public sealed record YearHeaderSyntax(QuantitySyntax Year, SourceSpan Span) : HeaderSyntax(Span);

public sealed record TotalHeaderSyntax(QuantitySyntax Total, SourceSpan Span) : HeaderSyntax(Span);

public sealed record WeightStyleHeaderSyntax(WeightStyle Style, SourceSpan Span) : HeaderSyntax(Span);

public sealed record MissingPolicyHeaderSyntax(MissingDataPolicy Policy, SourceSpan Span) : HeaderSyntax(Span);

public sealed record DecimalsHeaderSyntax(QuantitySyntax Decimals, SourceSpan Span) : HeaderSyntax(Span);

/// <summary>百分比数据 小数 | 百分数: how a bare number for a percentage reads in data records and 测试 inputs.</summary>
public sealed record PercentReadingHeaderSyntax(PercentReading Reading, SourceSpan Span) : HeaderSyntax(Span);
