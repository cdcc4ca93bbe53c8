namespace GrandBy.Providers.Speech;

/// <summary>Why a recognition stream failed; decides whether the caller rolls over, retries or gives up.</summary>
public enum SpeechRecognitionErrorKind
{
    /// <summary>The stream reached the provider's maximum duration (Google: 305 s). Open a new stream.</summary>
    StreamDurationExceeded,

    /// <summary>No audio arrived for too long. Keep feeding the stream (silence while gated).</summary>
    AudioTimeout,

    /// <summary>The configuration or a request was rejected (e.g. model not supported for the language).</summary>
    InvalidArgument,

    /// <summary>The provider could not be reached or failed internally; retrying may help.</summary>
    Unavailable,

    /// <summary>Credentials were missing, invalid or lacked permission.</summary>
    Unauthenticated,

    /// <summary>A quota or rate limit was hit.</summary>
    QuotaExceeded,

    /// <summary>A deadline or local timeout expired.</summary>
    DeadlineExceeded,

    /// <summary>Anything else.</summary>
    Other,
}
