namespace GrandBy.Providers.Transcription;

/// <summary>Transcription failed: an error response, a timeout or an unreachable endpoint.</summary>
public sealed class SpeechTranscriptionException(string message, int? httpStatus = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The HTTP status of an error response; null when no response arrived.</summary>
    public int? HttpStatus { get; } = httpStatus;
}
