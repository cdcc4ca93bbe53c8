using GrandBy.Calls;
using GrandBy.Gateway.MediaStreams;

namespace GrandBy.Gateway.Diagnostics;

/// <summary>Every log line the gateway writes, with stable event ids (1000–1999).</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1000, LogLevel.Warning, "Rejected a request to {Path}: missing or invalid X-Twilio-Signature")]
    public static partial void SignatureRejected(this ILogger logger, string path);

    [LoggerMessage(1001, LogLevel.Information, "Answering call {CallSid} from {From}")]
    public static partial void CallAnswered(this ILogger logger, string callSid, string from);

    [LoggerMessage(1002, LogLevel.Information, "Call {CallSid}: Twilio asked the Connect action; reconnecting the stream")]
    public static partial void CallReconnecting(this ILogger logger, string callSid);

    [LoggerMessage(1003, LogLevel.Information, "Call {CallSid}: stream {StreamSid} status {StreamEvent} {StreamError}")]
    public static partial void StreamStatus(this ILogger logger, string callSid, string streamSid, string streamEvent, string streamError);

    [LoggerMessage(1010, LogLevel.Information, "Call {CallSid}: media stream {StreamSid} started as epoch {Epoch}")]
    public static partial void StreamStarted(this ILogger logger, string callSid, string streamSid, int epoch);

    [LoggerMessage(1011, LogLevel.Information, "Call {CallSid}: media stream epoch {Epoch} ended ({Reason})")]
    public static partial void StreamEnded(this ILogger logger, string? callSid, int epoch, StreamEndReason reason);

    [LoggerMessage(1012, LogLevel.Error, "Call {CallSid}: bad media-stream frame ({Reason}, {Length} bytes); {Count} on this stream so far")]
    public static partial void BadFrame(this ILogger logger, string? callSid, BadFrameReason reason, int length, int count);

    [LoggerMessage(1013, LogLevel.Error, "Call {CallSid}: closing the stream after {Count} bad frames")]
    public static partial void TooManyBadFrames(this ILogger logger, string? callSid, int count);

    [LoggerMessage(1014, LogLevel.Error, "Call {CallSid}: media format {Encoding} {SampleRate} Hz x{Channels} is not audio/x-mulaw 8000 Hz mono")]
    public static partial void UnsupportedFormat(this ILogger logger, string callSid, string encoding, int sampleRate, int channels);

    [LoggerMessage(1015, LogLevel.Information, "Call {CallSid}: epoch {Epoch} was replaced by a newer stream; closing this socket")]
    public static partial void StreamFenced(this ILogger logger, string? callSid, int epoch);

    [LoggerMessage(1016, LogLevel.Warning, "Call {CallSid}: socket lost: {Detail}")]
    public static partial void StreamLost(this ILogger logger, string? callSid, string detail);

    [LoggerMessage(1018, LogLevel.Warning, "Call {CallSid}: stream {StreamSid} was refused: {Reason}")]
    public static partial void AttachRefused(this ILogger logger, string callSid, string streamSid, string reason);

    [LoggerMessage(1017, LogLevel.Error, "Call {CallSid}: the call grain did not answer")]
    public static partial void CallUnreachable(this ILogger logger, string? callSid, Exception error);
}
