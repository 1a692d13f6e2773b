using SchemeLang.Binding;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output.Workbook;

/// <summary>
/// Indicators the workbook gives a column each (the 一级 ones, the leaves, all of them), each with its place in a
/// result's list: a result lists its indicators in the scheme's pre-order, so a score is found by looking there first,
/// without a dictionary per record.
/// </summary>
internal sealed class ResultColumns
{
    private readonly int[] _positions;

    public ResultColumns(BoundScheme scheme, IEnumerable<Indicator> indicators)
    {
        var positions = scheme.AllIndicators.Select((indicator, position) => (indicator.Key, position)).ToDictionary(pair => pair.Key, pair => pair.position, StringComparer.Ordinal);
        Indicators = [.. indicators];
        _positions = [.. Indicators.Select(indicator => positions[indicator.Key])];
    }

    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The result of the <paramref name="column"/>th indicator, or null when the record has none (it failed).</summary>
    public IndicatorResult? Find(RecordResult result, int column)
    {
        var indicators = result.Indicators;
        var key = Indicators[column].Key;
        var position = _positions[column];
        if (position < indicators.Length && indicators[position].Key == key)
        {
            return indicators[position];
        }

        foreach (var indicator in indicators)
        {
            if (indicator.Key == key)
            {
                return indicator;
            }
        }

        return null;
    }
}
