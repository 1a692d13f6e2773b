using SchemeLang.Binding;
using SchemeLang.Runtime;

namespace SchemeLang.Docs.Layout;

/// <summary>
/// A batch counted as its records go by: how many, how many were scored, and how many got each of the scheme's grades
/// (in the scheme's order). Holds a few numbers, never the results: the CLI's closing line and the report's summary
/// both read it.
/// </summary>
public sealed class BatchCounts
{
    /// <summary>The bucket of a scored record whose total falls in none of the scheme's grades.</summary>
    public const string NoGrade = "无等级";

    private readonly string[] _grades;
    private readonly int[] _graded;
    private int _ungraded;

    public BatchCounts(BoundScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        _grades = [.. scheme.Grades.Select(grade => grade.Name)];
        _graded = new int[_grades.Length];
    }

    public int Records { get; private set; }

    public int Scored { get; private set; }

    public int Failed => Records - Scored;

    public void Add(RecordResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Add(new ScoreCard(result.Total, result.Grade));
    }

    public void Add(ScoreCard card)
    {
        Records++;
        if (card.Total is null)
        {
            return;
        }

        Scored++;
        var grade = card.Grade is null ? -1 : Array.IndexOf(_grades, card.Grade);
        if (grade < 0)
        {
            _ungraded++;
        }
        else
        {
            _graded[grade]++;
        }
    }

    /// <summary>
    /// Each of the scheme's grades with its count, 0 included, then <see cref="NoGrade"/> if any scored record has
    /// none; empty when the scheme declares no grades.
    /// </summary>
    public IReadOnlyList<(string Name, int Count)> Grades
    {
        get
        {
            if (_grades.Length == 0)
            {
                return [];
            }

            var grades = _grades.Select((name, index) => (name, _graded[index])).ToList();
            if (_ungraded > 0)
            {
                grades.Add((NoGrade, _ungraded));
            }

            return grades;
        }
    }
}
