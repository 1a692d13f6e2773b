using System.Diagnostics;
using System.Globalization;
using SchemeLang.Binding;
using SchemeLang.Docs.Wording;
using SchemeLang.Runtime;
using SchemeLang.Wording;

namespace SchemeLang.Docs.Layout;

/// <summary>The 评分标准 page: the indicator table, the vetoes, the grades and the data dictionary.</summary>
public static class StandardPageBuilder
{
    public static StandardPage Build(BoundScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new StandardPage(
            scheme.Title,
            scheme.Year?.ToString(CultureInfo.InvariantCulture),
            NumberText.Plain(scheme.Total),
            IndicatorTableBuilder.Standard(scheme),
            [.. scheme.Grades.Select(grade => new GradeRow(grade.Name, RangeWording.Of(grade.Range, ValueFormat.Points)))],
            [.. scheme.DataItems.Where(item => !item.WrittenInRule).Select(DataItemRow)],
            [.. scheme.Vetoes.Select(veto => $"{veto.Text}：{(veto.Deduction is { } points ? $"总分扣{NumberText.Points(points)}" : "总分为零")}")],
            [.. scheme.Constraints.Select(constraint => Constraint(constraint, scheme)),
             .. scheme.DataConstraints.Where(constraint => constraint.Breakdown is null).Select(constraint => $"每条记录：{FormulaWording.Of(constraint.Left)} {Comparison.Symbol(constraint.Operator)} {FormulaWording.Of(constraint.Right)}")],
            scheme.BonusPoints > 0m ? NumberText.Plain(scheme.BonusPoints) : null)
        {
            Fields = [.. RecordFieldsBuilder.Build(scheme).Select(field => new RecordFieldRow(
                field.Key,
                field.Unit is { } unit ? $"{field.Type}（{unit}）" : field.Type,
                field.Choices.Count > 0 ? string.Join("、", field.Choices) : field.Range ?? string.Empty,
                field.Meaning,
                string.Join("、", field.Indicators)))],
            Instructions = SelfEvaluationWording.Instructions(scheme),
        };
    }

    /// <summary>「产出指标、效益指标的末级指标合计 > 5 个」: what the checker holds the tree to.</summary>
    private static string Constraint(StructuralConstraint constraint, BoundScheme scheme)
    {
        var names = constraint.IndicatorKeys.Select(key => scheme.AllIndicators.First(indicator => indicator.Key == key).DisplayName);
        return $"{string.Join("、", names)}的末级指标合计 {Comparison.Symbol(constraint.Operator)} {NumberText.Plain(constraint.Value)} 个";
    }

    private static DataItemRow DataItemRow(DataItem item) => new(
        item.Name,
        item.Type switch
        {
            DataTypeKind.Percent => "百分比",
            DataTypeKind.Money => "金额",
            DataTypeKind.Count => "整数",
            DataTypeKind.Number => "数值",
            DataTypeKind.Boolean => "是否",
            DataTypeKind.Text => "文本",
            _ => throw new UnreachableException($"data type {item.Type}"),
        },
        item.Unit,
        item.Formula is { } formula ? $"{item.Name} = {FormulaWording.Of(formula)}" : null,
        item.ZeroFallback is { } fallback ? $"分母为 0 时取 {NumberText.Format(fallback, item.Format)}" : null,
        item.DomainDeclared ? DeclaredRange(item) : null);

    /// <summary>The 范围 in the unit the author counts in: money in 万元 shows 0万元（含）至500万元（含）, not in 元.</summary>
    private static string DeclaredRange(DataItem item) => item is { Type: DataTypeKind.Money, Scale: not 1m }
        ? RangeWording.Of(item.Domain.DividedBy(item.Scale), ValueFormat.Plain, unit: item.Unit)
        : RangeWording.Of(item.Domain, item.Format);
}
