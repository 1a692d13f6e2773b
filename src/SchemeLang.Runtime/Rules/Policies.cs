namespace SchemeLang.Runtime;

public enum WeightStyle
{
    /// <summary>分值: each indicator carries points; children add up to the parent's points.</summary>
    Points,

    /// <summary>相对: each indicator carries a percentage of its parent; siblings add up to 100%.</summary>
    Relative,
}

public enum MissingDataPolicy
{
    /// <summary>报错: a record lacking an input is an error for that record (the default).</summary>
    Error,

    /// <summary>不得分: a leaf whose input is missing scores 0, and the explanation says so.</summary>
    ScoreZero,
}

public enum NotApplicablePolicy
{
    /// <summary>得满分: the indicator counts as fully met.</summary>
    FullMarks,

    /// <summary>重新分配: the weight is shared among the applicable siblings in proportion to theirs.</summary>
    Redistribute,
}
