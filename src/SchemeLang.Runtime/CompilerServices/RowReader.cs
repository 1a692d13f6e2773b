using System.ComponentModel;
using System.Runtime.CompilerServices;
using SchemeLang.Diagnostics;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// A record's fields read as the values their slots hold, the one way both engines read spreadsheet rows. A field
/// that is absent or blank has no value; text that is not a value of its kind is that field's error.
/// </summary>
/// <remarks>Machinery: called by generated scorers and the interpreter, not by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RowReader
{
    /// <summary>Fields the scheme does not know, in ordinal order: a 不适用 the leaf does not declare, or any other name.</summary>
    public static void ReportUnknownFields(DataRecord record, RecordScope scope)
    {
        List<string>? unknown = null;
        foreach (var key in record.Fields.Keys)
        {
            if (!scope.Plan.SlotIndex.ContainsKey(key))
            {
                (unknown ??= []).Add(key);
            }
        }

        if (unknown is null)
        {
            return;
        }

        unknown.Sort(StringComparer.Ordinal);
        foreach (var field in unknown)
        {
            scope.Report(field.EndsWith("." + NotApplicableSuffix, StringComparison.Ordinal)
                ? RecordDiagnostics.NotApplicableUndeclared(record.Id, field)
                : RecordDiagnostics.UnknownField(record.Id, field));
        }
    }

    /// <summary>The suffix of a leaf's 不适用 field (B13.不适用).</summary>
    public const string NotApplicableSuffix = "不适用";

    /// <summary>The suffix of a leaf's 酌情 reason field (F21.理由).</summary>
    public const string ReasonSuffix = "理由";

    /// <summary>What the evaluator takes off a 分项 or 等次 leaf for other problems (其他问题酌情扣分).</summary>
    public const string OtherProblemsSuffix = "酌情扣分";

    /// <summary>The field's text, or null when it is absent or blank (a reason, a text item).</summary>
    public static string? Text(DataRecord record, int slot, RecordScope scope) =>
        record.Fields.TryGetValue(scope.Plan.Slots[slot].Key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>
    /// A 等次 field's level as its position among the levels written (<see cref="SchemePlan.LevelNames"/>), compared
    /// trimmed; null when absent or blank. A name that is not one of them is the field's error, listing the levels.
    /// </summary>
    public static int? Level(DataRecord record, int slot, RecordScope scope)
    {
        if (Text(record, slot, scope) is not { } text)
        {
            return null;
        }

        var levels = scope.Plan.LevelNames[slot];
        var index = levels.IndexOf(text.Trim());
        if (index >= 0)
        {
            return index;
        }

        scope.Unreadable(slot, RecordDiagnostics.UnknownLevel(record.Id, scope.Plan.Slots[slot].Key, text, levels));
        return null;
    }

    /// <summary><see cref="Level(DataRecord, int, RecordScope)"/> as a generated scorer's enum for the field, whose members are numbered by position.</summary>
    public static TLevel? Level<TLevel>(DataRecord record, int slot, RecordScope scope)
        where TLevel : struct, Enum =>
        Level(record, slot, scope) is { } position ? Unsafe.BitCast<int, TLevel>(position) : null;

    /// <summary>A number as its item declares it: percentages as ratios, money in the item's unit (see <see cref="InputValues.ParseNumber"/>).</summary>
    /// <param name="reading">How a bare number for a percentage reads.</param>
    public static decimal? Number(DataRecord record, int slot, PercentReading reading, RecordScope scope)
    {
        if (Text(record, slot, scope) is not { } text)
        {
            return null;
        }

        var plan = scope.Plan.Slots[slot];
        if (InputValues.ParseNumber(plan.Number, text, reading, record.Id, plan.Key, out var value) is { } error)
        {
            scope.Unreadable(slot, error);
            return null;
        }

        return value;
    }

    public static bool? Boolean(DataRecord record, int slot, RecordScope scope)
    {
        if (Text(record, slot, scope) is not { } text)
        {
            return null;
        }

        if (InputValues.TryParseBoolean(text, out var value))
        {
            return value;
        }

        scope.Unreadable(slot, RecordDiagnostics.InvalidBoolean(record.Id, scope.Plan.Slots[slot].Key, text));
        return null;
    }

    public static decimal? Count(DataRecord record, int slot, RecordScope scope)
    {
        if (Text(record, slot, scope) is not { } text)
        {
            return null;
        }

        if (InputValues.TryParseCount(text, out var value))
        {
            return value;
        }

        scope.Unreadable(slot, RecordDiagnostics.InvalidCount(record.Id, scope.Plan.Slots[slot].Key, text));
        return null;
    }

    public static decimal? Score(DataRecord record, int slot, RecordScope scope)
    {
        if (Text(record, slot, scope) is not { } text)
        {
            return null;
        }

        if (InputValues.TryParseScore(text, out var value))
        {
            return value;
        }

        scope.Unreadable(slot, RecordDiagnostics.InvalidScore(record.Id, scope.Plan.Slots[slot].Key, text));
        return null;
    }
}
