using System.Diagnostics.Metrics;
using GrandBy.Gateway.MediaStreams;

namespace GrandBy.Gateway.Diagnostics;

/// <summary>The instruments of meter <c>GrandBy.Gateway</c>.</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "GrandBy.Gateway";

    private readonly UpDownCounter<long> _streams;
    private readonly Counter<long> _frames;
    private readonly Counter<long> _badFrames;
    private readonly Counter<long> _sent;
    private readonly Histogram<double> _batchPush;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _streams = meter.CreateUpDownCounter<long>("grandby.gateway.streams.active", "{stream}", "Open media-stream sockets");
        _frames = meter.CreateCounter<long>("grandby.gateway.frames.received", "{frame}", "Media-stream messages received");
        _badFrames = meter.CreateCounter<long>("grandby.gateway.frames.bad", "{frame}", "Media-stream messages refused, by reason");
        _sent = meter.CreateCounter<long>("grandby.gateway.messages.sent", "{message}", "Media-stream messages sent to Twilio");
        _batchPush = meter.CreateHistogram<double>("grandby.gateway.audio_batch.push", "s", "Time for the call grain to take one batch of caller audio");
    }

    public void StreamOpened() => _streams.Add(1);

    public void StreamClosed() => _streams.Add(-1);

    public void FrameReceived() => _frames.Add(1);

    public void BadFrame(BadFrameReason reason) => _badFrames.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void MessageSent() => _sent.Add(1);

    public void BatchPushed(TimeSpan elapsed) => _batchPush.Record(elapsed.TotalSeconds);
}
