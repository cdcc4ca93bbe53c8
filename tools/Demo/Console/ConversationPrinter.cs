using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using GrandBy.Calls;
using GrandBy.CallerSimulator.Recording;

namespace GrandBy.Demo.Console;

/// <summary>
/// Prints the call as it happens: the caller's clips from the simulator, and what the system recognised
/// and answered from the gateway's call API, with the voice-to-voice latency the caller measured.
/// </summary>
public sealed class ConversationPrinter(HttpClient gateway, TextWriter output)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly Channel<CallerEvent> _events = Channel.CreateUnbounded<CallerEvent>();
    private readonly Dictionary<int, TimeSpan> _latencies = [];
    private string? _callSid;
    private int _printedTurns;
    private int _agentTurns;

    public void OnEvent(CallerEvent callerEvent) => _events.Writer.TryWrite(callerEvent);

    public void Complete() => _events.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var callerEvent in _events.Reader.ReadAllAsync(cancellationToken))
        {
            switch (callerEvent)
            {
                case StreamStarted started:
                    _callSid = started.CallSid;
                    Print(started.At, "call", $"{started.CallSid} connected, stream {started.StreamSid}");
                    break;
                case AnswerAudioStarted answer:
                    _latencies[answer.TurnIndex] = answer.Latency;
                    await PrintNewTurnsAsync(answer.At, cancellationToken);
                    break;
                case CallerSpoke spoke:
                    await PrintNewTurnsAsync(spoke.StartedAt, cancellationToken);
                    Print(spoke.StartedAt, "caller", $"says \"{spoke.Text}\"  [clip {spoke.ClipId}, {(spoke.EndedAt - spoke.StartedAt).TotalSeconds:0.0} s]");
                    break;
                case PlaybackDrained drained:
                    await PrintNewTurnsAsync(drained.At, cancellationToken);
                    break;
                case Cleared cleared:
                    Print(cleared.At, "call", $"clear: {cleared.DroppedBytes} bytes of answer audio dropped");
                    break;
                case HungUp hungUp:
                    await PrintNewTurnsAsync(hungUp.At, cancellationToken);
                    Print(hungUp.At, "call", "caller hung up");
                    break;
                case ProtocolErrorDetected error:
                    Print(error.At, "error", error.Message);
                    break;
            }
        }
    }

    private async Task PrintNewTurnsAsync(TimeSpan at, CancellationToken cancellationToken)
    {
        if (_callSid is null)
        {
            return;
        }

        var call = await gateway.GetFromJsonAsync<CallSnapshot>($"/api/calls/{_callSid}", JsonOptions, cancellationToken);
        for (; call is not null && _printedTurns < call.Turns.Count; _printedTurns++)
        {
            var turn = call.Turns[_printedTurns];
            if (turn.Speaker == Speaker.Caller)
            {
                Print(at, "stt", $"heard \"{turn.Text}\"");
                continue;
            }

            var latency = _latencies.TryGetValue(_agentTurns, out var measured)
                ? string.Create(CultureInfo.InvariantCulture, $"{measured.TotalSeconds:0.00} s {(_agentTurns == 0 ? "after the call connected" : "voice-to-voice")}")
                : "latency not measured";
            Print(at, "agent", $"\"{turn.Text}\"  [{turn.Sentences.Count} sentences, first audio {latency}]");
            _agentTurns++;
        }
    }

    private void Print(TimeSpan at, string who, string what) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{at.TotalSeconds,6:0.00}] {who,-6} {what}"));
}
