using SchemeLang.Binding;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Tests.Properties;
using SchemeLang.Tests.Properties.Generators;
using SchemeLang.Tests.Support;
using SchemeLang.Text;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// A generated rule sentence that could be read two ways would be a bug, so each is read back: the leaf's rule in the
/// scheme is replaced by its page sentence (after its kind's keyword), the scheme compiled again, and its plan — every
/// rule as the scorer runs it — must be the same, and the leaf's sentence the same text.
/// </summary>
public class RuleTextRoundTripTests
{
    public static TheoryData<string> Examples => StandardPageTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_leafs_page_sentence_reads_back_as_the_same_rule(string file)
    {
        var path = Path.Combine(Repository.Examples, file);
        var failures = RoundTrip(path, File.ReadAllText(path));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Generated_schemes_read_back_from_their_page_sentences() =>
        PropertyRun.Check(SchemeGen.Scheme(SchemeOptions.Everything), scheme =>
        {
            if (SchemeEngine.Compile(scheme.Text).HasErrors)
            {
                return;
            }

            var failures = RoundTrip("generated.scheme", scheme.Text);
            if (failures.Count > 0)
            {
                throw new PropertyFailure(string.Join("\n\n", failures));
            }
        }, 100, scheme => scheme.Text);

    public static TheoryData<string, string> Forms => new()
    {
        { "区间 满意度\n      优秀线以上 得满分\n      [80%, 优秀线) 得3分\n      不满80% 不得分", "满意度：优秀线（90%）（含）以上得满分；80%（含）至优秀线（90%）（不含）得3分；低于80%不得分" },
        { "区间 满意度\n      = 100% 得满分\n      (90%, 100%) 得3分\n      ≤ 90% 酌情给分", "满意度：等于100%得满分；高于90%至100%（不含）得3分；90%（含）以下酌情给分" },
        { "满意度 ≥ 达标线 得5分，每低5%扣1分，不足一档不扣", "满意度≥达标线（95%）得5分，每低5%扣1分，不满5%不扣，扣完为止" },
        { "区间 满意度\n      y<80% 不得分\n      80%≤y<90%：3分\n      y≥90%：5分", "满意度：低于80%不得分；80%（含）至90%（不含）得3分；90%（含）以上得5分" },
        { "等次 完整：5分；基本完整：2分；不完整：0分", "完整得5分；基本完整得2分；不完整得0分" },
        { "等次 优秀 得满分；良好 得80%；一般：60%；差 不得分", "优秀得满分；良好得80%；一般得60%；差不得分" },
        { "是否 资料齐全 得满分，否则扣2分", "资料齐全得满分，否则扣2分" },
        { "是否 相符 得满分，否则酌情扣分", "相符得满分，否则酌情扣分" },
        { "等次 真实、完整：得满分；其他：酌情扣分", "真实、完整得满分；其他酌情扣分" },
        { "等次 好 得满分；较好 扣2分；差 扣5分", "好得满分；较好扣2分；差扣5分" },
        { "扣分，扣完3分为止\n      ① 差错 每次扣1分", "①差错，每次扣1分；扣完3分为止" },
        { "分项 平均分配\n      ① 甲\n      ② 乙\n      ③ 丙", "①甲得1.67分；②乙得1.67分；③丙得1.66分" },
        { "分项 平均分配\n      ① 甲\n      ② 乙\n      ③ 丙\n      ④ 丁\n      ⑤ 戊", "①甲得1分；②乙得1分；③丙得1分；④丁得1分；⑤戊得1分" },
        { "待定：由各市县自行制定", "待定：由各市县自行制定" },
        { "是否", "得满分，否则不得分" },
        { "是否 按时上缴，资料齐全 得5分", "按时上缴，资料齐全得5分，否则不得分" },
        { "扣分\n      ① 出现差错 每扣1分\n      ② 投诉，每次扣0.5分", "①出现差错，每扣1分；②投诉，每次扣0.5分；扣完为止" },
        { "按比例 满意度，封顶 100%", "满意度 × 5分，封顶100%" },
        { "按比例 满意度 ÷ 达标线", "满意度 ÷ 达标线（95%） × 5分" },
        { "按比例 (满意度/达标线)×100%", "满意度 ÷ 达标线（95%） × 5分" },
        { "按比例 [满意度÷达标线（95%）]*100% × 5分", "满意度 ÷ 达标线（95%） × 5分" },
        { "得分=满意度×该项指标分值", "满意度 × 5分" },
        { "得分 = 满意度/达标线×100%×分值，封顶 100%", "满意度 ÷ 达标线（95%） × 5分，封顶100%" },
        { "酌情 按抽查情况评定", "酌情评分（0至5分）：按抽查情况评定" },
        { "酌情 2–5分", "酌情评分（2至5分）" },
        { "等次 一致 得满分；基本一致 得3分；偏差较大 不得分；发现挤占挪用的，酌情扣分", "一致得满分；基本一致得3分；偏差较大不得分；发现挤占挪用的酌情扣分" },
        { "等次 一致 得满分；基本一致 得3分；凡挤占挪用的扣2分；每发现一处扣1分", "一致得满分；基本一致得3分；在所评等次得分上再扣：凡挤占挪用的，扣2分；每发现一处扣1分" },
        { "等次 规范 得满分；不规范 不得分；发现问题的，每处扣0.5分", "规范得满分；不规范不得分；在所评等次得分上再扣：发现问题的，每处扣0.5分" },
        { "等次 好 得满分；差 不得分；在所评等次得分上再扣：挤占挪用 扣2分；存在其他问题的，酌情扣分", "好得满分；差不得分；存在其他问题的酌情扣分；在所评等次得分上再扣：挤占挪用，扣2分" },
        { "等次\n      好 得满分\n      差 不得分\n      在所评等次得分上再扣：每起扣1分", "好得满分；差不得分；在所评等次得分上再扣：每起扣1分" },
        { "等次 目标是否明确，明确：5分；较明确：2分；不明确：0分", "目标是否明确，明确得5分；较明确得2分；不明确得0分" },
        { "等次 目标明确吗？明确 得满分；不明确 不得分", "目标明确吗？明确得满分；不明确不得分" },
        { "资料齐全的得5分，不齐全的扣5分", "资料齐全的得5分，不齐全的扣5分" },
        { "按时报送的得满分，未按时报送的不得分", "按时报送的得满分，未按时报送的不得分" },
        { "满意度 ≥ 95% 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，最多扣3分", "满意度≥95%得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，最多扣3分" },
        { "满意度 ≥ 95% 得满分，每低1个百分点扣1分，不足一档不扣，扣分不超过3分", "满意度≥95%得满分，每低1个百分点扣1分，不满1个百分点不扣，最多扣3分" },
        { "扣分，最多扣3分\n      ① 发生安全事故 每起扣1分\n      ② 工期 每推迟一年扣0.5分", "①发生安全事故，每起扣1分；②工期，每推迟一年扣0.5分；扣完3分为止" },
        { "扣分，扣分不超过2分\n      ① 投诉 每发现一处违规扣1分", "①投诉，每发现一处违规扣1分；扣完2分为止" },
        { "等次\n      「制度健全，执行到位」 得满分\n      基本健全、执行一般 得2分\n      无 不得分", "制度健全，执行到位得满分；基本健全、执行一般得2分；无不得分" },
    };

    [Fact]
    public void Counts_with_units_read_back()
    {
        var failures = RoundTrip("units.scheme", """
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            目标值
              户数目标 = 30户
            数据
              完成户数：整数（户）
              治理面积：数值（公顷）
            A 户数 5分
              完成户数 ≥ 户数目标 得满分，每少1户扣0.5分，不满1户按1户计，扣完为止
            B 面积 5分
              区间 治理面积
                ≥ 100公顷 得满分
                [50公顷, 100公顷) 得3分
                < 50公顷 不得分
            """);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Parts (each part's rule on its own), 其他问题酌情扣分, a 酌情 level, bands that give grades.</summary>
    [Theory]
    [MemberData(nameof(EngineAgreementProperties.SchemesInEveryWrittenForm), MemberType = typeof(EngineAgreementProperties))]
    public void Every_written_form_reads_back(string text)
    {
        var failures = RoundTrip("forms.scheme", text);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Self_evaluation_target_values_and_budget_execution_read_back()
    {
        var failures = RoundTrip("self-evaluation.scheme", """
            方案 测试
            总分 50
            评分办法 自评表（定性 80/60）
            等级 合格 ≥ 30；不合格 < 30
            A 预算执行率 10分
              预算执行，其中：当年财政拨款、上年结转资金
            B 执行率 10分
              预算执行
            C1 数量 10分
              年度指标值 ≥ 40个
            C2 成本 10分
              年度指标值：≤120万元
            C3 质量 5分
              年度指标值 = 100%
            C4 效益 5分
              年度指标值 达成预期指标
            """);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Theory]
    [InlineData("二项平均分配", 2)]
    [InlineData("各部分平均分配", 3)]
    [InlineData("各部分平均分配", 11)]
    public void Parts_sharing_the_weight_equally_read_back_with_the_line_the_page_writes(string line, int count)
    {
        var parts = string.Concat(Enumerable.Range(1, count).Select(i => $"\n  其中 部分{"甲乙丙丁戊己庚辛壬癸子"[i - 1]}\n    是否 部分{"甲乙丙丁戊己庚辛壬癸子"[i - 1]}达标"));
        var text = $"方案 测试\n总分 11\n等级 合格 ≥ 6；不合格 < 6\nA 管理 11分\n  {line}{parts}\n";
        var scheme = Schemes.Clean(text).Scheme!;

        Assert.StartsWith(PartsRule.EqualSharesLine(count) + "。", RuleWording.Rule(scheme.Leaves.Single(), scheme), StringComparison.Ordinal);
        var failures = RoundTrip("parts.scheme", text);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void A_rule_shared_by_a_group_reads_back_for_every_indicator_it_serves()
    {
        var failures = RoundTrip("shared.scheme", """
            方案 测试
            总分 15
            等级 合格 ≥ 9；不合格 < 9
            A 产出质量 15分
              以下各项：等次 优秀 得满分；良好 得80%；差 不得分
              A1 资料完整性 5分
              A2 制度建设 10分
            """);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Money_in_the_authors_unit_reads_back_and_is_shown_in_it()
    {
        const string text = """
            方案 测试
            总分 10
            等级 合格 ≥ 6；不合格 < 6
            目标值
              目标成本 = 100万元
            数据
              实际成本：金额（万元） 范围 (0万元, 500万元]
            A 成本 5分
              区间 实际成本
                ≤ 目标成本 得满分
                (100万元, 120.5万元] 得3分
                > 120.5万元 不得分
            B 控制 5分
              按比例 目标成本 ÷ 实际成本
            """;
        var scheme = Schemes.Clean(text).Scheme!;

        Assert.Equal("实际成本：目标成本（100万元）（含）以下得满分；高于100万元至120.5万元（含）得3分；高于120.5万元不得分", RuleWording.Rule(scheme.Leaves.First(), scheme));
        Assert.Equal("目标成本 100万元", RuleWording.Targets(scheme.Leaves.First(), scheme));
        var failures = RoundTrip("money.scheme", text);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_form_of_each_rule_kind_reads_back(string rule, string sentence)
    {
        var text = $"""
            方案 测试
            总分 5
            等级 合格 ≥ 3；不合格 < 3
            目标值
              优秀线 = 90%
              达标线 = 95%
            数据
              满意度：百分比 范围 [0%, 100%]
            A 满意度 5分
                {rule}
            """;
        var compilation = SchemeCompilation.FromSource(new SourceFile("form.scheme", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(Schemes.Describe)));
        var scheme = compilation.Scheme!;
        Assert.Equal(sentence, RuleWording.Rule(scheme.Leaves.Single(), scheme));
        var failures = RoundTrip("form.scheme", text);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Each leaf's rule replaced by its sentence in turn; what went wrong, per leaf.</summary>
    private static List<string> RoundTrip(string path, string source)
    {
        var original = SchemeCompilation.FromSource(new SourceFile(path, source));
        var scheme = original.Scheme!;
        var plan = PlanJson.Write(new Evaluator(original).Plan);
        var failures = new List<string>();
        foreach (var leaf in RuleHolders(scheme).Where(leaf => leaf.Rule is not null))
        {
            var sentence = RuleWording.Rule(leaf, scheme);
            // A rule shared from a group (以下各项) is written back where it was, for every indicator it serves.
            var shared = source[leaf.Rule!.Span.Span.Start..].StartsWith("以下各项", StringComparison.Ordinal) ? "以下各项 " : string.Empty;
            var line = shared + Keyword(leaf.Rule!) + sentence;
            // The rule's lines, without the line break that ends them.
            var span = leaf.Rule!.Span.Span;
            var end = span.Start + source[span.Start..span.End].TrimEnd().Length;
            var rewritten = SchemeCompilation.FromSource(new SourceFile(path, source[..span.Start] + line + source[end..]));
            if (rewritten.HasErrors)
            {
                failures.Add($"{leaf.Key}「{line}」读不回来：{string.Join("；", rewritten.Diagnostics.Select(Schemes.Describe))}");
                continue;
            }

            var rereadScheme = rewritten.Scheme!;
            var reread = RuleHolders(rereadScheme).Single(other => other.Key == leaf.Key);
            if (!PlanJson.Write(new Evaluator(rewritten).Plan).SequenceEqual(plan))
            {
                failures.Add($"{leaf.Key}「{line}」读回来的规则不同：{string.Join(" ", PlanJson.Write(new Evaluator(rewritten).Plan).Except(plan))}");
            }
            else if (RuleWording.Rule(reread, rereadScheme) != sentence)
            {
                failures.Add($"{leaf.Key}「{line}」读回来后写作「{RuleWording.Rule(reread, rereadScheme)}」");
            }
        }

        failures.AddRange(EqualSharesReadBack(path, source, scheme, plan));
        failures.AddRange(BreakdownReadBack(path, source, scheme, plan));
        return failures;
    }

    /// <summary>
    /// 「二项平均分配」 or 「各部分平均分配」 above a leaf's parts, replaced by the line the page writes before them
    /// (「两项平均分配」), gives the same plan.
    /// </summary>
    private static IEnumerable<string> EqualSharesReadBack(string path, string source, BoundScheme scheme, IReadOnlyList<string> plan)
    {
        foreach (var (leaf, parts) in scheme.Leaves.Select(leaf => (leaf, leaf.Rule as PartsRule)).Where(pair => pair.Item2 is { EqualShares: true }))
        {
            // The line just above the first part, when it is the author's.
            var lineEnd = source.LastIndexOf('\n', parts!.Span.Span.Start);
            var lineStart = source.LastIndexOf('\n', lineEnd - 1) + 1;
            var written = source[lineStart..lineEnd].Trim();
            if (!written.EndsWith("平均分配", StringComparison.Ordinal))
            {
                continue;
            }

            var line = RuleWording.EqualShares(parts).TrimEnd('。');
            var rewritten = SchemeCompilation.FromSource(new SourceFile(path, source[..lineStart] + source[lineStart..lineEnd].Replace(written, line, StringComparison.Ordinal) + source[lineEnd..]));
            if (rewritten.HasErrors || !PlanJson.Write(new Evaluator(rewritten).Plan).SequenceEqual(plan))
            {
                yield return $"{leaf.Key}「{written}」写作「{line}」后读回来不同";
            }
        }
    }

    /// <summary>A leaf's 「其中」 rows with a value, replaced by the lines the page writes for them, give the same plan.</summary>
    private static IEnumerable<string> BreakdownReadBack(string path, string source, BoundScheme scheme, IReadOnlyList<string> plan)
    {
        foreach (var leaf in scheme.Leaves.Where(leaf => leaf.Breakdown.Count > 0))
        {
            var start = leaf.Breakdown[0].Span.Span.Start;
            var indent = source[(source.LastIndexOf('\n', start - 1) + 1)..start];
            var end = source.IndexOf('\n', leaf.Breakdown[^1].Span.Span.Start) is var newline and >= 0 ? newline : source.Length;
            var lines = string.Join("\n" + indent, leaf.Breakdown.Select(RuleWording.BreakdownLine));
            var rewritten = SchemeCompilation.FromSource(new SourceFile(path, source[..start] + lines + source[end..]));
            if (rewritten.HasErrors || !PlanJson.Write(new Evaluator(rewritten).Plan).SequenceEqual(plan))
            {
                yield return $"{leaf.Key}「其中」各行写作「{lines}」后读回来不同：{string.Join("；", rewritten.Diagnostics.Select(Schemes.Describe))}";
            }
        }
    }

    /// <summary>Every leaf with its own rule, and each part of a leaf scored in parts in its place: each part's rule reads back on its own.</summary>
    private static IEnumerable<Indicator> RuleHolders(BoundScheme scheme) =>
        scheme.Leaves.SelectMany(leaf => leaf.Rule is PartsRule parts ? parts.Parts.AsEnumerable() : [leaf]);

    private static string Keyword(BoundRule rule) => rule switch
    {
        PassFailRule => "是否 ",
        ChecklistRule => "分项 ",
        DeductionRule => "扣分 ",
        BandRule { OwnValue: true } => string.Empty,
        BandRule => "区间 ",
        LevelRule => "等次 ",
        ProportionalRule => "按比例 ",
        StepRule or DiscretionaryRule or PendingRule or TargetRatioRule or QualitativeRule or BudgetExecutionRule => string.Empty,
        _ => throw new System.Diagnostics.UnreachableException($"rule {rule.GetType().Name}"),
    };
}
