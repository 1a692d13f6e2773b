using System.Collections.Immutable;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using SchemeLang.Diagnostics;

namespace SchemeLang.Runtime.CompilerServices;

/// <summary>
/// One record's bookkeeping while either engine scores it: its errors (one per field and code), the fields that
/// could not be read, the data inputs it lacks, and per leaf the required fields found missing — which decide
/// between an error (缺失数据 报错) and a leaf scored 0 that says what it lacked (不得分). Nothing is allocated
/// until a record has something to report.
/// </summary>
/// <remarks>Machinery: passed to generated scorers and the interpreter by <see cref="SchemeScorer{TInput}"/>, not used by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordScope(SchemePlan plan, string id)
{
    private List<RecordError>? _errors;
    private HashSet<(string? Field, string Code)>? _reported;
    private bool[]? _unreadable;
    private bool[]? _absent;
    private List<string>? _missing;
    private LeafTrace[]? _traces;
    private IndicatorScore[]? _tree;

    public SchemePlan Plan { get; } = plan;

    public string Id { get; private set; } = id;

    /// <summary>
    /// Ready for another record, keeping what it allocated: the scores-only entries score record after record with
    /// one scope. Only a record that had something to report has anything to clear.
    /// </summary>
    internal void Reset(string id)
    {
        Id = id;
        _errors?.Clear();
        _reported?.Clear();
        _missing?.Clear();
        if (_unreadable is not null)
        {
            Array.Clear(_unreadable);
        }

        if (_absent is not null)
        {
            Array.Clear(_absent);
        }
    }

    /// <summary>One trace per leaf, for the scores-only entries that reuse this scope record after record.</summary>
    internal Span<LeafTrace> Traces => _traces ??= new LeafTrace[Plan.LeafCount];

    /// <summary>One score per indicator, likewise.</summary>
    internal Span<IndicatorScore> Tree => _tree ??= new IndicatorScore[Plan.Indicators.Length];

    public bool HasErrors => _errors is { Count: > 0 };

    public ImmutableArray<RecordError> Errors => _errors is null ? [] : [.. _errors];

    /// <summary>The record's error, unless it already has one with the same field and code (the first stays).</summary>
    public void Report(RecordError error)
    {
        if ((_reported ??= []).Add((error.Field, error.Code)))
        {
            (_errors ??= []).Add(error);
        }
    }

    /// <summary>The field in <paramref name="slot"/> has text that is not a value of its kind: reported, and not also missing.</summary>
    public void Unreadable(int slot, RecordError error)
    {
        Report(error);
        (_unreadable ??= new bool[Plan.Slots.Length])[slot] = true;
    }

    /// <summary>
    /// An input data item's value as the rules see it — an amount in 万元 or 亿元 in yuan (<see cref="InputValues.InBaseUnit"/>):
    /// none when absent (remembered), beyond decimal in yuan or outside its domain (reported).
    /// </summary>
    public decimal? Input(int item, decimal? value)
    {
        var slot = Plan.DataItems[item].Slot;
        if (value is not { } given)
        {
            (_absent ??= new bool[Plan.Slots.Length])[slot] = true;
            return null;
        }

        var number = Plan.Slots[slot].Number;
        decimal rulesValue;
        try
        {
            rulesValue = InputValues.InBaseUnit(number, given);
        }
        catch (OverflowException)
        {
            // Only an input built in C# gets here: a row's amount too large in yuan is refused as it is read.
            Report(RecordDiagnostics.NumberTooLarge(Id, Plan.Slots[slot].Key, NumberText.Plain(given) + number.Unit));
            return null;
        }

        return InDomain(item, rulesValue);
    }

    /// <summary>
    /// A formula's value: its ÷0 fallback when a division by zero was met (even if another operand was missing), then
    /// checked against the item's domain.
    /// </summary>
    public decimal? Computed(int item, decimal? value, bool dividedByZero)
    {
        if (dividedByZero)
        {
            value = Plan.DataItems[item].ZeroFallback;
        }
        else if (value is { } computed)
        {
            FactAudit.Formula(Plan.DataItems[item], computed);
        }

        return value is { } number ? InDomain(item, number) : null;
    }

    /// <summary>A formula overflowed decimal: this record's error, naming the item; the item has no value.</summary>
    public decimal? Overflowed(int item)
    {
        Report(RecordDiagnostics.ComputationTooLarge(Id, Plan.DataItems[item].Name));
        return null;
    }

    private decimal? InDomain(int item, decimal value)
    {
        var plan = Plan.DataItems[item];
        if (plan.Domain.Contains(value))
        {
            return value;
        }

        Report(RecordDiagnostics.OutsideDomain(Id, plan.Name, NumberText.Format(value, plan.Format), plan.Domain.ToDisplayString(plan.Format)));
        return null;
    }

    /// <summary>
    /// The record's data against a constraint: an error naming both sides and their values when it fails. A side
    /// without a value (missing, or a division by 0) is not checked: what it lacks is reported where it is used. The
    /// rows of a leaf's figure are used nowhere else, so a row the record lacks is reported here.
    /// </summary>
    public void Constraint(int index, decimal? left, decimal? right, bool dividedByZero)
    {
        var constraint = Plan.Constraints[index];
        if (left is null && constraint.Breakdown is { } rows)
        {
            foreach (var item in rows.RowItems)
            {
                LacksItem(item);
            }
        }

        if (dividedByZero || left is not { } l || right is not { } r || Comparison.Holds(constraint.Operator, l, r))
        {
            return;
        }

        if (constraint.Breakdown is { } breakdown)
        {
            string Shown(decimal value) => NumberText.Format(value, constraint.Format) + breakdown.Unit;
            Report(RecordDiagnostics.BreakdownMismatch(Id, breakdown.Total, breakdown.Indicator, string.Join(" + ", breakdown.Rows), Shown(l), Shown(r), Shown(Math.Abs(l - r))));
            return;
        }

        Report(RecordDiagnostics.ConstraintViolated(Id, constraint.Text, $"{constraint.LeftText} = {NumberText.Format(l, constraint.Format)}", $"{constraint.RightText} = {NumberText.Format(r, constraint.Format)}"));
    }

    /// <summary>A constraint's formulas overflowed decimal: this record's error, naming the constraint.</summary>
    public void ConstraintOverflowed(int index) => Report(RecordDiagnostics.ComputationTooLarge(Id, Plan.Constraints[index].Text));

    /// <summary>A required field has no value: missing, unless its text was unreadable (already reported).</summary>
    public void Lacks(int slot)
    {
        if (_unreadable is { } unreadable && unreadable[slot])
        {
            return;
        }

        var key = Plan.Slots[slot].Key;
        (_missing ??= []).Add(key);
        if (Plan.MissingPolicy == MissingDataPolicy.Error)
        {
            Report(RecordDiagnostics.MissingField(Id, key));
        }
    }

    /// <summary>A data item a rule needs has no value: each absent input its formula reads is missing.</summary>
    public void LacksItem(int item)
    {
        if (_absent is not { } absent)
        {
            return;
        }

        foreach (var slot in Plan.DataItems[item].InputSlots)
        {
            if (absent[slot])
            {
                Lacks(slot);
            }
        }
    }

    /// <summary>Where a leaf starts in the record's errors and missing fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LeafMark BeginLeaf() => new(_errors?.Count ?? 0, _missing?.Count ?? 0);

    /// <summary>
    /// The leaf's trace, unless it lacked a field under 缺失数据 不得分 without another error: then it scores 0 and
    /// its sentence names what it lacked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LeafTrace EndLeaf(LeafMark mark, in LeafTrace trace) =>
        _missing is { } missing && missing.Count > mark.Missing ? Lacked(mark, trace) : trace;

    private LeafTrace Lacked(LeafMark mark, in LeafTrace trace) =>
        Plan.MissingPolicy == MissingDataPolicy.ScoreZero && (_errors?.Count ?? 0) == mark.Errors
            ? new LeafTrace(LeafOutcome.MissingScoredZero, 0m) { Missing = [.. _missing!.Skip(mark.Missing).Distinct()] }
            : trace;

    /// <summary>A leaf's arithmetic overflowed decimal: this record's error, naming the leaf.</summary>
    public LeafTrace Overflowed(IndicatorPlan leaf)
    {
        Report(RecordDiagnostics.ComputationTooLarge(Id, leaf.Key));
        return LeafTrace.Unscored;
    }
}

/// <summary>The counts of errors and missing fields when a leaf started.</summary>
/// <remarks>Machinery: used by generated scorers and the interpreter through <see cref="RecordScope"/>, not by consumers.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct LeafMark(int Errors, int Missing);
