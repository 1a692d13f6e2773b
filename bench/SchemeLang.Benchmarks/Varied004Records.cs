using System.Globalization;
using SchemeLang.Runtime;

namespace SchemeLang.Benchmarks;

/// <summary>
/// Valid, realistic records for examples/004-huaning-employee-insurance.scheme, the same every run (one
/// <see cref="System.Random"/> with a fixed seed): each as the CLI reads it (field key → text, as
/// examples/004-huaning-employee-insurance.data.json writes it) and as <see cref="LeanInput004"/>. About a third
/// of the rates sit on an edge of their standard or 0.01 个百分点 either side of it — every band of C31, C32 and D31,
/// the 95%/80% targets of C11, C21 and C22, the first started step below or above each, and the step that exhausts
/// the points — and a third of those edges are moved by 0.01 元 so that a derived rate lands a hair either side. The
/// other records are spread over realistic ranges. Deduction counts run 0–6; 是/否 and the record's overall quality
/// vary, so every grade occurs. <see cref="CheckCoverage"/> proves the edges were hit.
/// </summary>
public sealed class Varied004Records
{
    public const int DefaultSeed = 2023;

    /// <summary>综合参保率 and 基金征缴率: the 95% target, the end of the first step, and 5 points gone (90%).</summary>
    private static readonly decimal[] CoverageEdges = [0.95m, 0.94m, 0.90m];

    /// <summary>缴费基数做实率: the 80% target, the first step, 5 points gone.</summary>
    private static readonly decimal[] ContributionEdges = [0.80m, 0.79m, 0.75m];

    /// <summary>收入预算完成率: C31's band edges, the first step each way, and the steps that take all 4 (above) or 3.6 (below) points.</summary>
    private static readonly decimal[] IncomeEdges = [0.95m, 1.00m, 1.05m, 1.06m, 1.15m, 0.94m, 0.89m];

    /// <summary>支出预算完成率: C32's band edges, the first step each way, and the steps that take all 3.6 (above) or 4 (below) points.</summary>
    private static readonly decimal[] SpendingEdges = [0.95m, 1.00m, 1.05m, 1.06m, 1.11m, 0.94m, 0.85m];

    /// <summary>参保人员满意度: D31's band edges and the top of its declared range.</summary>
    private static readonly decimal[] SatisfactionEdges = [0.70m, 0.80m, 0.90m, 1.00m];

    private static readonly string[] CountKeys = ["B31.1", "B41.1", "B41.2", "B41.3", "B51.1", "B51.2", "C51.1"];

    private static readonly string[] BooleanKeys = ["A11", "A21.1", "A21.2", "A21.3", "B11.1", "B11.2", "B11.3", "B21.1", "B21.2", "B21.3", "B21.4", "C41", "D21"];

    private readonly Random _random;

    private Varied004Records(int seed) => _random = new Random(seed);

    /// <summary><paramref name="count"/> records, identical for the same seed; ids r1, r2, ….</summary>
    public static (DataRecord[] Records, LeanInput004[] Inputs) Generate(int count, int seed = DefaultSeed)
    {
        var generator = new Varied004Records(seed);
        var records = new DataRecord[count];
        var inputs = new LeanInput004[count];
        for (var i = 0; i < count; i++)
        {
            (records[i], inputs[i]) = generator.Next($"r{i + 1}");
        }

        return (records, inputs);
    }

    private (DataRecord, LeanInput004) Next(string id)
    {
        // A record's quality: how likely each 是 is, and how likely each count is 0.
        var (yes, clean) = _random.Next(20) switch
        {
            < 7 => (0.98, 0.85),
            < 13 => (0.9, 0.6),
            < 17 => (0.7, 0.4),
            _ => (0.35, 0.15),
        };

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var coverage = Percent(fields, "综合参保率", 9000, 10600, CoverageEdges, maximum: int.MaxValue);
        var collection = Percent(fields, "基金征缴率", 9000, 10500, CoverageEdges, maximum: int.MaxValue);
        var satisfaction = Percent(fields, "参保人员满意度", 6500, 10000, SatisfactionEdges, maximum: 10000);

        // 缴费基数做实率 = 单位缴费基数总额 ÷ 在职职工参保人数 ÷ 12 ÷ 当地全口径月社平工资. On an edge, people and wage are multiples of
        // 10, so the amount for the edge's rate is whole cents and the rate comes out exact.
        var (rate, onEdge) = Rate(7200, 9500, ContributionEdges);
        var people = onEdge ? _random.Next(500, 3001) * 10m : _random.Next(5000, 30_001);
        var wage = onEdge ? _random.Next(400, 901) * 10m : _random.Next(4000, 9001);
        var contributions = Nudge(Math.Round(rate * people * 12m * wage, 2), onEdge);
        fields["单位缴费基数总额"] = Money(contributions);
        fields["在职职工参保人数"] = Whole(people);
        fields["当地全口径月社平工资"] = Money(wage);

        var (budgetIncome, actualIncome) = Budget(fields, "预算收入", "决算收入", 9000, 11200, IncomeEdges);
        var (budgetSpending, actualSpending) = Budget(fields, "预算支出", "决算支出", 8800, 11000, SpendingEdges);

        // 有帮助比例 = 有帮助问卷数 ÷ 回收问卷数, capped at 100%: none, all, one over or under the cap, or anything between; 200, 400 and 2,000
        // questionnaires give ratios whose 10 × ratio ends in a half (四舍五入).
        var returned = (decimal)(_random.Next(4) == 0 ? new[] { 200, 400, 2000 }[_random.Next(3)] : _random.Next(100, 3001));
        var helpful = _random.Next(40) switch
        {
            0 => 0m,
            1 or 2 => returned,
            3 => returned + 1m,
            4 => returned - 1m,
            _ => Math.Round(returned * (decimal)(0.5 + (0.5 * _random.NextDouble())), 0),
        };
        fields["回收问卷数"] = Whole(returned);
        fields["有帮助问卷数"] = Whole(helpful);

        var flags = new bool[BooleanKeys.Length];
        for (var i = 0; i < flags.Length; i++)
        {
            flags[i] = _random.NextDouble() < yes;
            fields[BooleanKeys[i]] = flags[i] ? "是" : "否";
        }

        var counts = new int[CountKeys.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = _random.NextDouble() < clean ? 0 : _random.Next(1, 7);
            fields[CountKeys[i]] = counts[i].ToString(CultureInfo.InvariantCulture);
        }

        var input = new LeanInput004(
            coverage, contributions, people, wage, collection, budgetIncome, actualIncome, budgetSpending, actualSpending, returned, helpful, satisfaction,
            flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], flags[6], flags[7], flags[8], flags[9], flags[10],
            counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], flags[11], counts[6], flags[12]);
        return (new DataRecord(id, fields), input);
    }

    /// <summary>A percentage with two decimals written with its % (「94.37%」), returned as the ratio it reads as.</summary>
    private decimal Percent(Dictionary<string, string> fields, string key, int low, int high, decimal[] edges, int maximum)
    {
        var (rate, _) = Rate(low, high, edges);
        var basisPoints = Math.Min((int)(rate * 10_000m), maximum);
        fields[key] = $"{basisPoints / 100}.{basisPoints % 100:00}%";
        return basisPoints / 10_000m;
    }

    /// <summary>
    /// A rate in basis points: a third of the time one of <paramref name="edges"/> or 0.01 个百分点 either side of it,
    /// otherwise anywhere in [<paramref name="low"/>, <paramref name="high"/>].
    /// </summary>
    private (decimal Rate, bool OnEdge) Rate(int low, int high, decimal[] edges)
    {
        if (_random.Next(3) != 0)
        {
            return (_random.Next(low, high + 1) / 10_000m, false);
        }

        var edge = (int)(edges[_random.Next(edges.Length)] * 10_000m);
        return ((edge + _random.Next(-1, 2)) / 10_000m, true);
    }

    /// <summary>
    /// A budget and its outturn at a completion rate: on an edge the budget is whole hundreds of 元, so the outturn is
    /// whole cents and the rate exact; elsewhere any amount in cents.
    /// </summary>
    private (decimal Budget, decimal Actual) Budget(Dictionary<string, string> fields, string budgetKey, string actualKey, int low, int high, decimal[] edges)
    {
        var (rate, onEdge) = Rate(low, high, edges);
        var budget = onEdge ? _random.Next(200_000, 1_500_001) * 100m : _random.Next(20_000_000, 150_000_001) + (_random.Next(100) / 100m);
        var actual = Nudge(Math.Round(budget * rate, 2), onEdge);
        fields[budgetKey] = Money(budget);
        fields[actualKey] = Money(actual);
        return (budget, actual);
    }

    /// <summary>An amount on an edge, a third of the time moved by 0.01 元 so that its rate lands just either side.</summary>
    private decimal Nudge(decimal amount, bool onEdge) =>
        onEdge && _random.Next(3) == 0 ? amount + (_random.Next(2) == 0 ? -0.01m : 0.01m) : amount;

    /// <summary>元 as the report writes them: 「6906元」, 「91799801.60元」.</summary>
    private static string Money(decimal yuan) =>
        (yuan == decimal.Truncate(yuan) ? Whole(yuan) : yuan.ToString("0.00", CultureInfo.InvariantCulture)) + "元";

    private static string Whole(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Throws unless the inputs hit every edge above exactly, just below and just above (within 0.01 个百分点; where the
    /// range goes on), the cap of D11 from both sides, every count 0–6, 是 and 否, and every grade; returns a line
    /// saying how the grades fell and how many totals sit exactly on a grade's lower edge.
    /// </summary>
    public static string CheckCoverage(LeanInput004[] inputs, IReadOnlyList<ScoreCard> cards)
    {
        var missing = new List<string>();
        void Edges(string name, decimal[] edges, Func<LeanInput004, decimal> subject, decimal window, decimal? top = null)
        {
            var values = inputs.Select(subject).ToArray();
            foreach (var edge in edges)
            {
                if (!values.Any(v => v == edge) || !values.Any(v => v < edge && v >= edge - window)
                    || (edge != top && !values.Any(v => v > edge && v <= edge + window)))
                {
                    missing.Add($"{name} {edge:P2}");
                }
            }
        }

        Edges("综合参保率", CoverageEdges, x => x.综合参保率, 0.0001m);
        Edges("基金征缴率", CoverageEdges, x => x.基金征缴率, 0.0001m);
        Edges("缴费基数做实率", ContributionEdges, x => x.单位缴费基数总额 / x.在职职工参保人数 / 12m / x.当地全口径月社平工资, 0.0001m);
        Edges("收入预算完成率", IncomeEdges, x => x.决算收入 / x.预算收入, 0.0001m);
        Edges("支出预算完成率", SpendingEdges, x => x.决算支出 / x.预算支出, 0.0001m);
        Edges("参保人员满意度", SatisfactionEdges, x => x.参保人员满意度, 0.0001m, top: 1m);
        Edges("有帮助比例", [1m], x => x.有帮助问卷数 / x.回收问卷数, 0.001m);

        var counts = inputs.SelectMany(x => new[] { x.B31_1, x.B41_1, x.B41_2, x.B41_3, x.B51_1, x.B51_2, x.C51_1 }).ToHashSet();
        missing.AddRange(Enumerable.Range(0, 7).Where(count => !counts.Contains(count)).Select(count => $"count {count}"));
        var flags = inputs.SelectMany(x => new[] { x.A11, x.A21_1, x.B11_1, x.B21_4, x.C41, x.D21 }).ToHashSet();
        missing.AddRange(new[] { true, false }.Where(flag => !flags.Contains(flag)).Select(flag => flag ? "是" : "否"));
        var byGrade = cards.GroupBy(card => card.Grade ?? "无").ToDictionary(group => group.Key, group => group.Count());
        missing.AddRange(new[] { "优", "良", "中", "差" }.Where(grade => !byGrade.ContainsKey(grade)).Select(grade => $"grade {grade}"));
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"the varied records miss: {string.Join(", ", missing)}");
        }

        var onGradeEdges = cards.Count(card => card.Total is 90m or 80m or 60m);
        return $"every edge hit; grades {string.Join(", ", byGrade.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key} {entry.Value}"))}; "
            + $"{onGradeEdges} totals exactly 90, 80 or 60";
    }
}
