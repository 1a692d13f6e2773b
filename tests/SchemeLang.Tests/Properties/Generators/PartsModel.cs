namespace SchemeLang.Tests.Properties.Generators;

/// <summary>
/// A leaf scored in parts that share its weight equally, as the author says so: 「三项平均分配」 (or 「各部分平均分配」)
/// above 「其中 资金到位」 lines, each with its own rule and maybe its own 不适用. Each part is a leaf of its own whose
/// <see cref="NodeModel.Weight"/> is its equal share at the scheme's decimal places; its fields are keyed
/// 「指标键.部分名称」.
/// </summary>
/// <param name="Line">The line that shares the weight: 「两项平均分配」, 「二项平均分配」, 「各部分平均分配」.</param>
/// <param name="Colon">The part lines written 「其中：资金到位」 rather than 「其中 资金到位」.</param>
public sealed record PartsModel(string Line, IReadOnlyList<NodeModel> Parts, bool Colon) : RuleModel
{
    public override IEnumerable<SubjectModel> Subjects => Parts.SelectMany(part => part.Rule!.Subjects);

    /// <summary>The key of a part's fields under its leaf's key.</summary>
    public static string PartKey(string leafKey, NodeModel part) => $"{leafKey}.{part.Name}";

    public override IEnumerable<string> Lines()
    {
        yield return Line;
        foreach (var part in Parts)
        {
            yield return Colon ? $"其中：{part.Name}" : $"其中 {part.Name}";
            foreach (var line in part.Rule!.Lines())
            {
                yield return "  " + line;
            }

            switch (part.NotApplicable)
            {
                case NotApplicableMode.FullMarks:
                    yield return "  不适用 得满分";
                    break;
                case NotApplicableMode.Redistribute:
                    yield return "  不适用 重新分配";
                    break;
            }
        }
    }
}
