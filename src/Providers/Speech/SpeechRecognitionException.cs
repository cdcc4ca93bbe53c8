namespace GrandBy.Providers.Speech;

/// <summary>A recognition stream ended with a provider error.</summary>
public sealed class SpeechRecognitionException : Exception
{
    public SpeechRecognitionException(SpeechRecognitionErrorKind kind, int statusCode, string providerMessage, Exception? innerException = null)
        : base($"Speech recognition failed ({kind}, status {statusCode}): {providerMessage}", innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ProviderMessage = providerMessage;
    }

    public SpeechRecognitionErrorKind Kind { get; }

    /// <summary>The provider's status code (for Google, the gRPC status code; 0 when the failure was local).</summary>
    public int StatusCode { get; }

    public string ProviderMessage { get; }
}
