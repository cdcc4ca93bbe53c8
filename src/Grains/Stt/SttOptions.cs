namespace GrandBy.Grains.Stt;

public sealed class SttOptions
{
    public const string SectionName = "Stt";

    /// <summary><c>Streaming</c> or <c>Chunk</c>; the seed key <c>STT_MODE</c> wins when set.</summary>
    public SttMode Mode { get; set; } = SttMode.Streaming;

    /// <summary>Stream age from which a rollover waits for the next pause in speech.</summary>
    public TimeSpan RolloverAfter { get; set; } = TimeSpan.FromSeconds(240);

    /// <summary>Stream age at which a rollover happens even mid-utterance; below Google's 305 s limit.</summary>
    public TimeSpan RolloverDeadline { get; set; } = TimeSpan.FromSeconds(280);

    /// <summary>Stream failures in a row (audio timeouts and time limits excluded) before the call falls back to chunk mode; 0 never falls back.</summary>
    public int MaxConsecutiveStreamFailures { get; set; } = 3;

    /// <summary>A stream that stayed healthy this long wipes the failure count.</summary>
    public TimeSpan HealthyStreamAge { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan ReconnectBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxReconnectBackoff { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Chunk mode: silence that ends an utterance (the seed used 0.5 s).</summary>
    public TimeSpan ChunkSilence { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Chunk mode: mean linear amplitude of a 20 ms frame above which it counts as speech.</summary>
    public double ChunkSpeechThreshold { get; set; } = 200;

    /// <summary>Chunk mode: audio kept before the first speech frame of an utterance.</summary>
    public TimeSpan ChunkPreRoll { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Chunk mode: an utterance longer than this is cut and sent anyway.</summary>
    public TimeSpan ChunkMaxUtterance { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>With no caller audio for this long (a socket being replaced), silence is fed so the stream does not time out.</summary>
    public TimeSpan KeepAliveAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the end of a call waits for the last results.</summary>
    public TimeSpan CompletionTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
