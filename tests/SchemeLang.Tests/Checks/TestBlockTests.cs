using SchemeLang.Evaluation;
using SchemeLang.Testing;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Checks;

/// <summary>测试 blocks whose keys repeat: reported where the repeat is, and the test runner never throws on them.</summary>
public class TestBlockTests
{
    private static string WithTest(string inputs, string expectations) => $"""
        方案 测试块
        总分 10
        等级 合格 ≥ 0
        数据
          满意度：百分比 范围 [0%, 100%]
        A 满意度 5分
          区间 满意度
            90%以上 得5分
            不满90% 不得分
        B 程序 5分
          分项
            ① 程序合规 得3分
            ② 按时公开 得2分
        测试 重复
          输入 {inputs}
          期望 {expectations}
        """;

    [Fact]
    public void A_repeated_input_is_an_error_at_the_repeat_naming_the_first_line()
    {
        var compilation = Compile(WithTest("满意度 = 95%，B.1 = 是，B.2 = 否\n  满意度 = 80%", "A = 5分"));

        Assert.Equal(["test.scheme:16:3 SL2020 「满意度」在这个测试的输入中已经写过（第 15 行），同一个测试里只能写一次"], compilation.Diagnostics.Select(Describe));
    }

    [Fact]
    public void A_repeated_expectation_and_a_key_repeated_in_full_width_are_errors_too()
    {
        var compilation = Compile(WithTest("满意度 = 95%，B.1 = 是，B.2 = 否，B．１ = 否", "A = 5分，总分 = 8分，A = 0分"));

        Assert.Equal(
            [
                "test.scheme:15:32 SL2020 「B.1」在这个测试的输入中已经写过（第 15 行），同一个测试里只能写一次",
                "test.scheme:16:21 SL2020 「A」在这个测试的期望中已经写过（第 16 行），同一个测试里只能写一次",
            ],
            compilation.Diagnostics.Select(Describe));
    }

    [Fact]
    public void The_runner_refuses_a_scheme_with_repeated_inputs_instead_of_throwing_an_argument_exception()
    {
        var compilation = Compile(WithTest("满意度 = 95%，B.1 = 是，B.2 = 否，满意度 = 80%", "A = 5分，总分 = 8分"));

        Assert.Equal(["SL2020@15"], CodesWithLines(compilation));
        var refused = Assert.Throws<SchemeHasErrorsException>(() => SchemeTestRunner.Run(compilation));
        Assert.Equal(["SL2020"], refused.Diagnostics.Select(diagnostic => diagnostic.Code));
    }
}
