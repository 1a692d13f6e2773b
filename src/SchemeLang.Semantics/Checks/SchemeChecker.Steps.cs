using System.Diagnostics;
using SchemeLang.Binding;
using SchemeLang.Diagnostics;
using SchemeLang.Runtime;
using SchemeLang.Runtime.CompilerServices;
using SchemeLang.Text;

namespace SchemeLang.Checks;

/// <summary>Stepwise deductions: step sizes, stated rounding, and steps that can occur inside their band or below their threshold.</summary>
public sealed partial class SchemeChecker
{
    /// <param name="wholeSteps">Every distance is a whole number of steps (see <see cref="WholeSteps"/>): how a part step counts never arises.</param>
    private void CheckStep(StepDeduction step, SourceSpan span, bool wholeSteps)
    {
        if (step.StepSize <= 0m)
        {
            _diagnostics.Add(DiagnosticCatalog.StepNotPositive(At(span), $"每档步长「{step.StepText}」"));
        }

        if (step.PointsPerStep <= 0m)
        {
            _diagnostics.Add(DiagnosticCatalog.StepNotPositive(At(span), "每档扣分"));
        }

        if (!step.RoundingStated && !wholeSteps)
        {
            _diagnostics.Add(DiagnosticCatalog.StepRoundingUnstated(At(span)));
        }
    }

    /// <summary>
    /// 「≥ 95% 得满分，每少5%扣1分，不足一档不扣」 gives 94.9% full marks, which the threshold denies it: warn, with
    /// what each reading gives a value half a step short.
    /// </summary>
    private void CheckThresholdRounding(StepRule step)
    {
        if (step.Step.Rounding != StepRounding.Floor || step.Operator is not (ComparisonOperator.GreaterOrEqual or ComparisonOperator.LessOrEqual)
            || WholeSteps(_scheme.FindDataItem(step.Subject.Name), step.Step, step.Threshold.Value))
        {
            return;
        }

        var format = _scheme.FindDataItem(step.Subject.Name)?.Format ?? ValueFormat.Plain;
        var half = step.Step.StepSize / 2m;
        var example = step.Operator == ComparisonOperator.GreaterOrEqual ? step.Threshold.Value - half : step.Threshold.Value + half;
        var ceiling = Math.Max(0m, step.FullMarks - (Scoring.CountSteps(half, step.Step.StepSize, StepRounding.Ceiling) * step.Step.PointsPerStep));
        var rule = $"{Shown(step)} {Comparison.Symbol(step.Operator)} {NumberText.Format(step.Threshold.Value, format)} 得满分";
        _diagnostics.Add(DiagnosticCatalog.FloorContradictsThreshold(At(step.Span), rule, NumberText.Format(example, format), step.Step.StepText, step.FullMarks, ceiling));
    }

    /// <summary>The subject as a message names it: its name, or 「A11的实际完成值」 for a leaf's own value.</summary>
    private static string Shown(StepRule step) => step.OwnValue ? $"{step.Subject.Name}的{Binder.OwnValueName}" : step.Subject.Name;

    /// <summary>
    /// 「完成户数 ≥ 30户 得满分，每少一户扣0.5分」: a whole count, a whole edge and a step of one unit — every distance is a
    /// whole number of steps, so there is no part step to round and no reading to choose.
    /// </summary>
    private static bool WholeSteps(DataItem? subject, StepDeduction step, decimal? edge) =>
        subject is { Type: DataTypeKind.Count, Formula: null } && step.StepSize == 1m && edge is { } value && decimal.Truncate(value) == value;

    /// <summary>A threshold met from below (≥, >) deducts for values under it (每低); one met from above, for values over it (每超).</summary>
    private void CheckStepDirection(StepRule step)
    {
        var required = step.Operator switch
        {
            ComparisonOperator.GreaterOrEqual or ComparisonOperator.Greater => StepDirection.Below,
            ComparisonOperator.LessOrEqual or ComparisonOperator.Less => StepDirection.Above,
            ComparisonOperator.Equal => step.Step.Direction,
            _ => throw new UnreachableException($"comparison {step.Operator}"),
        };
        if (step.Step.Direction != required)
        {
            var format = _scheme.FindDataItem(step.Subject.Name)?.Format ?? ValueFormat.Plain;
            var threshold = NumberText.Format(step.Threshold.Value, format);
            _diagnostics.Add(DiagnosticCatalog.StepDirection(At(step.Span), $"「{Shown(step)}」达标线 {threshold}：", DirectionWord(step.Step.Direction),
                $"未达标的值都{(required == StepDirection.Below ? "低于" : "高于")} {threshold}"));
        }
    }

    /// <summary>
    /// A stepped band counts its steps from the edge where it meets the next band: its upper edge for 每低, its lower
    /// edge for 每超. Without such an edge the steps point out of the band and never count.
    /// </summary>
    private void CheckStepEdge(Band band, StepFromEdgeOutcome step, IReadOnlyList<Band> bands, ValueFormat format)
    {
        var below = step.Step.Direction == StepDirection.Below;
        var edge = below ? band.Range.Upper : band.Range.Lower;
        var where = $"档次 {band.Range.ToDisplayString(format)} ";
        if (edge is not { } at)
        {
            _diagnostics.Add(DiagnosticCatalog.StepDirection(At(band.Span), where, DirectionWord(step.Step.Direction),
                $"本档没有{(below ? "上" : "下")}端点，无从起算"));
        }
        else if (!bands.Any(other => other != band && (other.Range.Contains(at) || other.Range.Lower == at || other.Range.Upper == at)))
        {
            _diagnostics.Add(DiagnosticCatalog.StepDirection(At(band.Span), where, DirectionWord(step.Step.Direction),
                $"本档的{(below ? "上" : "下")}端点 {NumberText.Format(at, format)} 不与其他档次相接"));
        }
    }

    private static string DirectionWord(StepDirection direction) => direction switch
    {
        StepDirection.Below => "低",
        StepDirection.Above => "超",
        _ => throw new UnreachableException($"step direction {direction}"),
    };
}
