using Microsoft.Extensions.Logging;

namespace GrandBy.Providers.Diagnostics;

/// <summary>Every log event of the provider clients, with its stable event id. Transcripts, replies and secrets are never logged.</summary>
internal static partial class ProvidersLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Google Speech channel to {Endpoint} created (authenticated: {Authenticated}).")]
    public static partial void SpeechChannelCreated(this ILogger logger, string endpoint, bool authenticated);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Speech stream opened (model {Model}, language {LanguageCode}).")]
    public static partial void SpeechStreamOpened(this ILogger logger, string model, string languageCode);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Speech stream failed: {Kind} ({StatusCode}) {ProviderMessage}")]
    public static partial void SpeechStreamFailed(this ILogger logger, string kind, int statusCode, string providerMessage);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Speech event {SpeechEvent}.")]
    public static partial void SpeechEvent(this ILogger logger, string speechEvent);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Speech stream sent single_utterance=false: model {Model} does not allow it.")]
    public static partial void SpeechSingleUtteranceDropped(this ILogger logger, string model);

    [LoggerMessage(EventId = 4200, Level = LogLevel.Debug, Message = "Synthesised {Characters} characters into {Bytes} bytes of mu-law in {ElapsedMs} ms.")]
    public static partial void SpeechSynthesized(this ILogger logger, int characters, int bytes, long elapsedMs);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Speech synthesis failed after {ElapsedMs} ms: {Reason}")]
    public static partial void SpeechSynthesisFailed(this ILogger logger, long elapsedMs, string reason);

    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Chat responder uses {Provider} model {Model} at {Endpoint}.")]
    public static partial void ChatClientCreated(this ILogger logger, string provider, string model, string endpoint);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Debug, Message = "Chat reply first text after {ElapsedMs} ms.")]
    public static partial void ChatFirstToken(this ILogger logger, long elapsedMs);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Debug, Message = "Chat reply finished ({FinishReason}) with {Characters} characters in {ElapsedMs} ms.")]
    public static partial void ChatReplyCompleted(this ILogger logger, string finishReason, int characters, long elapsedMs);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Chat reply failed after {ElapsedMs} ms: {Reason}")]
    public static partial void ChatReplyFailed(this ILogger logger, long elapsedMs, string reason);

    [LoggerMessage(EventId = 4400, Level = LogLevel.Information, Message = "Speech transcriber uses {Provider} model {Model} at {Endpoint}.")]
    public static partial void TranscriberCreated(this ILogger logger, string provider, string model, string endpoint);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Debug, Message = "Transcribed {AudioBytes} bytes of mu-law into {Characters} characters in {ElapsedMs} ms.")]
    public static partial void TranscriptionCompleted(this ILogger logger, int audioBytes, int characters, long elapsedMs);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning, Message = "Transcription failed after {ElapsedMs} ms (HTTP {HttpStatus}): {Reason}")]
    public static partial void TranscriptionFailed(this ILogger logger, long elapsedMs, int httpStatus, string reason);
}
