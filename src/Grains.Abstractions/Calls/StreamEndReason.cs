namespace GrandBy.Calls;

/// <summary>Why a media stream ended.</summary>
[GenerateSerializer, Alias("grandby.stream-end-reason")]
public enum StreamEndReason
{
    /// <summary>Twilio sent <c>stop</c>: the caller hung up or the call was redirected.</summary>
    Stopped,

    /// <summary>The socket closed without <c>stop</c>.</summary>
    Disconnected,

    /// <summary>The gateway closed the socket because the stream broke the protocol.</summary>
    ProtocolViolation,
}
