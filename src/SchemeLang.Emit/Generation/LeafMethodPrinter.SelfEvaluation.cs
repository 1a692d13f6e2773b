using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static SchemeLang.Emit.Syntax.CSharpSyntax;

namespace SchemeLang.Emit.Generation;

/// <summary>The 自评表's leaves as fast-path methods: a 年度指标值 by ratio or by tier, and 预算执行.</summary>
internal static partial class LeafMethodPrinter
{
    /// <summary>
    /// The columns of 预算执行 the method takes as the record has them: every one but 全年预算数 and 全年执行数, which the rule
    /// requires (年初预算数 and the 其中 rows are checked only where given).
    /// </summary>
    public static IEnumerable<int> ItemsAsGiven(LeafPlan leaf) => leaf.Rule is BudgetExecutionPlan budget
        ? budget.Items.Where((_, column) => column is not (BudgetExecutionPlan.Budget or BudgetExecutionPlan.Spent))
        : [];

    private static IEnumerable<(TypeSyntax Type, string Name)> BudgetParameters(LeafPlan leaf, ScorerNames names) =>
        Items(leaf).Select((item, column) => (column is BudgetExecutionPlan.Budget or BudgetExecutionPlan.Spent ? Decimal : NullableType(Decimal), names.Items[item]));

    /// <summary>As <see cref="Runtime.CompilerServices.LeafRules.TargetRatio"/> scores it: met, the weight; otherwise the ratio.</summary>
    private static IEnumerable<StatementSyntax> TargetRatio(TargetRatioPlan rule, ExpressionSyntax actual)
    {
        var target = CSharpSyntax.Literal(rule.Target);
        var weight = CSharpSyntax.Literal(rule.Weight);
        yield return IfStatement(ComparisonPrinter.Holds(actual, rule.Operator, rule.Target), Block(Return(weight)))
            .WithLeadingTrivia(DocComments.Line($"{RangeWording.Of(Comparison.Range(rule.Operator, rule.Target), rule.Format)}：达到年度指标值，得{NumberText.Points(rule.Weight)}"));
        yield return (rule.IsPositive
                ? Return(Scoring(nameof(Runtime.CompilerServices.Scoring.TargetRatio), weight, actual, target))
                : Return(Scoring(nameof(Runtime.CompilerServices.Scoring.TargetRatio), weight, target, actual)))
            .WithLeadingTrivia(DocComments.Line(rule.IsPositive
                ? $"未达到：{NumberText.Points(rule.Weight)} × 实际完成值 ÷ 指标值（正向指标）"
                : $"未达到：{NumberText.Points(rule.Weight)} × 指标值 ÷ 实际完成值（反向指标）"));
    }

    /// <summary>
    /// As <see cref="Runtime.CompilerServices.LeafRules.Qualitative"/> checks it: the tier one of the three its enum defines,
    /// the score within it, a reason for a score below the weight; null for anything else.
    /// </summary>
    private static IEnumerable<StatementSyntax> Qualitative(QualitativePlan rule, LevelEnum tiers, List<(TypeSyntax Type, string Name)> parameters)
    {
        var (tier, score, reason) = (IdentifierName(parameters[0].Name), IdentifierName(parameters[1].Name), IdentifierName(parameters[2].Name));
        yield return IfStatement(
                BinaryExpression(SyntaxKind.LogicalAndExpression,
                    ComparisonPrinter.Holds(score, ComparisonOperator.Less, rule.Weight),
                    IsBlank(reason)),
                Block(Return(CSharpSyntax.Null)))
            .WithLeadingTrivia(DocComments.Line($"得分低于{NumberText.Points(rule.Weight)}须写明偏差原因"));
        for (var i = 0; i < QualitativePlan.Tiers.Length; i++)
        {
            yield return IfStatement(
                    BinaryExpression(SyntaxKind.EqualsExpression, tier, Member(IdentifierName(tiers.Type), tiers.Members[i])),
                    Block(Return(ConditionalExpression(ComparisonPrinter.Contains(score, rule.Range(i)), score, CSharpSyntax.Null))))
                .WithLeadingTrivia(DocComments.Line($"{QualitativePlan.Tiers[i]}：得分{RangeWording.Of(rule.Range(i), ValueFormat.Points)}"));
        }

        yield return Return(CSharpSyntax.Null)
            .WithLeadingTrivia(DocComments.Line($"不是{string.Join("、", QualitativePlan.Tiers)}之一"));
    }

    /// <summary>
    /// As <see cref="Runtime.CompilerServices.LeafRules.BudgetExecution"/> scores it: each column of the total row agrees
    /// with the 其中 rows given (<see cref="Runtime.CompilerServices.Scoring.RowsAddUp"/>), a 全年预算数 above 0, then the
    /// weight × the 执行率 up to 100%; null where the general path reports.
    /// </summary>
    private static IEnumerable<StatementSyntax> BudgetExecution(BudgetExecutionPlan rule, List<(TypeSyntax Type, string Name)> parameters)
    {
        var columns = BudgetExecutionPlan.Columns.Length;
        for (var column = 0; rule.Rows.Length > 0 && column < columns; column++)
        {
            var rows = Enumerable.Range(0, rule.Rows.Length).Select(row => (ExpressionSyntax)IdentifierName(parameters[columns * (row + 1) + column].Name));
            var agrees = Scoring(nameof(Runtime.CompilerServices.Scoring.RowsAddUp), IdentifierName(parameters[column].Name), CSharpSyntax.Collection(rows));
            yield return IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, agrees), Block(Return(CSharpSyntax.Null)))
                .WithLeadingTrivia(DocComments.Line($"{BudgetExecutionPlan.Columns[column]}：合计等于其中{string.Join("、", rule.Rows)}所填之和"));
        }

        var budget = IdentifierName(parameters[BudgetExecutionPlan.Budget].Name);
        yield return IfStatement(BinaryExpression(SyntaxKind.EqualsExpression, budget, CSharpSyntax.Literal(0m)), Block(Return(CSharpSyntax.Null)))
            .WithLeadingTrivia(DocComments.Line("全年预算数为0时无从计算执行率"));
        var rate = Scoring(nameof(Runtime.CompilerServices.Scoring.ExecutionRate), IdentifierName(parameters[BudgetExecutionPlan.Spent].Name), budget);
        yield return Return(Scoring(nameof(Runtime.CompilerServices.Scoring.BudgetExecution), CSharpSyntax.Literal(rule.Weight), rate))
            .WithLeadingTrivia(DocComments.Line($"{NumberText.Points(rule.Weight)} × 执行率（全年执行数 ÷ 全年预算数），执行率超过100%按100%计"));
    }
}
