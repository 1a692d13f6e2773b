using SchemeLang.Runtime;
using 华宁 = 华宁县城镇职工基本医疗保险绩效评价;

// One scorer for the whole process: it is stateless and thread-safe.
var scorer = new 华宁.Scorer();

// A typed record, as a budget system holds it: percentages as ratios, money in the unit the scheme declares (元 for
// every amount of this scheme), null for what is missing.
var input = new 华宁.Input
{
    Id = "华宁县 2023",
    综合参保率 = 1.0034m,
    单位缴费基数总额 = 789_592_006m,
    在职职工参保人数 = 11_778m,
    当地全口径月社平工资 = 6_906m,
    基金征缴率 = 1.0035m,
    预算收入 = 94_767_246.66m,
    决算收入 = 91_799_801.60m,
    预算支出 = 104_100_094.66m,
    决算支出 = 93_409_520.08m,
    回收问卷数 = 437m,
    有帮助问卷数 = 370m,
    参保人员满意度 = 0.8467m,
    A11 = true,
    A21_1 = true, A21_2 = true, A21_3 = true,
    B11_1 = true, B11_2 = true, B11_3 = true,
    B21_1 = true, B21_2 = true, B21_3 = true, B21_4 = true,
    B31_1 = 0m, B41_1 = 0m, B41_2 = 0m, B41_3 = 0m, B51_1 = 0m, B51_2 = 0m,
    C41 = true,
    C51_1 = 0m,
    D21 = true,
};

var result = scorer.Score(input);
if (!result.Succeeded)
{
    foreach (var error in result.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 1;
}

Console.WriteLine($"{result.Id}：总分 {result.Total}，等级 {result.Grade}");
foreach (var indicator in result.Indicators.Where(indicator => indicator.Code is { Length: 3 }))
{
    Console.WriteLine($"  {indicator.Code} {indicator.Score}/{indicator.Weight}  {indicator.Explanation}");
}

// A spreadsheet row goes through the same reading as `schemelang score`, errors per field.
var row = new DataRecord("表格第 2 行", new Dictionary<string, string>
{
    ["综合参保率"] = "96.5%",
    ["参保人员满意度"] = "很好",
});
var fromRow = scorer.Score(row);
Console.WriteLine($"{fromRow.Id}：{fromRow.Errors.Length} 个错误，第一个：{fromRow.Errors[0]}");

// A batch: totals and grades only, nothing allocated per record beyond the cards.
var batch = Enumerable.Range(0, 1000).Select(i => input with { Id = $"批量 {i}", 参保人员满意度 = i / 1000m }).ToArray();
var cards = new ScoreCard[batch.Length];
scorer.ScoreOnly(batch, cards);
Console.WriteLine($"批量 {cards.Length} 条：{cards.Count(card => card.Grade == "优")} 条为「优」，最低 {cards.Min(card => card.Total)} 分");
return 0;
