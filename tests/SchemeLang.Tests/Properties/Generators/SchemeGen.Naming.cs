namespace SchemeLang.Tests.Properties.Generators;

// Names given after the shape is chosen, so shrinking keeps them readable.
public static partial class SchemeGen
{
    /// <summary>Codes (A, A1, A12 …), unique names, data items and targets, assigned in tree order after the shape is chosen.</summary>
    private static class Naming
    {
        private static readonly string[] Words = ["政策制定", "资金管理", "项目实施", "产出质量", "社会效益", "服务对象", "制度建设", "信息公开", "档案管理", "绩效目标"];

        public static SchemeModel Apply(SchemeModel scheme)
        {
            var counter = 0;
            var targets = new List<TargetModel>();
            NodeModel Name(NodeModel node, string code)
            {
                var ordinal = Ordinal(counter++);
                var name = Words[(counter * 7) % Words.Length] + ordinal;
                var children = node.Children.Select((child, i) => Name(child, code + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
                var rule = node.Rule switch
                {
                    null => null,
                    // Each part's data item gets an ordinal of its own, so no two rules read the same item.
                    PartsModel parts => parts with { Parts = [.. parts.Parts.Select(part => part with { Rule = Subject(part.Rule!, Ordinal(counter++), targets) })] },
                    var r => Subject(r, ordinal, targets),
                };
                return node with { Code = code, Name = name, Children = children, Rule = rule };
            }

            var roots = scheme.Roots.Select((root, i) => Name(root, ((char)('A' + i)).ToString())).ToArray();
            return scheme with { Roots = roots, Targets = targets };
        }

        private static RuleModel Subject(RuleModel rule, string ordinal, List<TargetModel> targets)
        {
            SubjectModel Named(SubjectModel subject) => subject.Formula is { } formula ? NamedFormula(subject, formula, ordinal) : subject with
            {
                Name = subject.Kind switch
                {
                    SubjectKind.Percent => "完成率",
                    SubjectKind.PercentBounded => "满意度",
                    SubjectKind.Count => "问题次",
                    _ => "支出额",
                } + ordinal,
            };

            switch (rule)
            {
                case BandRuleModel band:
                    return band with { BandSubject = Named(band.BandSubject) };
                case ProportionalModel proportional:
                    return proportional with { RateSubject = Named(proportional.RateSubject) };
                case StepRuleModel step:
                    var subject = Named(step.StepSubject);
                    if (step.ThresholdName is null)
                    {
                        return step with { StepSubject = subject };
                    }

                    var target = new TargetModel("目标" + ordinal, step.Threshold, subject.Kind);
                    targets.Add(target);
                    return step with { StepSubject = subject, ThresholdName = target.Name };
                default:
                    return rule;
            }
        }

        /// <summary>0 → 甲, 12 → 乙丙: Han "digits" so that names stay names (no digits in a data item's name).</summary>
        public static string Ordinal(int number)
        {
            const string digits = "甲乙丙丁戊己庚辛壬癸";
            var text = digits[number % 10].ToString();
            for (number /= 10; number > 0; number /= 10)
            {
                text = digits[number % 10] + text;
            }

            return text;
        }
    }
}
