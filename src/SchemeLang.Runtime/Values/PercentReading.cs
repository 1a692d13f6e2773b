namespace SchemeLang.Runtime;

/// <summary>
/// How a bare number (no %) for a percentage reads in data records and 测试 inputs. A spreadsheet cell formatted as a
/// percentage holds 0.9687; a typed-in figure is often 96.87. Guessing between them would score one of the two
/// readings wrongly and silently, so without a declaration a percentage must carry its %.
/// </summary>
public enum PercentReading
{
    /// <summary>No declaration: "96.87%" only; a bare number is a record error that shows both readings.</summary>
    SignRequired,

    /// <summary>百分比数据 小数 (--percent ratio): 0.9687 is 96.87%.</summary>
    Ratio,

    /// <summary>百分比数据 百分数 (--percent percent): 96.87 is 96.87%.</summary>
    Percent,
}
