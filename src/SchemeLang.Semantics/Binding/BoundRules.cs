using SchemeLang.Collections;
using SchemeLang.Runtime;
using SchemeLang.Text;

namespace SchemeLang.Binding;

/// <summary>A leaf's scoring standard with every number resolved. One sealed record per rule kind.</summary>
public abstract record BoundRule(SourceSpan Span);

public sealed record PassFailRule(string? Condition, decimal Points, SourceSpan Span) : BoundRule(Span);

public sealed record ChecklistRule(EquatableArray<ChecklistItem> Items, SourceSpan Span) : BoundRule(Span);

public sealed record ChecklistItem(int Index, string Mark, string Text, decimal Points, SourceSpan Span);

public sealed record BandRule(string Subject, EquatableArray<Band> Bands, SourceSpan Span) : BoundRule(Span);

public sealed record Band(Interval Range, string RangeText, bool IsAmbiguous, BandOutcome Outcome, SourceSpan Span);

public abstract record BandOutcome;

public sealed record FixedPointsOutcome(decimal Points) : BandOutcome;

/// <summary>自 Start 分起: deduct from the band's edge (its lower edge for 每低, upper edge for 每超).</summary>
public sealed record StepFromEdgeOutcome(decimal Start, StepDeduction Step) : BandOutcome;

public sealed record DiscretionaryOutcome(decimal Max) : BandOutcome;

/// <summary>每低/每超 StepSize 扣 PointsPerStep, partial steps counted as <see cref="Rounding"/> says.</summary>
public sealed record StepDeduction(StepDirection Direction, decimal StepSize, string StepText, decimal PointsPerStep, StepRounding Rounding, bool RoundingStated);

/// <summary>Full marks at the threshold; deductions measured from it.</summary>
public sealed record StepRule(string Subject, ComparisonOperator Operator, decimal Threshold, decimal FullMarks, StepDeduction Step, SourceSpan Span) : BoundRule(Span);

public sealed record DeductionRule(EquatableArray<DeductionItem> Items, SourceSpan Span) : BoundRule(Span);

public sealed record DeductionItem(int Index, string Mark, string Text, string? UnitWord, decimal Points, SourceSpan Span);

public sealed record ProportionalRule(string Subject, decimal? Cap, SourceSpan Span) : BoundRule(Span);

public sealed record LevelRule(EquatableArray<Level> Levels, SourceSpan Span) : BoundRule(Span);

public sealed record Level(string Name, decimal Points, SourceSpan Span);

public sealed record DiscretionaryRule(string? Guidance, SourceSpan Span) : BoundRule(Span);
