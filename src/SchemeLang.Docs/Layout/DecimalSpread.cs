namespace SchemeLang.Docs.Layout;

/// <summary>
/// Count, mean, lowest and highest of a stream of decimals, in a few fields whatever the stream's length. The mean is
/// the exact sum over the count; only when the sum would pass decimal's range (a scheme of 10²⁸ points) does it go on
/// as a running mean, so a batch never throws. The batch report's summary and the results workbook's 统计 share it.
/// </summary>
public struct DecimalSpread
{
    private decimal _sum;
    private decimal? _running;

    /// <summary>How many values were added.</summary>
    public int Count { get; private set; }

    /// <summary>The lowest value added (0 before any).</summary>
    public decimal Min { get; private set; }

    /// <summary>The highest value added (0 before any).</summary>
    public decimal Max { get; private set; }

    /// <summary>The mean of the values added; only to be asked for when <see cref="Count"/> is above 0.</summary>
    public readonly decimal Mean => _running ?? _sum / Count;

    /// <summary>Counts <paramref name="value"/> in.</summary>
    public void Add(decimal value)
    {
        (Min, Max) = Count == 0 ? (value, value) : (Math.Min(Min, value), Math.Max(Max, value));
        if (_running is null)
        {
            try
            {
                _sum += value;
                Count++;
                return;
            }
            catch (OverflowException)
            {
                _running = _sum / Count;
            }
        }

        Count++;
        _running += (value - _running.Value) / Count;
    }
}
