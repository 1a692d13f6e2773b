using SchemeLang.Binding;
using SchemeLang.Lowering;
using SchemeLang.Runtime;

namespace SchemeLang.Evaluation;

/// <summary>
/// The interpreter for a checked scheme: lowers it to its plan once and scores records with a
/// <see cref="PlanInterpreter"/>. It scores only a scheme whose checks found no error: the checks are what make its
/// band lookups, divisions and totals safe.
/// </summary>
public sealed class Evaluator
{

    /// <param name="compilation">A compilation without errors.</param>
    /// <param name="percentReading">How a bare number for a percentage reads; the scheme's 百分比数据 when null.</param>
    /// <exception cref="SchemeHasErrorsException">The scheme failed its checks.</exception>
    public Evaluator(SchemeCompilation compilation, PercentReading? percentReading = null)
    {
        if (compilation.Scheme is not { } scheme || compilation.HasErrors)
        {
            throw new SchemeHasErrorsException(compilation.Diagnostics);
        }

        Scheme = scheme;
        Plan = SchemeLowering.Lower(scheme);
        Interpreter = new PlanInterpreter(Plan, percentReading);
    }

    public BoundScheme Scheme { get; }

    /// <summary>The scheme as runtime data: what this interpreter walks and what the emitter prints into a scorer.</summary>
    public SchemePlan Plan { get; }

    public PlanInterpreter Interpreter { get; }

    public PercentReading PercentReading => Interpreter.PercentReading;

    public RecordResult Evaluate(DataRecord record) => Interpreter.Score(record);
}
