using System.Globalization;
using System.Text;

namespace SchemeLang.Tests.Properties.Generators;

/// <summary>Decimal text without trailing zeros, culture-independent.</summary>
public static class Num
{
    public static string Text(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}

/// <summary>Writes a <see cref="SchemeModel"/> as scheme text, the way an author would.</summary>
public static class SchemeWriter
{
    public static string Write(SchemeModel scheme)
    {
        var text = new StringBuilder();
        text.Append("方案 生成的方案\n");
        text.Append(CultureInfo.InvariantCulture, $"总分 {Num.Text(scheme.Total)}\n");

        // Records write percentages both ways, "96.87%" and as a spreadsheet stores them (0.9687).
        text.Append("百分比数据 小数\n");
        if (scheme.Weights == WeightMode.Relative)
        {
            text.Append("权重 相对\n");
        }
        else if (scheme.WriteWeightHeader)
        {
            text.Append("权重 分值\n");
        }

        switch (scheme.Missing)
        {
            case MissingMode.Error:
                text.Append("缺失数据 报错\n");
                break;
            case MissingMode.ScoreZero:
                text.Append("缺失数据 不得分\n");
                break;
        }

        if (scheme.Decimals is { } decimals)
        {
            text.Append(CultureInfo.InvariantCulture, $"小数位 {decimals}\n");
        }

        var grades = scheme.Grades.Entries(scheme.Total).ToArray();
        if (scheme.Grades.OneLine)
        {
            text.Append("等级 ").Append(string.Join("；", grades)).Append('\n');
        }
        else
        {
            text.Append("等级\n");
            foreach (var grade in grades)
            {
                text.Append("  ").Append(grade).Append('\n');
            }
        }

        if (scheme.Targets.Count > 0)
        {
            text.Append("目标值\n");
            foreach (var target in scheme.Targets)
            {
                text.Append("  ").Append(target.Line).Append('\n');
            }
        }

        var subjects = scheme.Leaves.SelectMany(leaf => leaf.Rule?.Subjects ?? []).ToArray();
        if (subjects.Length > 0)
        {
            text.Append("数据\n");
            foreach (var line in subjects.SelectMany(subject => subject.DataLines))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        foreach (var root in scheme.Roots)
        {
            WriteNode(text, scheme, root, 0);
        }

        if (scheme.Vetoes.Count > 0)
        {
            text.Append("否决\n");
            for (var i = 0; i < scheme.Vetoes.Count; i++)
            {
                var veto = scheme.Vetoes[i];
                text.Append("  ").Append((char)('①' + i)).Append(' ').Append(veto.Text)
                    .Append(veto.Deduction is { } d ? $" 扣{Num.Text(d)}分" : " 总分为零").Append('\n');
            }
        }

        return text.ToString();
    }

    private static void WriteNode(StringBuilder text, SchemeModel scheme, NodeModel node, int depth)
    {
        var indent = new string(' ', depth * 2);
        text.Append(indent);
        if (scheme.Codes)
        {
            text.Append(node.Code).Append(' ');
        }

        text.Append(node.Name).Append(' ').Append(node.WrittenWeight).Append('\n');
        if (node.Rule is { } rule)
        {
            foreach (var line in rule.Lines())
            {
                text.Append(indent).Append("  ").Append(line).Append('\n');
            }
        }

        foreach (var row in node.Breakdown ?? [])
        {
            text.Append(indent).Append("  ").Append(row.Line).Append('\n');
        }

        switch (node.NotApplicable)
        {
            case NotApplicableMode.FullMarks:
                text.Append(indent).Append("  不适用 得满分\n");
                break;
            case NotApplicableMode.Redistribute:
                text.Append(indent).Append("  不适用 重新分配\n");
                break;
        }

        foreach (var child in node.Children)
        {
            WriteNode(text, scheme, child, depth + 1);
        }
    }
}
