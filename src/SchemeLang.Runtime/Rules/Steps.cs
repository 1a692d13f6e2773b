namespace SchemeLang.Runtime;

public enum StepDirection
{
    /// <summary>每低/每少/每下降: the value falls short of the threshold.</summary>
    Below,

    /// <summary>每超/每高/每增加: the value exceeds the threshold.</summary>
    Above,
}

/// <summary>How a partial step counts in a stepwise deduction.</summary>
public enum StepRounding
{
    /// <summary>不满一档按一档计: a started step counts whole.</summary>
    Ceiling,

    /// <summary>不足一档不扣: only whole steps count.</summary>
    Floor,

    /// <summary>按实际计算: steps are fractional.</summary>
    Exact,
}
