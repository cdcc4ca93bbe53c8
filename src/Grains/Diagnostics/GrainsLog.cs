using GrandBy.Calls;
using GrandBy.Grains.Calls;
using GrandBy.Providers.Speech;
using Microsoft.Extensions.Logging;

namespace GrandBy.Grains.Diagnostics;

/// <summary>Every log line the grains write, with stable event ids (2000–2999). What people said is logged at Debug only.</summary>
internal static partial class GrainsLog
{
    [LoggerMessage(2000, LogLevel.Information, "Call {CallSid}: stream {StreamSid} attached as epoch {Epoch} (resumed: {Resumed})")]
    public static partial void StreamAttached(this ILogger logger, string callSid, string streamSid, int epoch, bool resumed);

    [LoggerMessage(2001, LogLevel.Information, "Call {CallSid}: stream epoch {Epoch} ended ({Reason})")]
    public static partial void StreamEnded(this ILogger logger, string callSid, int epoch, StreamEndReason reason);

    [LoggerMessage(2002, LogLevel.Warning, "Call {CallSid}: no stream re-attached within the grace period; ending the call")]
    public static partial void ReattachGraceExpired(this ILogger logger, string callSid);

    [LoggerMessage(2003, LogLevel.Information, "Call {CallSid} ended after {TurnCount} turns")]
    public static partial void CallEnded(this ILogger logger, string callSid, int turnCount);

    [LoggerMessage(2004, LogLevel.Warning, "Call {CallSid}: mark '{MarkName}' on epoch {Epoch} matches no answer sentence")]
    public static partial void UnknownMarkEchoed(this ILogger logger, string callSid, string markName, int epoch);

    [LoggerMessage(2005, LogLevel.Information, "Call {CallSid}: caller pressed {Digit}")]
    public static partial void DtmfReceived(this ILogger logger, string callSid, string digit);

    [LoggerMessage(2010, LogLevel.Debug, "Call {CallSid}: caller said \"{Transcript}\" (confidence {Confidence})")]
    public static partial void CallerSaid(this ILogger logger, string callSid, string transcript, float confidence);

    [LoggerMessage(2011, LogLevel.Debug, "Call {CallSid}: answer {AnswerId} sentence {Index} ready: \"{Text}\"")]
    public static partial void AgentSentenceReady(this ILogger logger, string callSid, int answerId, int index, string text);

    [LoggerMessage(2012, LogLevel.Information, "Call {CallSid}: answer {AnswerId} ended {End} after {SentenceCount} sentences")]
    public static partial void AnswerFinished(this ILogger logger, string callSid, int answerId, AnswerEnd end, int sentenceCount);

    [LoggerMessage(2020, LogLevel.Information, "Call {CallSid}: speech stream opened at call time {CallTimeOffset}")]
    public static partial void SpeechStreamOpened(this ILogger logger, string callSid, TimeSpan callTimeOffset);

    [LoggerMessage(2021, LogLevel.Warning, "Call {CallSid}: writing audio to the speech stream failed; a new stream opens with the next audio")]
    public static partial void SpeechStreamWriteFailed(this ILogger logger, string callSid, Exception error);

    [LoggerMessage(2022, LogLevel.Warning, "Call {CallSid}: the speech stream failed; a new stream opens with the next audio")]
    public static partial void SpeechStreamFailed(this ILogger logger, string callSid, Exception error);

    [LoggerMessage(2023, LogLevel.Debug, "Call {CallSid}: speech stream cancelled")]
    public static partial void SpeechStreamCancelled(this ILogger logger, string callSid);

    [LoggerMessage(2024, LogLevel.Information, "Call {CallSid}: speech stream rolled over at age {Age} (caller speaking: {DuringSpeech})")]
    public static partial void SpeechStreamRolledOver(this ILogger logger, string callSid, TimeSpan age, bool duringSpeech);

    [LoggerMessage(2025, LogLevel.Information, "Call {CallSid}: speech stream ended ({Kind}); reconnecting with the unfinalised audio")]
    public static partial void SpeechStreamEndedRoutinely(this ILogger logger, string callSid, SpeechRecognitionErrorKind kind);

    [LoggerMessage(2026, LogLevel.Warning, "Call {CallSid}: model '{Model}' was rejected ({ProviderMessage}); trying '{NextModel}'")]
    public static partial void SpeechModelRejected(this ILogger logger, string callSid, string model, string nextModel, string providerMessage);

    [LoggerMessage(2027, LogLevel.Error, "Call {CallSid}: {Failures} speech stream failures in a row; the call goes on in chunk mode")]
    public static partial void FellBackToChunkMode(this ILogger logger, string callSid, int failures);

    [LoggerMessage(2028, LogLevel.Warning, "Call {CallSid}: the last speech stream could not finish; chunk mode transcribes the rest")]
    public static partial void FinishingInChunkMode(this ILogger logger, string callSid);

    [LoggerMessage(2029, LogLevel.Warning, "Call {CallSid}: transcription failed; retrying once")]
    public static partial void TranscriptionRetried(this ILogger logger, string callSid, Exception error);

    [LoggerMessage(2033, LogLevel.Error, "Call {CallSid}: the utterance from {StartSeconds:0.00} s to {EndSeconds:0.00} s could not be transcribed")]
    public static partial void UtteranceLost(this ILogger logger, string callSid, double startSeconds, double endSeconds, Exception error);

    [LoggerMessage(2030, LogLevel.Information, "Call {CallSid}: answer {AnswerId} cancelled")]
    public static partial void AnswerCancelled(this ILogger logger, string callSid, int answerId);

    [LoggerMessage(2031, LogLevel.Error, "Call {CallSid}: answer {AnswerId} failed")]
    public static partial void AnswerFailed(this ILogger logger, string callSid, int answerId, Exception error);

    [LoggerMessage(2032, LogLevel.Warning, "Call {CallSid}: answer {AnswerId} sentence {Index} could not be synthesised and was skipped")]
    public static partial void SentenceSkipped(this ILogger logger, string callSid, int answerId, int index, Exception error);
}
