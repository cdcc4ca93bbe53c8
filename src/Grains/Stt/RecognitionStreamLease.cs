using GrandBy.Providers.Speech;

namespace GrandBy.Grains.Stt;

/// <summary>One recognition stream with its cancellation and where its audio starts in the call.</summary>
internal sealed class RecognitionStreamLease(
    ISpeechRecognitionStream stream, CancellationTokenSource cancellation, TimeSpan callTimeOffset) : IAsyncDisposable
{
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(5);
    private int _disposed;

    public ISpeechRecognitionStream Stream { get; } = stream;

    public CancellationTokenSource Cancellation { get; } = cancellation;

    public TimeSpan CallTimeOffset { get; } = callTimeOffset;

    public Task? Reader { get; set; }

    /// <summary>Half-closes the stream; its reader goes on until the provider sends its last results.</summary>
    public async Task CompleteAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation.Token);
        timeout.CancelAfter(CompletionTimeout);
        try
        {
            await Stream.CompleteAsync(timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or SpeechRecognitionException or InvalidOperationException)
        {
            await Cancellation.CancelAsync();
        }

        Cancellation.CancelAfter(CompletionTimeout);
    }

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
