using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemeLang.Emit.Syntax;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static SchemeLang.Emit.Syntax.CSharpSyntax;

namespace SchemeLang.Emit.Generation;

/// <summary>
/// One static method per leaf for the fast path (<see cref="FastPathPrinter"/>): the leaf's standard specialised to
/// its constants — bands as comparisons in the table's order, each under the words of its range; steps, proportions
/// and deductions as calls to the runtime's <see cref="Scoring"/> with literal arguments, so the arithmetic is the
/// runtime's and only the constants are the scheme's. It returns the raw score the tree clamps and rounds; a method
/// that <see cref="MayRefuse"/> returns null for a record the general path must report on or score (a 酌情 level, a value
/// its enum does not define, a 酌情 score not asked for or out of its range, a 自评表 tier or 预算 that does not check).
/// </summary>
internal static partial class LeafMethodPrinter
{
    /// <summary>Whether the fast path can score this leaf: every rule kind whose score follows from its inputs alone.</summary>
    public static bool Supports(LeafPlan leaf) => leaf.Rule switch
    {
        PassFailPlan or ChecklistPlan or DeductionPlan or ThresholdPlan or ProportionalPlan or DiscretionaryPlan or PendingPlan => true,
        TargetRatioPlan or QualitativePlan or BudgetExecutionPlan => true,
        BandTablePlan bands => bands.Bands.All(band => band.Outcome is FixedPointsPlan or SteppedPlan or DiscretionaryBandPlan),
        // A 酌情 level's score is the general path's to check: the method gives none for it, and the record goes there.
        LevelPlan levels => levels.Deductions.IsEmpty && leaf.Inputs.Length == (levels.Levels.Any(level => level.Judged) ? 2 : 1),
        _ => false,
    };

    /// <summary>Whether the leaf's method may answer null: the record is one the general path scores or reports on.</summary>
    public static bool MayRefuse(LeafPlan leaf) => leaf.Rule switch
    {
        LevelPlan or QualitativePlan or BudgetExecutionPlan => true,
        PassFailPlan passFail => passFail.OtherwiseJudged,
        BandTablePlan => !leaf.Inputs.IsEmpty,
        _ => false,
    };

    /// <summary>The data items the leaf's method takes first: its subject, or 预算执行's columns (<see cref="BudgetExecutionPlan.Items"/>).</summary>
    public static ImmutableArray<int> Items(LeafPlan leaf) => leaf.Rule switch
    {
        BandTablePlan or ThresholdPlan or ProportionalPlan or TargetRatioPlan => [leaf.Subject],
        BudgetExecutionPlan budget => budget.Items,
        _ => [],
    };

    /// <summary>The record fields the method takes next, each of which the fast path requires (a record without one is the general path's).</summary>
    public static ImmutableArray<int> Fields(LeafPlan leaf) => leaf.Rule switch
    {
        BandTablePlan or ThresholdPlan or ProportionalPlan or TargetRatioPlan or BudgetExecutionPlan => [],
        PassFailPlan => [leaf.Inputs[0]],
        // The 酌情 score beside the level is checked apart (FastPathPrinter): a record gives it for a 酌情 level only.
        LevelPlan => leaf.Inputs[..1],
        _ => leaf.Inputs,
    };

    /// <summary>
    /// The record fields the method takes last, as the record has them (null when absent): a 酌情 score the standard
    /// asks for in some cases only (a 是否 answered 否, a value in a 酌情 band) and its reason; a 自评表 tier's 偏差原因.
    /// </summary>
    public static ImmutableArray<int> AsGiven(LeafPlan leaf) => leaf.Rule switch
    {
        PassFailPlan { OtherwiseJudged: true } => [leaf.Inputs[1], leaf.Reason],
        BandTablePlan when !leaf.Inputs.IsEmpty => [leaf.Inputs[0], leaf.Reason],
        QualitativePlan => [leaf.Reason],
        _ => [],
    };

    /// <summary>The parameters of the leaf's method: <see cref="Items"/>, then <see cref="Fields"/>, then <see cref="AsGiven"/>.</summary>
    public static IEnumerable<(TypeSyntax Type, string Name)> Parameters(LeafPlan leaf, ScorerNames names) => leaf.Rule switch
    {
        BandTablePlan or ThresholdPlan or ProportionalPlan or TargetRatioPlan => [(Decimal, names.Items[leaf.Subject]), .. Given(leaf, names)],
        BudgetExecutionPlan => BudgetParameters(leaf, names),
        PassFailPlan => [(Bool, names.Properties[leaf.Inputs[0]]), .. Given(leaf, names)],
        ChecklistPlan => leaf.Inputs.Select(slot => (Bool, names.Properties[slot])),
        DeductionPlan or DiscretionaryPlan or PendingPlan => leaf.Inputs.Select(slot => (Decimal, names.Properties[slot])),
        LevelPlan => [(LevelType(leaf, names), names.Properties[leaf.Inputs[0]])],
        QualitativePlan => [(LevelType(leaf, names), names.Properties[leaf.Inputs[0]]), (Decimal, names.Properties[leaf.Inputs[1]]), .. Given(leaf, names)],
        _ => throw new UnreachableException($"rule plan {leaf.Rule.GetType().Name} has no fast path"),
    };

    /// <summary>The enum a 等次 or 自评表 tier field is generated as.</summary>
    private static TypeSyntax LevelType(LeafPlan leaf, ScorerNames names) => IdentifierName(names.Levels[leaf.Inputs[0]]!.Type);

    /// <summary>The <see cref="AsGiven"/> parameters: a 酌情 score (<c>decimal?</c>) or a reason (<c>string?</c>).</summary>
    private static IEnumerable<(TypeSyntax Type, string Name)> Given(LeafPlan leaf, ScorerNames names) =>
        AsGiven(leaf).Select(slot => ((TypeSyntax)NullableType(slot == leaf.Reason ? String : Decimal), names.Properties[slot]));

    public static MethodDeclarationSyntax Print(IndicatorPlan indicator, string method, ScorerNames names)
    {
        var leaf = indicator.Leaf!;
        var parameters = Parameters(leaf, names).ToList();
        var first = IdentifierName(parameters[0].Name);
        var body = leaf.Rule switch
        {
            PassFailPlan { OtherwiseJudged: true } passFail => JudgedPassFail(passFail, first, parameters),
            PassFailPlan passFail => PassFail(passFail, first),
            ChecklistPlan checklist => Checklist(checklist, parameters),
            DeductionPlan deduction => Deduction(deduction, parameters),
            BandTablePlan bands => Bands(bands, first, leaf.Inputs.IsEmpty ? null : (IdentifierName(parameters[1].Name), IdentifierName(parameters[2].Name))),
            ThresholdPlan threshold => Threshold(threshold, first),
            ProportionalPlan proportional => [Return(Scoring(nameof(Runtime.CompilerServices.Scoring.Proportional), CSharpSyntax.Literal(proportional.Weight), first, CSharpSyntax.Literal(proportional.Cap)))],
            LevelPlan levels => Levels(levels, names.Levels[leaf.Inputs[0]]!, first),
            TargetRatioPlan ratio => TargetRatio(ratio, first),
            QualitativePlan qualitative => Qualitative(qualitative, names.Levels[leaf.Inputs[0]]!, parameters),
            BudgetExecutionPlan budget => BudgetExecution(budget, parameters),
            DiscretionaryPlan or PendingPlan => [Return(first).WithLeadingTrivia(DocComments.Line($"{Judged(leaf.Rule, indicator.Weight)}：评价人所给的分（已查过范围和理由）"))],
            _ => throw new UnreachableException($"rule plan {leaf.Rule.GetType().Name} has no fast path"),
        };

        return MethodDeclaration(MayRefuse(leaf) ? NullableType(Decimal) : Decimal, Identifier(method))
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithParameterList(ParameterList(SeparatedList(parameters.Select(parameter => Parameter(Identifier(parameter.Name)).WithType(parameter.Type)))))
            .WithBody(Block(body))
            .WithLeadingTrivia(DocComments.Summary(leaf.Standard.Length == 0 ? Heading(indicator) : $"{Heading(indicator)}：{leaf.Standard}"));
    }

    /// <summary>
    /// The range a 酌情 or 待定 score must lie in, as <see cref="LeafRules.Discretionary"/> checks it: the written range,
    /// else 0 to the weight.
    /// </summary>
    public static (decimal Min, decimal Max) JudgedRange(RulePlan rule, decimal weight) =>
        rule is DiscretionaryPlan range ? (range.Min, range.Max) : (0m, weight);

    private static string Judged(RulePlan rule, decimal weight) => JudgedRange(rule, weight) is var (min, max) && rule is PendingPlan
        ? $"待定（{NumberText.Plain(min)}至{NumberText.Points(max)}）"
        : $"酌情评分（{NumberText.Plain(min)}至{NumberText.Points(max)}）";

    /// <summary>「C31 收入预算完成率」: the leaf as its table names it.</summary>
    public static string Title(IndicatorPlan indicator) => $"{(indicator.Code is { } code ? code + " " : string.Empty)}{indicator.Name}";

    /// <summary>「C31 收入预算完成率（4分）」: what an auditor looks for first.</summary>
    private static string Heading(IndicatorPlan indicator) =>
        $"{Title(indicator)}（{NumberText.Points(indicator.Weight)}{(indicator.Bonus > 0m ? $"，附加分{NumberText.Points(indicator.Bonus)}" : string.Empty)}）";

    private static StatementSyntax[] PassFail(PassFailPlan rule, ExpressionSyntax met) =>
    [
        Return(ConditionalExpression(met, CSharpSyntax.Literal(rule.Points), CSharpSyntax.Literal(rule.Otherwise)))
            .WithLeadingTrivia(DocComments.Line(rule.Condition is { } condition ? $"{condition}：是得{NumberText.Points(rule.Points)}，否得{NumberText.Points(rule.Otherwise)}" : "是否")),
    ];

    /// <summary>
    /// 是否 whose 否 is 酌情 (「否则酌情扣分」), as <see cref="LeafRules.PassFail"/> scores it: 是, the points, and no 酌情
    /// score may be given; 否, the evaluator's score within 0 to the points, with a reason.
    /// </summary>
    private static StatementSyntax[] JudgedPassFail(PassFailPlan rule, ExpressionSyntax met, List<(TypeSyntax Type, string Name)> parameters) =>
    [
        IfStatement(met, Block(Return(Unasked(IdentifierName(parameters[1].Name), CSharpSyntax.Literal(rule.Points)))))
            .WithLeadingTrivia(DocComments.Line($"{rule.Condition ?? "是否"}：是得{NumberText.Points(rule.Points)}（不应填写酌情得分）")),
        Return(JudgedScore(IdentifierName(parameters[1].Name), IdentifierName(parameters[2].Name), 0m, rule.Points))
            .WithLeadingTrivia(DocComments.Line($"否则{JudgedWords(0m, rule.Points)}")),
    ];

    /// <summary>The points of a case whose score the standard gives, unless the record gives a 酌情 score all the same (SL5017).</summary>
    private static ExpressionSyntax Unasked(ExpressionSyntax score, ExpressionSyntax points) =>
        ConditionalExpression(LinearWhitespace.IsPattern(score, ConstantPattern(CSharpSyntax.Null)), points, CSharpSyntax.Null);

    /// <summary>
    /// A 酌情 score within [<paramref name="min"/>, <paramref name="max"/>] and with a reason, else null: what
    /// <see cref="LeafRules.Discretionary"/> requires, its range printed as every other interval is.
    /// </summary>
    private static ExpressionSyntax JudgedScore(ExpressionSyntax score, ExpressionSyntax reason, decimal min, decimal max) =>
        ConditionalExpression(
            BinaryExpression(SyntaxKind.LogicalAndExpression,
                ComparisonPrinter.Contains(score, Interval.Closed(min, max)),
                PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, IsBlank(reason))),
            score,
            CSharpSyntax.Null);

    /// <summary>「酌情评分（0至3分），评价人给分并写明理由」.</summary>
    private static string JudgedWords(decimal min, decimal max) => $"酌情评分（{NumberText.Plain(min)}至{NumberText.Points(max)}），评价人给分并写明理由";

    /// <summary>Each item met adds its points, in the table's order (as the rule sums them).</summary>
    private static IEnumerable<StatementSyntax> Checklist(ChecklistPlan rule, List<(TypeSyntax Type, string Name)> parameters)
    {
        yield return Var("score", CSharpSyntax.Literal(0m));
        for (var i = 0; i < rule.Items.Length; i++)
        {
            var item = rule.Items[i];
            yield return IfStatement(IdentifierName(parameters[i].Name), Block(ExpressionStatement(AssignmentExpression(SyntaxKind.AddAssignmentExpression, IdentifierName("score"), CSharpSyntax.Literal(item.Points)))))
                .WithLeadingTrivia(DocComments.Line($"{item.Mark}{item.Text}得{NumberText.Points(item.Points)}"));
        }

        yield return Return(IdentifierName("score"));
    }

    private static IEnumerable<StatementSyntax> Deduction(DeductionPlan rule, List<(TypeSyntax Type, string Name)> parameters)
    {
        yield return Var("deducted", CSharpSyntax.Literal(0m));
        for (var i = 0; i < rule.Items.Length; i++)
        {
            var item = rule.Items[i];
            yield return ExpressionStatement(AssignmentExpression(SyntaxKind.AddAssignmentExpression, IdentifierName("deducted"),
                    Scoring(nameof(Runtime.CompilerServices.Scoring.Deducted), IdentifierName(parameters[i].Name), CSharpSyntax.Literal(item.Points))))
                .WithLeadingTrivia(DocComments.Line($"{item.Mark}{item.Text}，每{item.UnitWord}扣{NumberText.Points(item.Points)}"));
        }

        yield return Return(Scoring(nameof(Runtime.CompilerServices.Scoring.Deduction), CSharpSyntax.Literal(rule.Weight), IdentifierName("deducted"), LiteralOrNull(rule.MaxDeduction)))
            .WithLeadingTrivia(DocComments.Line(rule.MaxDeduction is { } cap ? $"从{NumberText.Points(rule.Weight)}扣，扣完{NumberText.Points(cap)}为止" : $"从{NumberText.Points(rule.Weight)}扣，扣完为止"));
    }

    /// <summary>
    /// The first band holding the value decides, as <see cref="Runtime.CompilerServices.Bands.IndexOf"/> finds it; the
    /// checker proves one does. Each comparison stands under the row's words from the plan. Where the table has a 酌情
    /// band, <paramref name="judged"/> is the record's 酌情 score and reason: asked for in that band only.
    /// </summary>
    private static IEnumerable<StatementSyntax> Bands(BandTablePlan rule, ExpressionSyntax value, (ExpressionSyntax Score, ExpressionSyntax Reason)? judged)
    {
        ExpressionSyntax Fixed(ExpressionSyntax points) => judged is { } asked ? Unasked(asked.Score, points) : points;
        foreach (var band in rule.Bands)
        {
            var outcome = band.Outcome switch
            {
                FixedPointsPlan points => Return(Fixed(CSharpSyntax.Literal(points.Points))),
                SteppedPlan stepped => Return(Fixed(Steps(stepped.Start, Explanations.StepEdge(band.Range, stepped.Step), value, stepped.Step))),
                DiscretionaryBandPlan range when judged is { } asked => Return(JudgedScore(asked.Score, asked.Reason, range.Min, range.Max))
                    .WithLeadingTrivia(DocComments.Line(JudgedWords(range.Min, range.Max))),
                _ => throw new UnreachableException($"band outcome {band.Outcome.GetType().Name} has no fast path"),
            };
            yield return IfStatement(ComparisonPrinter.Contains(value, band.Range), Block(outcome))
                .WithLeadingTrivia(DocComments.Line(judged is null || band.Outcome is DiscretionaryBandPlan ? band.Words : $"{band.Words}（不应填写酌情得分）"));
        }

        yield return ThrowStatement(ObjectCreationExpression(TypeName<UnreachableException>()).WithArgumentList(Arguments([
            CSharpSyntax.Literal("the checker proves the bands cover the value's range"),
        ])));
    }

    private static IEnumerable<StatementSyntax> Threshold(ThresholdPlan rule, ExpressionSyntax value)
    {
        yield return IfStatement(ComparisonPrinter.Holds(value, rule.Operator, rule.Threshold), Block(Return(CSharpSyntax.Literal(rule.FullMarks))))
            .WithLeadingTrivia(DocComments.Line($"{RangeWording.Of(Comparison.Range(rule.Operator, rule.Threshold), rule.Format)}得{NumberText.Points(rule.FullMarks)}"));
        yield return Return(Steps(rule.FullMarks, rule.Threshold, value, rule.Step))
            .WithLeadingTrivia(DocComments.Line($"否则自{NumberText.Points(rule.FullMarks)}起，{rule.Step.Words}，{(rule.Step.MaxDeduction is { } cap ? $"最多扣{NumberText.Points(cap)}" : "扣完为止")}"));
    }

    /// <summary>
    /// A level by its enum member; null for a 酌情 level (its score is checked by the general path) and for a value
    /// the enum does not define (which the general path reports).
    /// </summary>
    private static StatementSyntax[] Levels(LevelPlan rule, LevelEnum levelEnum, ExpressionSyntax chosen) =>
    [
        Return(SwitchExpression(chosen)
            .WithArms(SeparatedList([
                .. rule.Levels.Select((level, i) => (level, i)).Where(entry => !entry.level.Judged).Select(entry => SwitchExpressionArm(
                    ConstantPattern(Member(IdentifierName(levelEnum.Type), levelEnum.Members[entry.i])),
                    CSharpSyntax.Literal(entry.level.Points))),
                SwitchExpressionArm(DiscardPattern(), LiteralExpression(SyntaxKind.NullLiteralExpression)),
            ]))),
    ];

    /// <summary><c>Scoring.DeductSteps(start, Math.Abs(value - edge), …)</c>: the steps counted from the edge, as the rules count them.</summary>
    private static ExpressionSyntax Steps(decimal start, decimal edge, ExpressionSyntax value, StepPlan step) =>
        Scoring(nameof(Runtime.CompilerServices.Scoring.DeductSteps),
            CSharpSyntax.Literal(start),
            Call(Member(TypeName(typeof(Math)), nameof(Math.Abs)), BinaryExpression(SyntaxKind.SubtractExpression, value, CSharpSyntax.Literal(edge))),
            CSharpSyntax.Literal(step.Size),
            CSharpSyntax.Literal(step.PointsPerStep),
            EnumMember(step.Rounding),
            LiteralOrNull(step.MaxDeduction));

    private static InvocationExpressionSyntax Scoring(string method, params ExpressionSyntax[] arguments) =>
        Call(Member(TypeName(typeof(Scoring)), method), arguments);

    private static ReturnStatementSyntax Return(ExpressionSyntax value) => ReturnStatement(value);

    private static LocalDeclarationStatementSyntax Var(string name, ExpressionSyntax value) =>
        LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(VariableDeclarator(name).WithInitializer(EqualsValueClause(value)))));

    private static TypeSyntax Decimal => PredefinedType(Token(SyntaxKind.DecimalKeyword));

    private static TypeSyntax Bool => PredefinedType(Token(SyntaxKind.BoolKeyword));

    private static TypeSyntax String => PredefinedType(Token(SyntaxKind.StringKeyword));
}
