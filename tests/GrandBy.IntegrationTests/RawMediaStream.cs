using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GrandBy.CallerSimulator.Twilio;

namespace GrandBy.IntegrationTests;

/// <summary>A hand-driven media-stream socket, for sending what Twilio never would.</summary>
public sealed class RawMediaStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private RawMediaStream(string callSid)
    {
        CallSid = callSid;
        StreamSid = "MZ" + Guid.NewGuid().ToString("N");
    }

    public string CallSid { get; }

    public string StreamSid { get; }

    public static async Task<RawMediaStream> ConnectAsync(LocalStackFixture fixture, CancellationToken cancellationToken, string? callSid = null)
    {
        var stream = new RawMediaStream(callSid ?? "CA" + Guid.NewGuid().ToString("N"));
        stream._socket.Options.SetRequestHeader(
            TwilioSignature.HeaderName,
            TwilioSignature.Compute(fixture.Stack.Options.TwilioAuthToken, "wss://voice.grandby.test/api/twilio/media-stream"));
        await stream._socket.ConnectAsync(new Uri($"ws://{fixture.Stack.GatewayBaseUri.Authority}/api/twilio/media-stream"), cancellationToken);
        return stream;
    }

    public string Start => JsonSerializer.Serialize(new
    {
        @event = "start",
        sequenceNumber = "1",
        streamSid = StreamSid,
        start = new
        {
            streamSid = StreamSid,
            accountSid = "AC00000000000000000000000000000001",
            callSid = CallSid,
            tracks = new[] { "inbound" },
            customParameters = new { },
            mediaFormat = new { encoding = "audio/x-mulaw", sampleRate = 8000, channels = 1 },
        },
    });

    public string Media(string payload, string? streamSid = null) => JsonSerializer.Serialize(new
    {
        @event = "media",
        sequenceNumber = "2",
        streamSid = streamSid ?? StreamSid,
        media = new { track = "inbound", chunk = "1", timestamp = "0", payload },
    });

    public string Stop => JsonSerializer.Serialize(new
    {
        @event = "stop",
        sequenceNumber = "3",
        streamSid = StreamSid,
        stop = new { accountSid = "AC00000000000000000000000000000001", callSid = CallSid },
    });

    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public Task SendBinaryAsync(byte[] bytes, CancellationToken cancellationToken) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken);

    /// <summary>Reads until a text message with the given event arrives; null when the gateway closes first.</summary>
    public async Task<JsonDocument?> ReceiveEventAsync(string eventName, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            var json = JsonDocument.Parse(message.ToArray());
            if (json.RootElement.GetProperty("event").GetString() == eventName)
            {
                return json;
            }

            json.Dispose();
        }
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public async ValueTask DisposeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "test over", timeout.Token);
        }

        _socket.Dispose();
    }
}
