using System.Net;

namespace GrandBy.Providers.Synthesis;

/// <summary>Synthesis failed: an error response, a timeout, an unreachable provider or unusable audio.</summary>
public sealed class SpeechSynthesisException(
    string message,
    HttpStatusCode? httpStatus = null,
    string? providerStatus = null,
    string? providerMessage = null,
    Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>The HTTP status of an error response; null when no response arrived.</summary>
    public HttpStatusCode? HttpStatus { get; } = httpStatus;

    /// <summary>The provider's status name, e.g. <c>INVALID_ARGUMENT</c>.</summary>
    public string? ProviderStatus { get; } = providerStatus;

    public string? ProviderMessage { get; } = providerMessage;
}
