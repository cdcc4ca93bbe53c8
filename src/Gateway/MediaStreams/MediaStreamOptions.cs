using System.ComponentModel.DataAnnotations;

namespace GrandBy.Gateway.MediaStreams;

public sealed class MediaStreamOptions
{
    public const string SectionName = "MediaStream";

    /// <summary>Caller audio gathered before one call to the grain (Google recommends ~100 ms per request).</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:00:01")]
    public TimeSpan AudioBatch { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Largest outbound media message; longer audio is sent as several.</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:00:10")]
    public TimeSpan OutboundFrame { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Largest inbound message accepted; Twilio's media frames are a few hundred bytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Bad frames tolerated on one stream before the gateway closes it.</summary>
    [Range(1, 10_000)]
    public int MaxBadFrames { get; set; } = 20;

    /// <summary>Deadline for each call from the socket loop to the call grain.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan GrainCallTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A stream that sends nothing for this long is treated as lost (Twilio sends a frame every 20 ms).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
