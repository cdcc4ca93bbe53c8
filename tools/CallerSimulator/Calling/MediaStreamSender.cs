using System.Net.WebSockets;
using GrandBy.CallerSimulator.Twilio;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>
/// Sends Twilio's messages on the socket, one at a time: a WebSocket allows a single send in flight, and
/// sequence numbers must reach the gateway in the order they were given. The token stops waiting for a
/// turn to send, never a send in progress: cancelling a WebSocket send aborts the socket (disposing the
/// session aborts it when the call is given up).
/// </summary>
internal sealed class MediaStreamSender(WebSocket socket, MediaStreamWriter writer) : IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    public Task SendConnectedAsync(CancellationToken cancellationToken) =>
        SendAsync(static (w, _) => w.Connected(), 0, cancellationToken);

    public Task SendStartAsync(IReadOnlyDictionary<string, string> customParameters, CancellationToken cancellationToken) =>
        SendAsync(static (w, parameters) => w.Start(parameters), customParameters, cancellationToken);

    public Task SendMediaAsync(ReadOnlyMemory<byte> audio, CancellationToken cancellationToken) =>
        SendAsync(static (w, frame) => w.Media(frame.Span), audio, cancellationToken);

    public Task SendDtmfAsync(string digit, CancellationToken cancellationToken) =>
        SendAsync(static (w, d) => w.Dtmf(d), digit, cancellationToken);

    public Task SendMarkAsync(string name, CancellationToken cancellationToken) =>
        SendAsync(static (w, n) => w.Mark(n), name, cancellationToken);

    public Task SendStopAsync(CancellationToken cancellationToken) =>
        SendAsync(static (w, _) => w.Stop(), 0, cancellationToken);

    public void Dispose() => _sending.Dispose();

    private async Task SendAsync<TState>(
        Func<MediaStreamWriter, TState, ReadOnlyMemory<byte>> build, TState state, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            var message = build(writer, state);
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }
}
