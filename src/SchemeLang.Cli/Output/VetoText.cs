using SchemeLang.Evaluation;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>What an applied veto did to the total, in the words of the result files.</summary>
internal static class VetoText
{
    public static string Effect(AppliedVeto veto) => veto.Written is { } written
        ? $"扣 {NumberText.Points(written)}，实扣 {NumberText.Points(veto.Deducted)}"
        : $"总分为零，实扣 {NumberText.Points(veto.Deducted)}";
}
