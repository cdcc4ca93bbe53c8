namespace GrandBy.Providers.Chat;

/// <summary>The model's reply failed: an error response, a timeout or an unreachable endpoint.</summary>
public sealed class ChatResponseException(string message, int? httpStatus = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The HTTP status of an error response; null when no response arrived.</summary>
    public int? HttpStatus { get; } = httpStatus;
}
