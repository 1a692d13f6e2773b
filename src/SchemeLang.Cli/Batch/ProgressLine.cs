using System.Globalization;

namespace SchemeLang.Cli.Batch;

/// <summary>
/// The line a long run keeps rewriting on a terminal's standard error: how many records are done, how fast, and — where
/// the input can tell how much of it has been read — the share done and the time left at the pace so far. It is
/// written only to a terminal (a redirected standard error gets nothing, so logs hold no carriage returns), at most
/// five times a second, and cleared before any other line is written so that errors never share its line.
/// </summary>
internal sealed class ProgressLine
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(0.2);

    private readonly TextWriter _terminal;
    private readonly TimeProvider _time;
    private readonly long _started;
    private long _lastShown;
    private int _width;

    public ProgressLine(TextWriter terminal, TimeProvider? time = null)
    {
        _terminal = terminal;
        _time = time ?? TimeProvider.System;
        _started = _lastShown = _time.GetTimestamp();
    }

    /// <summary>Shows <paramref name="done"/> records, unless the line was shown less than a fifth of a second ago.</summary>
    /// <param name="read">How much of the input has been read (0 to 1); null when the input cannot tell.</param>
    public void Report(int done, double? read = null)
    {
        var now = _time.GetTimestamp();
        if (_time.GetElapsedTime(_lastShown, now) < Interval)
        {
            return;
        }

        _lastShown = now;
        var seconds = _time.GetElapsedTime(_started, now).TotalSeconds;
        var text = string.Create(CultureInfo.InvariantCulture, $"已处理 {done:N0} 条记录，每秒 {done / Math.Max(seconds, 0.001):N0} 条");
        if (read is { } share and > 0d and <= 1d)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"，已读约 {share * 100:0}%，预计还需 {Duration(seconds * (1d - share) / share)}");
        }

        Show(text);
    }

    /// <summary>「45 秒」, 「3 分 05 秒」, 「1 小时 02 分」: whole seconds, as precise as an estimate deserves.</summary>
    internal static string Duration(double seconds)
    {
        var whole = TimeSpan.FromSeconds(Math.Ceiling(Math.Max(0d, seconds)));
        return whole.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)whole.TotalHours} 小时 {whole.Minutes:00} 分")
            : whole.TotalMinutes >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{whole.Minutes} 分 {whole.Seconds:00} 秒")
                : string.Create(CultureInfo.InvariantCulture, $"{whole.Seconds} 秒");
    }

    /// <summary>Removes the line, so the next line written starts on a clean one.</summary>
    public void Clear()
    {
        if (_width > 0)
        {
            Show(string.Empty);
        }
    }

    private void Show(string text)
    {
        // Chinese characters take two columns: pad over whatever the last line covered.
        var width = Output.DisplayWidth.Of(text);
        _terminal.Write('\r' + text + new string(' ', Math.Max(0, _width - width)) + '\r');
        _terminal.Flush();
        _width = width;
    }
}
