using CsCheck;

namespace SchemeLang.Tests.Properties.Generators;

// The scheme's 等级, covering [0, 总分] exactly once, and its 否决.
public static partial class SchemeGen
{
    private static Gen<GradesModel> Grades(decimal total) =>
        from count in Gen.Int[1, 4]
        from fractions in Gen.OneOf(0.5m, 0.6m, 0.7m, 0.75m, 0.8m, 0.85m, 0.9m, 0.95m).Array[count - 1]
        let cuts = fractions.Select(f => Math.Round(total * f, 2, MidpointRounding.AwayFromZero)).Distinct().Order().ToArray()
        where cuts.Length == count - 1 && cuts.All(cut => cut > 0m && cut < total)
        from cutToUpper in Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false))).Array[count - 1]
        from forms in Gen.Int[0, 2].Array[count]
        from oneLine in Gen.Bool
        let names = count switch
        {
            1 => new[] { "合格" },
            2 => ["合格", "不合格"],
            3 => ["优", "良", "差"],
            _ => ["优", "良", "中", "差"],
        }
        select new GradesModel(names, cuts, cutToUpper, forms, oneLine);

    private static Gen<IReadOnlyList<VetoModel>> Vetoes(decimal total) =>
        from count in Pick((3, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2)))
        from deductions in Gen.Frequency(
            (3, Gen.OneOf(0.1m, 0.2m, 0.5m, 1m).Select(f => (decimal?)Math.Round(total * f, 2, MidpointRounding.AwayFromZero))),
            (1, Gen.Const((decimal?)null))).Array[count]
        let texts = new[] { "检查出重大违纪行为", "造成恶劣影响" }
        select (IReadOnlyList<VetoModel>)deductions.Select((d, i) => new VetoModel(texts[i], d)).ToArray();
}
