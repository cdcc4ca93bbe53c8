namespace GrandBy.Providers.Speech;

/// <summary>Opens streaming recognition sessions (Google Speech v1 <c>StreamingRecognize</c>).</summary>
public interface ISpeechRecognizer
{
    /// <summary>
    /// Opens a new stream and sends its configuration, with <paramref name="request"/>'s model when it names one.
    /// The stream lives until the token is cancelled or it is completed.
    /// </summary>
    Task<ISpeechRecognitionStream> OpenStreamAsync(SpeechStreamRequest request, CancellationToken cancellationToken);
}
