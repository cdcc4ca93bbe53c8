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

    /// <summary>
    /// The provider rejected the stream's model for its language (Google: INVALID_ARGUMENT "Invalid recognition
    /// 'config': The requested model is currently not supported for language : xx-XX."); try the next fallback model.
    /// </summary>
    public bool IsUnsupportedModel =>
        Kind == SpeechRecognitionErrorKind.InvalidArgument
        && ProviderMessage.Contains("requested model", StringComparison.OrdinalIgnoreCase)
        && ProviderMessage.Contains("not supported", StringComparison.OrdinalIgnoreCase);
}
