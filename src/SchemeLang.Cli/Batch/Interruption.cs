namespace SchemeLang.Cli.Batch;

/// <summary>
/// Ctrl-C during a run: the first stops reading, so the records already read are scored and the output is ended
/// properly (a results file is then not put in place: it would hold only part of the data); a second ends the process
/// at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    private Interruption() => Console.CancelKeyPress += OnCancelKeyPress;

    public CancellationToken Token => _source.Token;

    public static Interruption Watch() => new();

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs press)
    {
        press.Cancel = !_source.IsCancellationRequested;
        _source.Cancel();
    }
}
