using System.Buffers;
using System.Net.WebSockets;
using GrandBy.CallerSimulator.Playback;
using GrandBy.CallerSimulator.Recording;
using GrandBy.CallerSimulator.Twilio;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>
/// Reads what the gateway sends until it closes the socket: audio into the playback buffer, marks
/// behind it, clears; anything Twilio would reject is recorded as a protocol error.
/// </summary>
internal sealed class GatewayReceiver(WebSocket socket, string streamSid, PlaybackBuffer playback, CallRecorder recorder, Action playbackChanged)
{
    private const int ReceiveChunk = 16 * 1024;

    /// <summary>Returns how the gateway closed the socket.</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(ReceiveChunk);
        while (true)
        {
            message.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(message.GetMemory(ReceiveChunk), cancellationToken);
                message.Advance(result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            switch (result.MessageType)
            {
                case WebSocketMessageType.Close:
                    return $"{socket.CloseStatus} {socket.CloseStatusDescription}".Trim();
                case WebSocketMessageType.Binary:
                    recorder.ProtocolError("binary frame (31950)");
                    break;
                default:
                    Handle(message.WrittenMemory);
                    break;
            }
        }
    }

    private void Handle(ReadOnlyMemory<byte> json)
    {
        if (!GatewayMessageParser.TryParse(json, streamSid, out var message, out var error))
        {
            recorder.ProtocolError(error);
            return;
        }

        switch (message.Kind)
        {
            case GatewayMessageKind.Media:
                recorder.AudioReceived(message.Audio.Length);
                playback.Enqueue(message.Audio.Length);
                break;
            case GatewayMessageKind.Mark:
                recorder.MarkReceived(message.MarkName);
                playback.AddMark(message.MarkName);
                break;
            case GatewayMessageKind.Clear:
                recorder.Cleared(playback.Clear());
                break;
        }

        playbackChanged();
    }
}
