using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace GrandBy.SpeechEmulator.Streaming;

internal static partial class SpeechEmulatorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Clip library loaded from {Directory}: {ClipCount} clips, {WindowCount} indexed windows")]
    public static partial void ClipLibraryLoaded(ILogger logger, string directory, int clipCount, int windowCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Stream configured: {LanguageCode}, model '{Model}', interim {InterimResults}, single utterance {SingleUtterance}")]
    public static partial void StreamConfigured(ILogger logger, string languageCode, string model, bool interimResults, bool singleUtterance);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Final result at {ResultEndTime}: {Transcript}")]
    public static partial void FinalResult(ILogger logger, TimeSpan resultEndTime, string transcript);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Stream completed after {AudioBytes} audio bytes")]
    public static partial void StreamCompleted(ILogger logger, long audioBytes);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Stream failed with {StatusCode}: {Detail}")]
    public static partial void StreamFailed(ILogger logger, StatusCode statusCode, string detail);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Injected {StatusCode} at stream byte {StreamByte}")]
    public static partial void FaultInjected(ILogger logger, StatusCode statusCode, long streamByte);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Transcribed {AudioBytes} audio bytes in {Language} as {Format}: {Text}")]
    public static partial void Transcribed(ILogger logger, int audioBytes, string language, string format, string text);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Transcription rejected with {HttpStatus}: {Detail}")]
    public static partial void TranscriptionRejected(ILogger logger, int httpStatus, string detail);
}
