using System.Globalization;
using GrandBy.CallerSimulator.Recording;

namespace GrandBy.CallerSimulator.Cli;

/// <summary>Prints the call as it happens, one line per event worth reading (not every audio frame).</summary>
internal sealed class EventPrinter(TextWriter output)
{
    public void Print(CallerEvent callerEvent)
    {
        var line = callerEvent switch
        {
            StreamStarted started => $"connected: call {started.CallSid}, stream {started.StreamSid} ({started.StreamUrl})",
            CallerSpoke spoke => $"caller [{spoke.ClipId}]: {spoke.Text} ({Seconds(spoke.EndedAt - spoke.StartedAt)})",
            AnswerAudioStarted answer => $"answer audio after {Seconds(answer.Latency)}",
            MarkEchoed mark => mark.AfterClear ? $"mark {mark.Name} echoed after clear (not heard)" : $"mark {mark.Name} echoed",
            Cleared cleared => $"clear: {cleared.DroppedBytes} bytes dropped",
            DtmfSent dtmf => $"caller pressed {dtmf.Digit}",
            ProtocolErrorDetected error => $"PROTOCOL ERROR: {error.Message}",
            GatewayClosed closed => $"gateway closed the stream: {closed.Description}",
            HungUp => "caller hung up",
            _ => null,
        };
        if (line is not null)
        {
            output.WriteLine($"{Seconds(callerEvent.At),8}  {line}");
        }
    }

    public void PrintSummary(CallRecording recording)
    {
        output.WriteLine();
        output.WriteLine($"call {recording.CallSid} ({recording.ScenarioName}), {Seconds(recording.Duration)}, {recording.AudioBytesReceived} bytes of answer audio");
        foreach (var turn in recording.Turns)
        {
            var said = turn.ClipId ?? "(opening)";
            var latency = turn.Latency is { } l ? Seconds(l) : "no answer";
            output.WriteLine($"  turn {turn.Index}: {said,-14} latency {latency,-10} heard {turn.AnswerBytesHeard} bytes, marks [{string.Join(", ", turn.MarksEchoed)}]");
        }

        foreach (var error in recording.ProtocolErrors)
        {
            output.WriteLine($"  protocol error: {error}");
        }

        output.WriteLine(recording.Failure is { } failure ? $"FAILED: {failure}"
            : recording.Succeeded ? "OK" : "FAILED: protocol errors");
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
