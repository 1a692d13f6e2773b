using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Evaluation;

/// <summary>
/// 「其他问题酌情扣分」 after a 分项 or 等次 table (issue 13 item 3; 000's 「完整、合法：得1.5分，制订：得1.5分，其他：酌情扣分」):
/// the table gives its points, then the evaluator may take off up to all of them for problems the table does not name,
/// with a reason. Nothing written means nothing found. Every case runs on both engines (Schemes.Score compares them).
/// </summary>
public class OtherProblemsTests
{
    private const string Checklist = """
        方案 测试
        总分 3
        等级 合格 ≥ 2；不合格 < 2
        A 制度的健全性 3分
          分项
            ① 内部财务管理制度完整、合法 得1.5分
            ② 制订了项目资金管理办法 得1.5分
            其他：酌情扣分
        """;

    private const string Levels = """
        方案 测试
        总分 5
        等级 合格 ≥ 3；不合格 < 3
        A 档案管理 5分
          等次 规范 得满分；基本规范 得3分；不规范 不得分；存在其他问题的酌情扣分
        """;

    [Fact]
    public void Nothing_written_takes_nothing_off()
    {
        var result = Schemes.Score(Schemes.Clean(Checklist), ("A.1", "是"), ("A.2", "是"));

        Assert.Equal(3m, result.Indicator("A").Score);
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("是", "是", "0.5", 2.5)]
    [InlineData("是", "否", "1.5", 0)]
    [InlineData("是", "否", "0", 1.5)]
    [InlineData("是", "是", "3", 0)]
    public void The_deduction_comes_off_what_the_items_gave(string first, string second, string deduction, decimal expected)
    {
        var result = Schemes.Score(Schemes.Clean(Checklist), ("A.1", first), ("A.2", second), ("A.酌情扣分", deduction), ("A.理由", "制度未随政策更新"));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Indicator("A").Score);
    }

    [Fact]
    public void The_sentence_says_what_the_items_gave_and_what_was_taken_off_and_why()
    {
        var result = Schemes.Score(Schemes.Clean(Checklist), ("A.1", "是"), ("A.2", "否"), ("A.酌情扣分", "0.5"), ("A.理由", "制度未随政策更新"));

        Assert.Equal(
            "①内部财务管理制度完整、合法 得 1.5分；②制订了项目资金管理办法 未达到，不得分；合计 1.5分；其他，酌情扣 0.5分：制度未随政策更新，得 1分",
            result.Indicator("A").Explanation);
    }

    [Theory]
    [InlineData("1.5", "-0.5")]
    [InlineData("1.5", "1.51")]
    [InlineData("3", "3.5")]
    public void More_than_the_table_gave_or_less_than_nothing_is_the_records_error(string _, string deduction)
    {
        var result = Schemes.Score(Schemes.Clean(Checklist), ("A.1", "是"), ("A.2", deduction == "3.5" ? "是" : "否"), ("A.酌情扣分", deduction), ("A.理由", "x"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("SL5018", "A.酌情扣分"), (error.Code, error.Field));
        Assert.Null(result.Total);
    }

    [Fact]
    public void A_deduction_without_a_reason_is_the_records_error()
    {
        var result = Schemes.Score(Schemes.Clean(Checklist), ("A.1", "是"), ("A.2", "是"), ("A.酌情扣分", "1"));

        Assert.Equal(("SL5006", "A.理由"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
    }

    [Theory]
    [InlineData("规范", null, 5)]
    [InlineData("规范", "1", 4)]
    [InlineData("基本规范", "3", 0)]
    [InlineData("不规范", "0", 0)]
    public void After_a_level_table_the_deduction_comes_off_the_levels_points(string level, string? deduction, decimal expected)
    {
        var fields = deduction is null
            ? new[] { ("A", level) }
            : [("A", level), ("A.酌情扣分", deduction), ("A.理由", "借阅登记不全")];

        var result = Schemes.Score(Schemes.Clean(Levels), fields);

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Indicator("A").Score);
    }

    [Fact]
    public void After_a_level_table_the_sentence_names_the_level_then_the_deduction()
    {
        var result = Schemes.Score(Schemes.Clean(Levels), ("A", "基本规范"), ("A.酌情扣分", "1"), ("A.理由", "借阅登记不全"));

        Assert.Equal("评为「基本规范」，得 3分；存在其他问题的，酌情扣 1分：借阅登记不全，得 2分", result.Indicator("A").Explanation);
    }

    [Fact]
    public void Other_without_problems_after_levels_stays_a_level_of_its_own()
    {
        var compilation = Schemes.Clean(Levels.Replace("存在其他问题的酌情扣分", "其他：酌情扣分", StringComparison.Ordinal));

        var result = Schemes.Score(compilation, ("A", "其他"), ("A.酌情得分", "2"), ("A.理由", "x"));

        Assert.Equal(2m, result.Indicator("A").Score);
        Assert.DoesNotContain("A.酌情扣分", SchemeLang.Binding.InputCatalog.For(compilation.Scheme!).Keys);
    }

    [Theory]
    [InlineData(Checklist, "①内部财务管理制度完整、合法得1.5分；②制订了项目资金管理办法得1.5分；其他酌情扣分")]
    [InlineData(Levels, "规范得满分；基本规范得3分；不规范不得分；存在其他问题的酌情扣分")]
    public void The_page_words_it_as_written_and_it_reads_back(string scheme, string wording)
    {
        var compilation = Schemes.Clean(scheme);

        Assert.Equal(wording, RuleWording.Rule(compilation.Scheme!.Leaves.Single(), compilation.Scheme));
    }

    [Theory]
    [InlineData("分项 ①制度完整得1.5分；②制订办法得1.5分；其他问题酌情扣分")]
    [InlineData("分项 ①制度完整得1.5分；②制订办法得1.5分；存在其他问题的，酌情扣分")]
    public void The_one_line_checklist_ends_with_it_too(string rule)
    {
        var compilation = Schemes.Clean($"""
            方案 测试
            总分 3
            等级 合格 ≥ 2；不合格 < 2
            A 制度的健全性 3分
              {rule}
            """);

        var result = Schemes.Score(compilation, ("A.1", "是"), ("A.2", "是"), ("A.酌情扣分", "2"), ("A.理由", "x"));

        Assert.Equal(1m, result.Indicator("A").Score);
    }
}
