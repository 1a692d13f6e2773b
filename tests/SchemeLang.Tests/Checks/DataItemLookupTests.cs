using SchemeLang.Collections;
using static SchemeLang.Tests.Support.Schemes;

namespace SchemeLang.Tests.Checks;

/// <summary>
/// <see cref="SchemeLang.Binding.BoundScheme.FindDataItem"/> looks names up in an index, not by searching the list: it
/// must find what the search found (the first of a name declared twice), follow a <c>with</c> that replaces the items,
/// and leave the bound model's value equality as it was.
/// </summary>
public class DataItemLookupTests
{
    private const string Text = """
        方案 查找
        总分 100
        等级 合格 ≥ 0
        数据
          完成率：百分比 范围 [0%, 200%]
          满意度：百分比 范围 [0%, 100%]
        A 产出 50分
          按比例 完成率，封顶 100%
        B 效益 50分
          按比例 满意度
        """;

    [Fact]
    public void Each_declared_item_is_found_by_its_name_and_nothing_else_is()
    {
        var scheme = Compile(Text).Scheme!;

        Assert.Same(scheme.DataItems[0], scheme.FindDataItem("完成率"));
        Assert.Same(scheme.DataItems[1], scheme.FindDataItem("满意度"));
        Assert.Null(scheme.FindDataItem("完成"));
        Assert.Null(scheme.FindDataItem("完成率 "));
    }

    [Fact]
    public void A_name_declared_twice_finds_the_first_as_a_search_of_the_list_does()
    {
        var scheme = Compile(Text).Scheme!;
        var second = scheme.DataItems[1] with { Name = "完成率" };

        var twice = scheme with { DataItems = new EquatableArray<SchemeLang.Binding.DataItem>([scheme.DataItems[0], second]) };

        Assert.Same(scheme.DataItems[0], twice.FindDataItem("完成率"));
        Assert.Null(twice.FindDataItem("满意度"));
    }

    [Fact]
    public void Replacing_the_items_with_with_indexes_the_new_ones_and_the_old_model_is_unchanged()
    {
        var scheme = Compile(Text).Scheme!;

        var onlySatisfaction = scheme with { DataItems = new EquatableArray<SchemeLang.Binding.DataItem>([scheme.DataItems[1]]) };

        Assert.Null(onlySatisfaction.FindDataItem("完成率"));
        Assert.Same(scheme.DataItems[1], onlySatisfaction.FindDataItem("满意度"));
        Assert.Same(scheme.DataItems[0], scheme.FindDataItem("完成率"));
    }

    [Fact]
    public void The_index_takes_no_part_in_equality_the_items_do()
    {
        var scheme = Compile(Text).Scheme!;

        // Setting the same items again builds a new index: the model must still equal the one it came from.
        var reindexed = scheme with { DataItems = new EquatableArray<SchemeLang.Binding.DataItem>([.. scheme.DataItems]) };

        Assert.Equal(scheme, reindexed);
        Assert.Equal(scheme.GetHashCode(), reindexed.GetHashCode());
        Assert.NotEqual(scheme, scheme with { DataItems = new EquatableArray<SchemeLang.Binding.DataItem>([scheme.DataItems[1]]) });
    }
}
