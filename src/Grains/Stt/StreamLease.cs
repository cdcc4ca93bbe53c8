using GrandBy.Providers.Speech;

namespace GrandBy.Grains.Stt;

/// <summary>
/// One provider stream and where it sits in the call: it was fed from <see cref="Offset"/> (the end of
/// the last accepted final) and has been sent audio up to <see cref="SentUntil"/>.
/// </summary>
internal sealed class StreamLease(ISpeechRecognitionStream stream, CancellationTokenSource cancellation, long offset, DateTimeOffset openedAt)
    : IAsyncDisposable
{
    private int _disposed;

    public ISpeechRecognitionStream Stream { get; } = stream;

    public CancellationTokenSource Cancellation { get; } = cancellation;

    public long Offset { get; } = offset;

    public DateTimeOffset OpenedAt { get; } = openedAt;

    public long SentUntil { get; set; } = offset;

    /// <summary>False once the stream was replaced: its later results are covered by the new stream.</summary>
    public bool Accepting { get; set; } = true;

    public Task Reader { get; set; } = Task.CompletedTask;

    public TimeSpan Age(DateTimeOffset now) =>
        TimeSpan.FromSeconds(Math.Max((now - OpenedAt).TotalSeconds, (SentUntil - Offset) / 8000.0));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await Cancellation.CancelAsync();
        await Stream.DisposeAsync();
        Cancellation.Dispose();
    }
}
