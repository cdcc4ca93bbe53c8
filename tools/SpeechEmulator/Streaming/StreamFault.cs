using Grpc.Core;

namespace GrandBy.SpeechEmulator.Streaming;

/// <summary>An injected failure: the status a stream ends with, and the stream byte it fires at.</summary>
internal sealed class StreamFault
{
    public StreamFault(StatusCode code, string? message, long atByte)
    {
        if (code == StatusCode.OK)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "A fault needs an error status.");
        }

        Code = code;
        Message = message ?? SpeechErrors.DefaultMessage(code);
        AtByte = atByte;
    }

    public static StreamFault Refused { get; } = new(StatusCode.Unavailable, null, 0);

    public StatusCode Code { get; }

    public string Message { get; }

    public long AtByte { get; }

    public RpcException ToException() => new(new Status(Code, Message));
}
