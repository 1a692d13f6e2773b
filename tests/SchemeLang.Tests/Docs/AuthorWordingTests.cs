using SchemeLang.Binding;
using SchemeLang.Tests.Support;
using SchemeLang.Wording;

namespace SchemeLang.Tests.Docs;

/// <summary>
/// The bound model keeps what the author wrote that a page must say again — 目标值 by name, 得满分 and 不得分, the
/// data item each rule reads and where — and compares by meaning, not by where the text sits.
/// </summary>
public class AuthorWordingTests
{
    private const string Scheme = """
        方案 测试
        总分 20
        等级 合格 ≥ 12；不合格 < 12
        目标值
          达标线 = 95%
          优秀线 = 90%
        数据
          参保率：百分比 范围 [0%, 100%]
          满意度：百分比
        A 参保 10分
          参保率 ≥ 达标线 得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止
        B 满意 5分
          区间 满意度
            ≥ 优秀线 得满分
            [80%, 优秀线) 得3分
            < 80% 不得分
        C 程序 5分
          等次 规范 得满分；基本规范 得2分；不规范 不得分
        """;

    private static BoundScheme Bind(string text) => Schemes.Clean(text).Scheme!;

    private static string Standard(BoundScheme scheme, string key) =>
        RuleWording.Of(scheme.AllIndicators.Single(indicator => indicator.Key == key), scheme);

    [Fact]
    public void A_target_is_shown_by_its_name_and_its_value()
    {
        var scheme = Bind(Scheme);

        Assert.Equal("参保率≥达标线（95%）得满分，每低1个百分点扣1分，不满1个百分点按1个百分点计，扣完为止", Standard(scheme, "A"));
        Assert.Equal("满意度：优秀线（90%）（含）以上得满分；80%（含）至优秀线（90%）（不含）得3分；低于80%不得分", Standard(scheme, "B"));
        var step = Assert.IsType<StepRule>(scheme.AllIndicators.Single(indicator => indicator.Key == "A").Rule);
        Assert.Equal(new BoundValue(0.95m, "达标线"), step.Threshold);
    }

    [Fact]
    public void Full_marks_and_no_points_are_said_as_the_author_said_them()
    {
        var scheme = Bind(Scheme);

        Assert.Equal("规范得满分；基本规范得2分；不规范不得分", Standard(scheme, "C"));
        var levels = Assert.IsType<LevelRule>(scheme.AllIndicators.Single(indicator => indicator.Key == "C").Rule);
        Assert.Equal([PointsWording.FullMarks, PointsWording.Points, PointsWording.NoPoints], levels.Levels.Select(level => level.Wording));
        Assert.Equal([5m, 2m, 0m], levels.Levels.Select(level => level.Points));
    }

    [Fact]
    public void A_rule_names_its_subject_where_the_author_wrote_it()
    {
        var compilation = Schemes.Clean(Scheme);
        var band = Assert.IsType<BandRule>(compilation.Scheme!.AllIndicators.Single(indicator => indicator.Key == "B").Rule);

        Assert.Equal("满意度", band.Subject.Name);
        Assert.Equal("满意度", compilation.Scheme.Source.Slice(band.Subject.Span));
    }

    [Fact]
    public void Only_a_declared_range_is_marked_as_declared()
    {
        var scheme = Bind(Scheme);

        Assert.True(scheme.FindDataItem("参保率")!.DomainDeclared);
        Assert.False(scheme.FindDataItem("满意度")!.DomainDeclared);
    }

    [Fact]
    public void The_same_rules_written_elsewhere_in_the_file_are_equal()
    {
        var moved = Bind(Scheme.Replace("方案 测试\n", "方案 测试\n# 一行注释，把后面的一切往下推\n\n", StringComparison.Ordinal));
        var original = Bind(Scheme);

        Assert.Equal(original.Indicators, moved.Indicators);
        Assert.NotEqual(
            original.AllIndicators.Single(indicator => indicator.Key == "A").Span.Span,
            moved.AllIndicators.Single(indicator => indicator.Key == "A").Span.Span);
    }

    [Fact]
    public void Rules_that_differ_in_meaning_or_wording_are_not_equal()
    {
        var original = Bind(Scheme);

        Assert.NotEqual(original.Indicators, Bind(Scheme.Replace("基本规范 得2分", "基本规范 得3分", StringComparison.Ordinal)).Indicators);
        Assert.NotEqual(original.Indicators, Bind(Scheme.Replace("≥ 达标线 得满分", "≥ 95% 得满分", StringComparison.Ordinal)).Indicators);
        Assert.NotEqual(original.Indicators, Bind(Scheme.Replace("规范 得满分", "规范 得5分", StringComparison.Ordinal)).Indicators);
    }
}
