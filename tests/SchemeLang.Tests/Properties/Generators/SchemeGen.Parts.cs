using CsCheck;
using SchemeLang.Binding;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;

namespace SchemeLang.Tests.Properties.Generators;

// A leaf scored in parts that share its weight equally (Wordings.EqualShareParts).
public static partial class SchemeGen
{
    private static readonly string[] PartNames = ["资金到位", "资金使用", "采购程序", "采购公开", "档案整理", "信息报送", "项目验收", "合同管理", "培训宣传", "监督检查", "设备运行", "台账记录"];

    /// <summary>
    /// 2–12 parts (few more likely, past ten only 「各部分平均分配」 counts them), each with its equal share of
    /// <paramref name="weight"/> as the binder apportions it at <paramref name="decimals"/> places, its own rule and
    /// 不适用; never every part redistributed (SL3008). Null when the weight is too small to share among two.
    /// </summary>
    private static Gen<RuleModel>? Parts(decimal weight, int decimals, SchemeOptions options)
    {
        var most = (int)Math.Min(PartNames.Length, weight / Apportionment.Unit(decimals));
        if (most < 2)
        {
            return null;
        }

        return from wanted in Pick((4, Gen.Const(2)), (3, Gen.Const(3)), (2, Gen.Const(4)), (1, Gen.Int[5, 10]), (1, Gen.Int[11, PartNames.Length]))
               let count = Math.Min(wanted, most)
               let shares = Apportionment.LargestRemainder(weight, Enumerable.Repeat(1m, count).ToArray(), decimals)
               from rules in Sequence(shares.Select(share => Rule(share, options.Wordings)))
               from notApplicable in Sequence(shares.Select(_ => NotApplicable(options)))
               from line in Pick((4, Gen.Const(PartsRule.EqualSharesLine(count))), (1, Gen.Const(count == 2 ? "二项平均分配" : "各部分平均分配")), (1, Gen.Const("各部分平均分配")))
               from colon in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)))
               let redistributed = notApplicable.All(mode => mode == NotApplicableMode.Redistribute)
               select (RuleModel)new PartsModel(line, [.. shares.Select((share, i) => new NodeModel(
                   string.Empty, PartNames[i], share, string.Empty, [], rules[i], redistributed && i == count - 1 ? NotApplicableMode.None : notApplicable[i]))], colon);
    }
}
