using System.Diagnostics.Metrics;

namespace GrandBy.Grains.Diagnostics;

/// <summary>The call-level instruments of meter <c>GrandBy.Calls</c>.</summary>
public sealed class CallMetrics
{
    public const string MeterName = "GrandBy.Calls";

    private readonly Counter<long> _started;
    private readonly UpDownCounter<long> _active;
    private readonly Counter<long> _utterances;
    private readonly Histogram<double> _firstAudio;

    public CallMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _started = meter.CreateCounter<long>("grandby.calls.started", "{call}", "Calls that attached their first stream");
        _active = meter.CreateUpDownCounter<long>("grandby.calls.active", "{call}", "Calls in progress");
        _utterances = meter.CreateCounter<long>("grandby.caller.utterances", "{utterance}", "Final transcripts of caller speech");
        _firstAudio = meter.CreateHistogram<double>(
            "grandby.response.first_audio", "s", "From the caller's final transcript to the answer's first synthesised sentence");
    }

    public void CallStarted()
    {
        _started.Add(1);
        _active.Add(1);
    }

    public void CallEnded() => _active.Add(-1);

    public void CallerUtterance() => _utterances.Add(1);

    public void FirstAnswerAudio(TimeSpan latency) => _firstAudio.Record(latency.TotalSeconds);
}
