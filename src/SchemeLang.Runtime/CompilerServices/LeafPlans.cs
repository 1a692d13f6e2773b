using System.ComponentModel;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// A plan's leaves by leaf index, each with its rule as its own type, and the parts of a leaf scored in parts: what a
/// generated scorer passes to <see cref="LeafRules"/>. One table built once per scorer type, rather than two static
/// fields per leaf: a 15,120-leaf scheme's fields were a third of its generated C# and one static constructor of
/// 30,000 statements for the compiler to check.
/// </summary>
/// <remarks>Machinery: called by generated scorers, not by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LeafPlans
{
    private readonly IndicatorPlan[] _leaves;

    public LeafPlans(SchemePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _leaves = new IndicatorPlan[plan.LeafCount];
        foreach (var indicator in plan.Indicators)
        {
            if (indicator.Leaf is { } leaf)
            {
                _leaves[leaf.Index] = indicator;
            }
        }
    }

    /// <summary>The leaf whose <see cref="LeafPlan.Index"/> is <paramref name="leaf"/>.</summary>
    public IndicatorPlan this[int leaf] => _leaves[leaf];

    /// <summary>The leaf's rule, which the generated code knows to be a <typeparamref name="TRule"/>.</summary>
    public TRule Rule<TRule>(int leaf)
        where TRule : RulePlan => RuleOf<TRule>(_leaves[leaf]);

    /// <summary>Part <paramref name="part"/> of a leaf scored in parts (分项).</summary>
    public IndicatorPlan Part(int leaf, int part) => RuleOf<PartsPlan>(_leaves[leaf]).Parts[part];

    /// <summary>That part's rule, which the generated code knows to be a <typeparamref name="TRule"/>.</summary>
    public TRule PartRule<TRule>(int leaf, int part)
        where TRule : RulePlan => RuleOf<TRule>(Part(leaf, part));

    /// <summary>
    /// The rule of a leaf or part; a plan whose rule is another kind is not the plan the scorer was generated from
    /// (its resource was replaced), which no record can be scored against.
    /// </summary>
    private static TRule RuleOf<TRule>(IndicatorPlan indicator)
        where TRule : RulePlan =>
        indicator.Leaf?.Rule as TRule
            ?? throw new InvalidOperationException($"计分器内嵌的方案与生成它的方案不一致：指标「{indicator.Key}」的评分标准不是{typeof(TRule).Name}。");
}
