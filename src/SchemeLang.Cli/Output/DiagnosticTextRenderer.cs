using SchemeLang.Diagnostics;
using SchemeLang.Runtime;

namespace SchemeLang.Cli.Output;

/// <summary>
/// Renders diagnostics like a modern compiler:
/// <code>
/// 方案.scheme:12:5: 错误 SL3102: 档次 … 重叠于 …
///    12 |     50%-79% 得2分
///       |     ^^^^^^^
///       = 提示：…
/// </code>
/// </summary>
internal static class DiagnosticTextRenderer
{
    public static void Render(TextWriter output, IReadOnlyList<SchemeDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            RenderOne(output, diagnostic);
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count - errors - warnings;
        output.WriteLine((errors + warnings, infos) switch
        {
            (0, 0) => "检查通过：没有发现问题。",
            (0, _) => $"检查通过：没有错误或警告，另有 {infos} 条提示。",
            _ => $"共 {errors} 个错误，{warnings} 个警告。",
        });
    }

    public static void RenderOne(TextWriter output, SchemeDiagnostic diagnostic)
    {
        var location = diagnostic.Location;
        output.WriteLine($"{location}: {SeverityText(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}");
        var source = location.Source;
        if (source.Text.Length > 0)
        {
            var start = location.Start;
            var lineSpan = source.GetLineSpan(start.Line);
            // The line as the console will show it (tabs as spaces, hidden characters as their code points), so the caret lines up.
            var lineText = source.Slice(lineSpan).Replace('\t', ' ');
            var number = (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            output.WriteLine($" {number} | {lineText}");
            var column = Math.Min(start.Column, lineText.Length);
            var length = Math.Max(1, Math.Min(location.Span.Length, lineText.Length - column));
            var pad = DisplayWidth.Of(VisibleText.Of(lineText[..column]));
            var caret = Math.Max(1, DisplayWidth.Of(VisibleText.Of(lineText.Substring(column, Math.Max(0, Math.Min(length, lineText.Length - column))))));
            output.WriteLine($" {gutter} | {new string(' ', pad)}{new string('^', caret)}");
            if (diagnostic.Hint is { } hint)
            {
                output.WriteLine($" {gutter} = 提示：{hint}");
            }
        }
        else if (diagnostic.Hint is { } hint)
        {
            output.WriteLine($"   = 提示：{hint}");
        }
    }

    private static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
