namespace GrandBy.TtsEmulator;

/// <summary>The emulator's log events, ids 1100–1199.</summary>
internal static partial class TtsEmulatorLog
{
    [LoggerMessage(1100, LogLevel.Information, "TTS emulator speaking with the {Voice} voice")]
    public static partial void VoiceSelected(this ILogger logger, string voice);

    [LoggerMessage(1101, LogLevel.Information, "Rejected a synthesis request with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(this ILogger logger, int statusCode, string reason);

    [LoggerMessage(1102, LogLevel.Debug, "Synthesized {Characters} characters in {LanguageCode} as {AudioEncoding}: {Bytes} bytes")]
    public static partial void Synthesized(this ILogger logger, int characters, string languageCode, string audioEncoding, int bytes);

    [LoggerMessage(1103, LogLevel.Error, "The {Voice} voice failed")]
    public static partial void VoiceFailed(this ILogger logger, string voice, Exception exception);

    [LoggerMessage(1104, LogLevel.Debug, "The client went away before the audio was ready")]
    public static partial void RequestAborted(this ILogger logger);
}
