using Grpc.Core;

namespace GrandBy.Providers.Speech.Google;

/// <summary>Maps Google's gRPC statuses to <see cref="SpeechRecognitionException"/>.</summary>
internal static class GoogleSpeechErrors
{
    public static SpeechRecognitionException FromRpcException(RpcException exception) =>
        FromStatus(exception.StatusCode, exception.Status.Detail, exception);

    public static SpeechRecognitionException FromStatus(StatusCode code, string message, Exception? innerException = null) =>
        new(Classify(code, message), (int)code, message, innerException);

    public static SpeechRecognitionErrorKind Classify(StatusCode code, string message) => code switch
    {
        StatusCode.OutOfRange when message.Contains("maximum allowed stream duration", StringComparison.OrdinalIgnoreCase)
            => SpeechRecognitionErrorKind.StreamDurationExceeded,
        StatusCode.OutOfRange when message.Contains("Audio Timeout", StringComparison.OrdinalIgnoreCase)
            => SpeechRecognitionErrorKind.AudioTimeout,
        StatusCode.InvalidArgument => SpeechRecognitionErrorKind.InvalidArgument,
        StatusCode.Unavailable or StatusCode.Internal or StatusCode.Aborted => SpeechRecognitionErrorKind.Unavailable,
        StatusCode.Unauthenticated or StatusCode.PermissionDenied => SpeechRecognitionErrorKind.Unauthenticated,
        StatusCode.ResourceExhausted => SpeechRecognitionErrorKind.QuotaExceeded,
        StatusCode.DeadlineExceeded => SpeechRecognitionErrorKind.DeadlineExceeded,
        _ => SpeechRecognitionErrorKind.Other,
    };
}
