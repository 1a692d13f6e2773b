using SchemeLang.Collections;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>
/// Syntax tree → bound model: resolves names, units and bounds, multiplies out relative weights and reports
/// what cannot mean anything (SL1004–SL1005, SL2xxx). Consistency of the numbers is left to the checks.
/// </summary>
public sealed partial class Binder
{
    public const int MaxDepth = 4;

    /// <summary>Leaf scores are rounded to this many decimal places unless 小数位 says otherwise, and to at most <see cref="MaxDecimals"/>.</summary>
    public const int DefaultDecimals = 2;

    public const int MaxDecimals = 6;

    /// <summary>The names tables give the group of points outside 总分.</summary>
    private static readonly HashSet<string> BonusNames = new(["加分项", "附加分", "加分", "加分指标"], StringComparer.Ordinal);

    private readonly SchemeSyntax _syntax;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, DataItemSyntax> _dataSyntax = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuantitySyntax> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _dataItems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _binding = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Ratios written in 按比例 rules, bound as data items of their own after the declared ones.</summary>
    private readonly List<DataItem> _completionRatios = [];

    /// <summary>Leaves' own 实际完成值 (「≥ 30个 得满分，否则不得分」 naming no data item), record fields keyed by the leaf.</summary>
    private readonly List<DataItem> _ownValues = [];

    /// <summary>The rows of leaves' own figures (「其中 玉米种植面积 8亩」), record fields keyed by the leaf and the row, and the sums they make.</summary>
    private readonly List<DataItem> _breakdownRows = [];
    private readonly List<DataConstraint> _breakdownSums = [];
    private readonly Dictionary<string, SourceSpan> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _leafKeys = new(StringComparer.Ordinal);
    private WeightStyle _weightStyle;
    private int _decimals;

    private Binder(SchemeSyntax syntax, DiagnosticBag diagnostics)
    {
        _syntax = syntax;
        _diagnostics = diagnostics;
    }

    public static BoundScheme Bind(SchemeSyntax syntax, DiagnosticBag diagnostics) => new Binder(syntax, diagnostics).Bind();

    private SourceFile Source => _syntax.Source;

    private SourceLocation At(SourceSpan span) => new(Source, span);

    private BoundScheme Bind()
    {
        var title = Header<TitleHeaderSyntax>("方案", "方案 2023年某项目绩效评价")?.Title ?? string.Empty;
        var yearHeader = Header<YearHeaderSyntax>("年度", null);
        var year = yearHeader?.Year.Value is { } y ? (int?)(int)Math.Min(y, 9999) : null;
        var totalHeader = Header<TotalHeaderSyntax>("总分", "总分 100");
        var total = totalHeader?.Total.Value ?? 100m;
        _weightStyle = Header<WeightStyleHeaderSyntax>("权重", null)?.Style ?? WeightStyle.Points;
        var missing = Header<MissingPolicyHeaderSyntax>("缺失数据", null)?.Policy ?? MissingDataPolicy.Error;
        var decimals = Decimals(Header<DecimalsHeaderSyntax>("小数位", null));
        _decimals = decimals;
        var percentReading = Header<PercentReadingHeaderSyntax>("百分比数据", null)?.Reading ?? PercentReading.SignRequired;
        _selfEvaluation = SelfEvaluation(Header<SelfEvaluationHeaderSyntax>("评分办法", null));

        CheckTargetYears(yearHeader?.Year);
        foreach (var target in _syntax.Targets)
        {
            if (!_targets.TryAdd(target.Name.Text, target.Value) || _syntax.DataItems.Any(item => item.Name.Text == target.Name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateName(At(target.Name.Span), target.Name.Text));
            }
        }

        foreach (var item in _syntax.DataItems)
        {
            if (!_dataSyntax.TryAdd(item.Name.Text, item))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateName(At(item.Name.Span), item.Name.Text));
            }
        }

        foreach (var item in _syntax.DataItems)
        {
            BindDataItem(item.Name.Text);
        }

        var indicators = BindIndicators(_syntax.Indicators, parent: null, parentWeight: total, depth: 1)
            .Select(group => BonusNames.Contains(group.Name) ? group with { IsBonus = true } : group)
            .ToEquatableArray();
        var grades = _syntax.Grades.Select(BindGrade).OfType<Grade>().ToEquatableArray();
        var vetoes = _syntax.Vetoes.Select((veto, index) => new Veto(index + 1, veto.Text, veto.Effect is VetoDeductSyntax deduct ? deduct.Points.Value : null, veto.Span)).ToEquatableArray();
        var constraints = _syntax.Constraints.OfType<StructuralConstraintSyntax>().Select(constraint => BindConstraint(constraint, indicators)).OfType<StructuralConstraint>().ToEquatableArray();
        var dataConstraints = _syntax.Constraints.OfType<DataConstraintSyntax>().Select(BindDataConstraint).Concat(_breakdownSums).ToEquatableArray();

        foreach (var item in _syntax.DataItems)
        {
            if (!_used.Contains(item.Name.Text) && _dataItems.ContainsKey(item.Name.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.UnusedDataItem(At(item.Name.Span), item.Name.Text));
            }
        }

        var dataItems = _syntax.DataItems
            .Select(item => _dataItems.GetValueOrDefault(item.Name.Text))
            .OfType<DataItem>()
            .Distinct()
            .Concat(_completionRatios)
            .Concat(_ownValues)
            .Concat(_breakdownRows)
            .ToEquatableArray();
        var scheme = new BoundScheme(Source, title, year, total, totalHeader?.Total.Span ?? new SourceSpan(0, 0), _weightStyle, missing, decimals, percentReading, dataItems, indicators, grades, vetoes, constraints, EquatableArray<SchemeTest>.Empty, dataConstraints, _selfEvaluation);
        return scheme with { Tests = _syntax.Tests.Select(test => BindTest(test, scheme)).ToEquatableArray() };
    }

    private T? Header<T>(string name, string? requiredExample)
        where T : HeaderSyntax
    {
        var headers = _syntax.Headers.OfType<T>().ToArray();
        foreach (var duplicate in headers.Skip(1))
        {
            _diagnostics.Add(DiagnosticCatalog.DuplicateHeader(At(duplicate.Span), name));
        }

        if (headers.Length == 0 && requiredExample is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingHeader(At(new SourceSpan(0, 0)), name, requiredExample));
        }

        return headers.FirstOrDefault();
    }

    /// <summary>目标值 2023 says whose targets these are; in a 2024 scheme they would score against another year's numbers.</summary>
    private void CheckTargetYears(QuantitySyntax? schemeYear)
    {
        foreach (var written in _syntax.Targets.Select(target => target.Year).OfType<QuantitySyntax>().Distinct())
        {
            if (schemeYear is null)
            {
                _diagnostics.Add(DiagnosticCatalog.TargetYearWithoutSchemeYear(At(written.Span), written.Value));
            }
            else if (written.Value != schemeYear.Value)
            {
                _diagnostics.Add(DiagnosticCatalog.TargetYearMismatch(At(written.Span), written.Value, schemeYear.Value));
            }
        }
    }

    /// <summary>A count of places outside 0–6 is reported, never clamped to a number the author did not write.</summary>
    private int Decimals(DecimalsHeaderSyntax? header)
    {
        if (header is null)
        {
            return DefaultDecimals;
        }

        var places = header.Decimals.Value;
        if (places <= MaxDecimals && places == decimal.Truncate(places))
        {
            return (int)places;
        }

        _diagnostics.Add(DiagnosticCatalog.DecimalsOutOfRange(At(header.Decimals.Span), header.Decimals.Text, MaxDecimals));
        return DefaultDecimals;
    }
}
