using SchemeLang.Runtime;

namespace SchemeLang.Docs.Wording;

/// <summary>A report's figures in words: 得分率, the total's note and and the total's note (a veto's sentence is the runtime's).</summary>
public static class ScoreWording
{
    /// <summary>
    /// Score over weight as a percentage to two places, half away from zero — for display only, the scores themselves
    /// are exact; a dash where the weight is 0 (an indicator whose weight went to its siblings).
    /// </summary>
    public static string Rate(decimal score, decimal weight) =>
        weight == 0m ? "—" : NumberText.Percent(Math.Round(score / weight, 4, MidpointRounding.AwayFromZero));

    /// <summary>The 合计 row's note: the vetoes that changed the total, if any.</summary>
    public static string Total(RecordResult record) => record.Vetoes.IsEmpty
        ? string.Empty
        : $"含否决：{string.Join("；", record.Vetoes.Select(Explanations.Veto))}";
}
