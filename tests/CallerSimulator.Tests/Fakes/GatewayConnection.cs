using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace GrandBy.CallerSimulator.Tests.Fakes;

/// <summary>The fake gateway's side of one media stream: what arrived, and helpers to answer as an agent.</summary>
internal sealed class GatewayConnection(WebSocket socket, Stopwatch clock)
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedFrame> _received = [];
    private readonly Channel<ReceivedFrame> _inbox = Channel.CreateUnbounded<ReceivedFrame>();
    private readonly SemaphoreSlim _sending = new(1, 1);

    public string StreamSid { get; private set; } = string.Empty;

    public TimeSpan Now => clock.Elapsed;

    public IReadOnlyList<ReceivedFrame> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                _inbox.Writer.TryComplete();
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
                }

                return;
            }

            var json = JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
            var frame = new ReceivedFrame(json.GetProperty("event").GetString()!, json, clock.Elapsed);
            if (frame.Event == "start")
            {
                StreamSid = json.GetProperty("streamSid").GetString()!;
            }

            lock (_gate)
            {
                _received.Add(frame);
            }

            _inbox.Writer.TryWrite(frame);
        }
    }

    /// <summary>The next frame that matches, or null when the caller has closed the stream.</summary>
    public async Task<ReceivedFrame?> WaitForAsync(Func<ReceivedFrame, bool> match, CancellationToken cancellationToken)
    {
        await foreach (var frame in _inbox.Reader.ReadAllAsync(cancellationToken))
        {
            if (match(frame))
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>Waits until the caller has said something and then been silent for <paramref name="silentFrames"/> frames.</summary>
    public async Task<bool> WaitForEndOfSpeechAsync(int silentFrames, CancellationToken cancellationToken)
    {
        if (await WaitForAsync(f => f.IsSpeech, cancellationToken) is null)
        {
            return false;
        }

        var silent = 0;
        while (silent < silentFrames)
        {
            var frame = await WaitForAsync(f => f.Event == "media", cancellationToken);
            if (frame is null)
            {
                return false;
            }

            silent = frame.IsSpeech ? 0 : silent + 1;
        }

        return true;
    }

    public Task<TimeSpan> SendAudioAsync(int bytes, CancellationToken cancellationToken) =>
        SendTextAsync(
            JsonSerializer.Serialize(new { @event = "media", streamSid = StreamSid, media = new { payload = Convert.ToBase64String(Tone(bytes)) } }),
            cancellationToken);

    public Task<TimeSpan> SendMarkAsync(string name, CancellationToken cancellationToken) =>
        SendTextAsync(JsonSerializer.Serialize(new { @event = "mark", streamSid = StreamSid, mark = new { name } }), cancellationToken);

    public Task<TimeSpan> SendClearAsync(CancellationToken cancellationToken) =>
        SendTextAsync(JsonSerializer.Serialize(new { @event = "clear", streamSid = StreamSid }), cancellationToken);

    public async Task<TimeSpan> SendTextAsync(string text, CancellationToken cancellationToken)
    {
        await SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, cancellationToken);
        return clock.Elapsed;
    }

    public Task SendBinaryAsync(CancellationToken cancellationToken) => SendAsync(Tone(160), WebSocketMessageType.Binary, cancellationToken);

    public Task CloseAsync(CancellationToken cancellationToken) =>
        socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "agent hung up", cancellationToken);

    private static byte[] Tone(int bytes) => Enumerable.Range(0, bytes).Select(i => (byte)(i % 2 == 0 ? 0x10 : 0x90)).ToArray();

    private async Task SendAsync(byte[] bytes, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, type, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }
}
