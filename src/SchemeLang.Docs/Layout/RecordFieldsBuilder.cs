using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Lowering;
using SchemeLang.Runtime;
using SchemeLang.Syntax;
using SchemeLang.Wording;

namespace SchemeLang.Docs.Layout;

/// <summary>
/// The record fields of a scheme, worded for the people who fill them in: the one list behind the template workbook,
/// its 说明 sheet and the page's 数据说明, so none of them can name a field <c>score</c> does not read.
/// </summary>
public static class RecordFieldsBuilder
{
    private const string Yes = "是";
    private const string No = "否";

    public static IReadOnlyList<RecordField> Build(BoundScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var catalog = InputCatalog.For(scheme);
        var readers = Readers(scheme, SchemeLowering.Lower(scheme), catalog.Ordered.Count);
        return [.. catalog.Ordered.Select((slot, index) => Field(scheme, slot, readers[index]))];
    }

    /// <summary>For each slot, the leaves that read it (directly, or through the data items their rule reads), in tree order.</summary>
    private static List<Indicator>[] Readers(BoundScheme scheme, SchemePlan plan, int slotCount)
    {
        var readers = Enumerable.Range(0, slotCount).Select(_ => new List<Indicator>()).ToArray();
        var byKey = scheme.AllIndicators.ToDictionary(indicator => indicator.Key, StringComparer.Ordinal);
        void Read(int slot, Indicator leaf)
        {
            if (slot >= 0 && !readers[slot].Contains(leaf))
            {
                readers[slot].Add(leaf);
            }
        }

        void ReadLeaf(LeafPlan leaf, Indicator owner)
        {
            if (leaf.Subject >= 0)
            {
                Read(plan.DataItems[leaf.Subject].Slot, owner);
                foreach (var slot in plan.DataItems[leaf.Subject].InputSlots)
                {
                    Read(slot, owner);
                }
            }

            foreach (var slot in leaf.Inputs.Append(leaf.Reason).Append(leaf.NotApplicableSlot).Append(leaf.OtherProblemsSlot))
            {
                Read(slot, owner);
            }

            if (leaf.Rule is PartsPlan parts)
            {
                foreach (var part in parts.Parts)
                {
                    ReadLeaf(part.Leaf!, owner);
                }
            }
        }

        foreach (var indicator in plan.Indicators)
        {
            if (indicator.Leaf is { } leaf)
            {
                ReadLeaf(leaf, byKey[indicator.Key]);
            }
        }

        return readers;
    }

    private static RecordField Field(BoundScheme scheme, InputSlot slot, List<Indicator> readers)
    {
        var indicators = readers.Select(leaf => leaf.DisplayName).ToArray();
        var standard = string.Join("；", readers.Select(leaf => $"{leaf.DisplayName}：{RuleWording.Of(leaf, scheme)}"));
        return slot.Kind switch
        {
            InputKind.Data when slot.DataItem is { } item => DataField(item, indicators, standard),
            InputKind.Boolean when slot.Leaf is null => VetoField(scheme, slot.Key),
            InputKind.Boolean => new(slot.Key, RecordFieldKind.Boolean, "是否", null, null, null, [Yes, No], BooleanMeaning(slot), indicators, standard),
            InputKind.Level => new(slot.Key, RecordFieldKind.Level, "等次", null, null, null, Levels(slot.Leaf!), $"{slot.Leaf!.DisplayName}评定的等次", indicators, standard),
            InputKind.Count => CountField(slot, indicators, standard),
            InputKind.Score => ScoreField(slot, indicators, standard),
            InputKind.Reason => new(slot.Key, RecordFieldKind.Reason, "文本", null, null, null, [], $"{slot.Leaf!.DisplayName}酌情评分的理由（给了酌情得分或扣分时必填）", indicators, standard),
            _ => throw new UnreachableException($"input kind {slot.Kind} of {slot.Key}"),
        };
    }

    private static RecordField DataField(DataItem item, string[] indicators, string standard)
    {
        var (kind, type) = item.Type switch
        {
            DataTypeKind.Percent => (RecordFieldKind.Percent, "百分比"),
            DataTypeKind.Money => (RecordFieldKind.Money, "金额"),
            DataTypeKind.Count => (RecordFieldKind.Count, "整数"),
            DataTypeKind.Number => (RecordFieldKind.Number, "数值"),
            DataTypeKind.Boolean => (RecordFieldKind.Boolean, "是否"),
            DataTypeKind.Text => (RecordFieldKind.Text, "文本"),
            _ => throw new UnreachableException($"data type {item.Type}"),
        };
        var unit = item.Type switch
        {
            DataTypeKind.Money => item.Unit ?? "元",
            DataTypeKind.Percent => null,
            _ => item.Unit,
        };
        // Money is typed in the unit the scheme counts in (万元), so its range is shown and checked in that unit.
        Interval? domain = !item.DomainDeclared ? null : item.Type == DataTypeKind.Money ? item.Domain.DividedBy(item.Scale) : item.Domain;
        var range = domain is not { } declared ? null : item.Type == DataTypeKind.Money && item.Scale != 1m
            ? RangeWording.Of(declared, ValueFormat.Plain, unit: item.Unit)
            : RangeWording.Of(declared, item.Format);
        return new(item.Name, kind, type, unit, domain, range, kind == RecordFieldKind.Boolean ? [Yes, No] : [], $"数据项「{item.Name}」", indicators, standard);
    }

    private static RecordField VetoField(BoundScheme scheme, string key)
    {
        var veto = scheme.Vetoes.Single(veto => veto.Key == key);
        var effect = veto.Deduction is { } points ? $"总分扣{NumberText.Points(points)}" : "总分为零";
        return new(key, RecordFieldKind.Boolean, "是否", null, null, null, [Yes, No], $"否决事项「{veto.Text}」是否发生", [], $"发生时{effect}");
    }

    private static string BooleanMeaning(InputSlot slot)
    {
        var leaf = slot.Leaf!;
        if (slot.Key.EndsWith("." + InputCatalog.NotApplicableSuffix, StringComparison.Ordinal))
        {
            return $"{leaf.DisplayName}是否不适用";
        }

        return leaf.Rule switch
        {
            ChecklistRule checklist when ItemIndex(slot.Key) is { } index && checklist.Items.FirstOrDefault(item => item.Index == index) is { } item =>
                $"{leaf.DisplayName}的分项 {item.Mark}{item.Text}：是否做到",
            LevelRule levels when ItemIndex(slot.Key) is { } index && levels.Deductions.FirstOrDefault(entry => entry.Index == index) is { } clause =>
                $"{leaf.DisplayName}：是否{clause.Text}（是则在所评等次的得分上扣{NumberText.Points(clause.Points)}；没有则不填）",
            PassFailRule { Condition: { } condition } => $"{leaf.DisplayName}：是否{condition}",
            _ => $"{leaf.DisplayName}：是否达到标准",
        };
    }

    private static RecordField CountField(InputSlot slot, string[] indicators, string standard)
    {
        var leaf = slot.Leaf!;
        var item = leaf.Rule is DeductionRule deduction && ItemIndex(slot.Key) is { } index ? deduction.Items.FirstOrDefault(entry => entry.Index == index) : null;
        var clause = leaf.Rule is LevelRule levels && ItemIndex(slot.Key) is { } at ? levels.Deductions.FirstOrDefault(entry => entry.Index == at) : null;
        // 「每推迟一年」 counts 年: the measure word, not the phrase, is the field's unit.
        var word = (item?.UnitWord ?? clause?.Each) is { } phrase ? MeasureWords.Read(phrase)?.Word : null;
        var meaning = (item, clause) switch
        {
            ({ } counted, _) => $"{leaf.DisplayName}的扣分项 {counted.Mark}{counted.Text}：发生的{word ?? "次"}数",
            (_, { } each) => $"{leaf.DisplayName}：{each.Text}每{each.Each}的{word}数（每{word}在所评等次的得分上扣{NumberText.Points(each.Points)}；没有则不填）",
            _ => $"{leaf.DisplayName}的发生次数",
        };
        return new(slot.Key, RecordFieldKind.Count, "整数", word, Interval.AtLeast(0m), "0（含）以上的整数", [], meaning, indicators, standard);
    }

    private static RecordField ScoreField(InputSlot slot, string[] indicators, string standard)
    {
        var leaf = slot.Leaf!;
        var deduction = slot.Key.EndsWith("." + InputCatalog.OtherProblemsSuffix, StringComparison.Ordinal);
        var (min, max) = leaf.Rule is DiscretionaryRule discretionary && !deduction
            ? (discretionary.Min, discretionary.Max ?? leaf.Weight + leaf.Bonus)
            : (0m, leaf.Weight + leaf.Bonus);
        var domain = Interval.Closed(min, max);
        var meaning = deduction ? $"{leaf.DisplayName}其他问题的酌情扣分（没有则不填）" : $"{leaf.DisplayName}的酌情得分";
        return new(slot.Key, RecordFieldKind.Score, "分数", "分", domain, RangeWording.Of(domain, ValueFormat.Points), [], meaning, indicators, standard);
    }

    private static string[] Levels(Indicator leaf) => leaf.Rule is LevelRule levels ? [.. levels.Levels.Select(level => level.Name)] : [];

    /// <summary>The item number at the end of a key such as 「A21.2」.</summary>
    private static int? ItemIndex(string key) =>
        int.TryParse(key.AsSpan(key.LastIndexOf('.') + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : null;
}
