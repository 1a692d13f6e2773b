using SchemeLang.Diagnostics;
using SchemeLang.Evaluation;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// A record's errors are kept one per field and code, in the order they were found, however many there are: a record
/// with tens of thousands of fields the scheme does not know gets each its own SL5002, and an error found again (a
/// missing input two leaves need) is listed once.
/// </summary>
public class RecordErrorBookkeepingTests
{
    private const string TwoLeavesOneInput = """
        方案 两个指标一个输入
        总分 10
        等级 合格 ≥ 0
        数据
          完成率：百分比 范围 [0%, 100%]
        A1 甲 5分
          按比例 完成率
        A2 乙 5分
          按比例 完成率
        """;

    [Fact]
    public void Fifty_thousand_unknown_fields_are_fifty_thousand_errors_in_ordinal_order_and_a_repeated_error_is_kept_once()
    {
        const int count = 50_000;
        var fields = Enumerable.Range(0, count).Reverse().Select(i => ($"多余{i}", "1")).ToArray();

        var result = Score(Clean(TwoLeavesOneInput), fields);

        var expected = fields.Select(field => field.Item1).Order(StringComparer.Ordinal).Select(field => $"SL5002 {field}")
            .Append("SL5001 完成率");
        Assert.Equal(expected, result.Errors.Select(error => $"{error.Code} {error.Field}"));
        Assert.All(result.Errors, error => Assert.Equal("r1", error.RecordId));
        Assert.Null(result.Total);
    }

    [Fact]
    public void The_first_error_for_a_field_and_code_is_the_one_kept()
    {
        var plan = new Evaluator(Clean(TwoLeavesOneInput)).Plan;
        var scope = new RecordScope(plan, "r1");

        scope.Report(new RecordError("SL5003", "r1", "完成率", "第一条"));
        scope.Report(new RecordError("SL5004", "r1", "完成率", "另一个代码"));
        scope.Report(new RecordError("SL5003", "r1", "完成率", "第二条"));
        scope.Report(new RecordError("SL5003", "r1", null, "没有字段"));
        scope.Report(new RecordError("SL5003", "r1", null, "又没有字段"));

        Assert.Equal(["第一条", "另一个代码", "没有字段"], scope.Errors.Select(error => error.Message));
    }
}
