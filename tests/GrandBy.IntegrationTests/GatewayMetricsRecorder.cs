using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GrandBy.IntegrationTests;

/// <summary>Adds up the gateway's bad-frame counter by reason, as a metrics backend would.</summary>
public sealed class GatewayMetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _badFrames = new();

    public GatewayMetricsRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "GrandBy.Gateway" && instrument.Name == "grandby.gateway.frames.bad")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason")
                {
                    _badFrames.AddOrUpdate((string)tag.Value!, value, (_, total) => total + value);
                }
            }
        });
        _listener.Start();
    }

    public long BadFrames(string reason) => _badFrames.TryGetValue(reason, out var count) ? count : 0;

    public void Dispose() => _listener.Dispose();
}
