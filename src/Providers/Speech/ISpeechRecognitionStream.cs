namespace GrandBy.Providers.Speech;

/// <summary>One open recognition stream. Writes are not thread-safe: one writer at a time.</summary>
public interface ISpeechRecognitionStream : IAsyncDisposable
{
    /// <summary>Sends 8 kHz mu-law audio; splits it into requests under the provider's size limit.</summary>
    ValueTask SendAudioAsync(ReadOnlyMemory<byte> mulaw, CancellationToken cancellationToken);

    /// <summary>Results as the provider sends them, until it closes the stream. A provider error is thrown as <see cref="SpeechRecognitionException"/>.</summary>
    IAsyncEnumerable<SpeechRecognitionResult> ReadResultsAsync(CancellationToken cancellationToken);

    /// <summary>Half-closes the stream: no more audio; the provider then sends its last results and ends.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
