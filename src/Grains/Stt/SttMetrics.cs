using System.Diagnostics.Metrics;

namespace GrandBy.Grains.Stt;

/// <summary>The instruments of meter <c>GrandBy.Stt</c>.</summary>
public sealed class SttMetrics
{
    public const string MeterName = "GrandBy.Stt";

    private readonly Counter<long> _rollovers;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _duplicates;

    public SttMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _rollovers = meter.CreateCounter<long>("grandby.stt.rollovers", "{rollover}", "Streams replaced before Google's time limit");
        _reconnects = meter.CreateCounter<long>("grandby.stt.reconnects", "{reconnect}", "Streams replaced after an error, by reason");
        _fallbacks = meter.CreateCounter<long>("grandby.stt.chunk_fallbacks", "{call}", "Calls that fell back from streaming to chunk mode");
        _duplicates = meter.CreateCounter<long>("grandby.stt.duplicate_finals", "{result}", "Final results dropped because a newer stream already covered them");
    }

    public void Rollover(bool duringSpeech) => _rollovers.Add(1, new KeyValuePair<string, object?>("during_speech", duringSpeech));

    public void Reconnect(string reason) => _reconnects.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void FellBackToChunk() => _fallbacks.Add(1);

    public void DuplicateDropped() => _duplicates.Add(1);
}
